import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../core/validate/finding';
import { parseA1 } from '../../core/sheet/grid';
import { usePane } from '../context';
import { fill, type Strings } from '../strings';
import { localizeFinding } from '../localize';
import { placeText, word, type Lang } from '../../core/i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  items: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    whiteSpace: 'normal',
    overflowWrap: 'anywhere',
    justifyContent: 'flex-start',
    height: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  plain: { overflowWrap: 'anywhere', padding: tokens.spacingVerticalXS },
  error: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  info: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  hint: { display: 'block', color: tokens.colorNeutralForeground3 },
});

/** One group of findings: one row of one sheet, or a sheet / the whole file. */
interface Group {
  key: string;
  title: string;
  findings: Finding[];
}

const SEVERITY_WORD: Record<Severity, keyof Strings> = { error: 'severityError', warning: 'severityWarning', info: 'severityInfo' };

/** Group findings by sheet and row (1-based, as Excel shows it), keeping their order. */
export function groupFindings(findings: readonly Finding[], s: Strings): Group[] {
  const groups = new Map<string, Group>();
  for (const f of findings) {
    const pos = f.cell ? parseA1(f.cell) : undefined;
    const key = f.sheet === null ? `file:${f.file ?? ''}` : pos ? `${f.sheet}|${pos.row}` : `${f.sheet}|sheet`;
    const where = f.sheet === null ? s.fileLevel : pos ? `${f.sheet} · ${fill(s.row, { n: pos.row + 1 })}` : `${f.sheet} · ${s.sheetLevel}`;
    const g = groups.get(key) ?? { key, title: where, findings: [] };
    g.findings.push(f);
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** "2 处错误、1 处警告" / "2 errors, 1 warning": the non-zero counts, from the catalogue's count words. */
export function countsText(errors: number, warnings: number, lang: Lang): string {
  const parts = [errors ? word('count-errors', lang, { count: errors }) : '', warnings ? word('count-warnings', lang, { count: warnings }) : ''];
  return parts.filter(Boolean).join(word('list-separator', lang));
}

export interface FindingListProps {
  findings: readonly Finding[];
  /** Called when a finding with a cell is chosen (Excel: select that cell); absent = not clickable. */
  onSelect?: (finding: Finding) => void;
  /** The progress table's sheet: a place on another sheet is named with its sheet. */
  mainSheet?: string;
}

/** Findings grouped by row with error and warning counts; each one with a cell is a button when `onSelect` is given. */
export function FindingList({ findings, onSelect, mainSheet }: FindingListProps) {
  const { s, lang } = usePane();
  const place = (f: Finding) => placeText(f, lang, mainSheet);
  const styles = useStyles();
  const groups = groupFindings(findings.map((f) => localizeFinding(f, lang)), s);
  return (
    <ul className={styles.list}>
      {groups.map((g) => {
        const errors = g.findings.filter((f) => f.severity === 'error').length;
        const warnings = g.findings.filter((f) => f.severity === 'warning').length;
        return (
          <li key={g.key} className={styles.group}>
            <div className={styles.head}>
              <span>{g.title}</span>
              <Text size={200}>{countsText(errors, warnings, lang)}</Text>
            </div>
            <ul className={styles.items}>
              {g.findings.map((f, i) => {
                const body = (
                  <>
                    <span className={styles[f.severity]}>{s[SEVERITY_WORD[f.severity]] as string}</span>
                    {place(f) ? ` ${place(f)}${lang === 'zh-CN' ? '：' : ': '}` : ' '}
                    {f.message}
                    {f.hint ? <span className={styles.hint}>{f.hint}</span> : null}
                  </>
                );
                return (
                  <li key={`${f.code}-${f.cell ?? ''}-${i}`}>
                    {onSelect && f.sheet && f.cell ? (
                      <Button appearance="subtle" className={styles.item} onClick={() => onSelect(f)}>
                        {body}
                      </Button>
                    ) : (
                      <div className={styles.plain}>{body}</div>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
