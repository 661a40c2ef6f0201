import { useState } from 'react';
import { Button, Field, Select, Text, makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import { word } from '../../core/i18n';
import { rosterCountsText, rosterFileReason, rosterStatusText, rosterTexts, rosterUnitReason } from '../../core/merge/roster-texts';
import type { RosterUnit, RosterUnitStatus, Summary } from '../../core/merge/types';
import { usePane } from '../context';
import { fill } from '../strings';
import { usePageStyles, usePrintStyles } from '../styles';
import type { RequestDetails } from '../../browser/local-store';
import { requestWith } from '../usecases/request';
import { CopyText } from './CopyText';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  unitCol: { width: '34%' },
  submitted: { color: tokens.colorPaletteGreenForeground1 },
  'with-errors': { color: tokens.colorPaletteRedForeground1 },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  'wrong-quarter': { color: tokens.colorPaletteDarkOrangeForeground1 },
  unreadable: { color: tokens.colorPaletteRedForeground1 },
  reason: { display: 'block', color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  metric: { fontWeight: tokens.fontWeightRegular },
  value: { width: '35%' },
  rowAction: { marginTop: tokens.spacingVerticalXXS },
});

/** Problems first: errors, then the wrong quarter, unreadable, missing; clean units last. */
const ORDER: Record<RosterUnitStatus, number> = { 'with-errors': 0, 'wrong-quarter': 1, unreadable: 2, missing: 3, submitted: 4 };

/** True when a unit needs the coordinator's attention (anything but a clean single file). */
export function hasProblem(u: RosterUnit): boolean {
  return u.status !== 'submitted' || u.duplicate;
}

/** The units, problems first (stable within a status: the notice's order). */
export function sortUnits(units: readonly RosterUnit[]): RosterUnit[] {
  return units
    .map((u, i) => ({ u, i }))
    .sort((a, b) => ORDER[a.u.status] - ORDER[b.u.status] || Number(b.u.duplicate) - Number(a.u.duplicate) || a.i - b.i)
    .map((x) => x.u);
}

export interface RosterViewProps {
  summary: Summary;
  /** 报送期限 and 联系人 / 电话 as typed now: the texts follow them without merging again. */
  request: RequestDetails;
  /** Browser: download the annotated copy of a unit's merged file (from its row); absent = no such button. */
  onDownloadUnit?: (unit: RosterUnit) => void;
  busy?: boolean;
}

/**
 * The roster on screen, problems first: the counts (that add up), each unit's status with its reason (filter: units
 * with problems, clean units folded into one line; or all), the files not merged with their reasons, the 催报 text
 * and one 退回修改 text per unit (each with 复制), the targets. Every word in the pane's language, from the core's
 * catalogue (the roster keeps codes, so a language switch needs no new merge).
 */
export function RosterView({ summary, request, onDownloadUnit, busy }: RosterViewProps) {
  const { s, lang } = usePane();
  const styles = useStyles();
  const page = usePageStyles();
  const print = usePrintStyles();
  const [show, setShow] = useState<'problems' | 'all'>('problems');
  const { roster } = summary;
  const texts = rosterTexts({ units: roster.units, request: requestWith(roster.request, request) }, lang);
  const sorted = sortUnits(roster.units);
  const shown = show === 'all' ? sorted : sorted.filter(hasProblem);
  const clean = roster.units.filter((u) => !hasProblem(u));
  const list = word('list-separator', lang);
  const groups: [string, typeof roster.files][] = [
    [s.unreadableFiles, roster.files.filter((f) => f.status === 'unreadable')],
    [s.unknownUnitFiles, roster.files.filter((f) => f.status === 'unknown-unit')],
    [s.supersededFiles, roster.files.filter((f) => f.status === 'superseded')],
    [s.ownSummaryFiles, roster.files.filter((f) => f.status === 'own-summary')],
  ];
  const colon = lang === 'zh-CN' ? '：' : ': ';
  return (
    <>
      <section className={page.section} aria-labelledby="roster-heading">
        <h2 id="roster-heading" className={page.heading} tabIndex={-1}>
          {s.roster}
        </h2>
        <Text id="roster-counts">{rosterCountsText(roster.counts, lang)}</Text>
        <Field label={s.desk.show} className={print.noPrint}>
          <Select value={show} onChange={(_, d) => setShow(d.value as 'problems' | 'all')}>
            <option value="problems">{s.desk.showProblems}</option>
            <option value="all">{s.desk.showAll}</option>
          </Select>
        </Field>
        {shown.length ? (
          <table className={styles.table}>
            <tbody>
              {shown.map((u) => {
                const reason = rosterUnitReason(u, lang);
                return (
                  <tr key={u.unit}>
                    <th scope="row" className={`${styles.cell} ${styles.unitCol}`}>
                      {u.unit}
                    </th>
                    <td className={`${styles.cell} ${styles[u.status]}`}>
                      {rosterStatusText(u.status, lang)}
                      {u.duplicate ? ` · ${s.statusDuplicate}${u.file ? `${lang === 'zh-CN' ? '，' : ', '}${fill(s.usedFile, { file: u.file })}` : ''}` : ''}
                      {u.errors ? (lang === 'zh-CN' ? `（${fill(s.errorCount, { n: u.errors })}）` : ` (${fill(s.errorCount, { n: u.errors })})`) : ''}
                      {reason ? <span className={styles.reason}>{reason}</span> : null}
                      {onDownloadUnit && u.status === 'with-errors' && u.file ? (
                        <div className={mergeClasses(styles.rowAction, print.noPrint)}>
                          <Button size="small" disabled={busy} onClick={() => onDownloadUnit(u)}>
                            {fill(s.desk.downloadUnitAnnotated, { unit: u.unit })}
                          </Button>
                        </div>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : null}
        {show === 'problems' && clean.length ? (
          <Text className={page.wrap}>
            {clean.length === roster.units.length ? s.desk.noProblems : fill(s.desk.cleanUnits, { n: clean.length, units: clean.map((u) => u.unit).join(list) })}
          </Text>
        ) : null}
      </section>
      {groups.map(([title, files]) =>
        files.length ? (
          <section key={title} className={page.section}>
            <h2 className={page.heading}>{title}</h2>
            <ul className={styles.list}>
              {files.map((f) => {
                const reason = rosterFileReason(f, lang);
                return (
                  <li key={f.file} className={page.wrap}>
                    {f.file}
                    {reason ? `${colon}${reason}` : ''}
                  </li>
                );
              })}
            </ul>
          </section>
        ) : null,
      )}
      {texts.reminder ? <CopyText label={s.reminder} text={texts.reminder} /> : null}
      {texts.returnTexts.map((r) => (
        <CopyText key={r.unit} label={fill(s.desk.returnFor, { unit: r.unit })} text={r.text} />
      ))}
      <section className={page.section} aria-labelledby="targets-heading">
        <h2 id="targets-heading" className={page.heading}>
          {s.targets}
        </h2>
        <table className={styles.table}>
          <tbody>
            {summary.targets.map((t) => (
              <tr key={t.id}>
                <th scope="row" className={`${styles.cell} ${styles.metric}`}>
                  {t.id} {t.metric}
                  {lang === 'zh-CN' ? `（${t.text}）` : ` (${t.text})`}
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
