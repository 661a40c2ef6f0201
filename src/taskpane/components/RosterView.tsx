import { Field, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { RosterUnitStatus, Summary } from '../../core/merge/types';
import { usePane } from '../context';
import { fill, type Strings } from '../strings';
import { usePageStyles } from '../styles';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  submitted: { color: tokens.colorPaletteGreenForeground1 },
  'with-errors': { color: tokens.colorPaletteRedForeground1 },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  'wrong-quarter': { color: tokens.colorPaletteDarkOrangeForeground1 },
  unreadable: { color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  metric: { fontWeight: tokens.fontWeightRegular },
  value: { width: '35%' },
});

const STATUS_WORD: Record<RosterUnitStatus, keyof Strings> = {
  submitted: 'statusSubmitted',
  'with-errors': 'statusWithErrors',
  missing: 'statusMissing',
  'wrong-quarter': 'statusWrongQuarter',
  unreadable: 'statusUnreadable',
};

export interface RosterViewProps {
  summary: Summary;
}

/**
 * The roster on screen: each unit's status (for a unit that sent twice, the file used), the files not merged with
 * their reasons (unreadable, unknown unit, superseded), the reminder and the 退回修改 text, the targets.
 */
export function RosterView({ summary }: RosterViewProps) {
  const { s } = usePane();
  const styles = useStyles();
  const page = usePageStyles();
  const { roster } = summary;
  const unreadable = roster.files.filter((f) => f.status === 'unreadable');
  const unknown = roster.files.filter((f) => f.status === 'unknown-unit');
  const superseded = roster.files.filter((f) => f.status === 'superseded');
  const ownSummaries = roster.files.filter((f) => f.status === 'own-summary');
  const { returnText } = roster;
  return (
    <>
      <section className={page.section} aria-labelledby="roster-heading">
        <h2 id="roster-heading" className={page.heading}>
          {s.roster}
        </h2>
        <table className={styles.table}>
          <tbody>
            {roster.units.map((u) => (
              <tr key={u.unit}>
                <th scope="row" className={styles.cell}>
                  {u.unit}
                </th>
                <td className={`${styles.cell} ${styles[u.status]}`}>
                  {s[STATUS_WORD[u.status]] as string}
                  {u.duplicate ? ` · ${s.statusDuplicate}${u.file ? `，${fill(s.usedFile, { file: u.file })}` : ''}` : ''}
                  {u.errors ? `（${fill(s.errorCount, { n: u.errors })}）` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {[
        [s.unreadableFiles, unreadable],
        [s.unknownUnitFiles, unknown],
        [s.supersededFiles, superseded],
        [s.ownSummaryFiles, ownSummaries],
      ].map(([title, files]) =>
        (files as typeof unreadable).length ? (
          <section key={title as string} className={page.section}>
            <h2 className={page.heading}>{title as string}</h2>
            <ul className={styles.list}>
              {(files as typeof unreadable).map((f) => (
                <li key={f.file} className={page.wrap}>
                  {f.file}
                  {f.reason ? `：${f.reason}` : ''}
                </li>
              ))}
            </ul>
          </section>
        ) : null,
      )}
      {roster.reminder ? (
        <Field label={s.reminder}>
          <Textarea readOnly value={roster.reminder} resize="vertical" />
        </Field>
      ) : null}
      {returnText ? (
        <Field label={s.returnText}>
          <Textarea readOnly value={returnText} resize="vertical" />
        </Field>
      ) : null}
      <section className={page.section} aria-labelledby="targets-heading">
        <h2 id="targets-heading" className={page.heading}>
          {s.targets}
        </h2>
        <table className={styles.table}>
          <tbody>
            {summary.targets.map((t) => (
              <tr key={t.id}>
                <th scope="row" className={`${styles.cell} ${styles.metric}`}>
                  {t.id} {t.metric}（{t.text}）
                </th>
                <td className={`${styles.cell} ${styles.value}`}>
                  {t.total !== undefined ? `${Number(t.total.toFixed(1))}${t.measure}` : '—'}
                  {t.completion !== undefined ? ` · ${Math.round(t.completion * 100)}%` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
