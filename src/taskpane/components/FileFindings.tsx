import { useState } from 'react';
import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { rosterFileReason } from '../../core/merge/roster-texts';
import type { MergeInput, RosterFile } from '../../core/merge/types';
import { usePane } from '../context';
import { fill } from '../strings';
import { usePageStyles } from '../styles';
import { FindingList, countsText } from './FindingList';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS },
  name: { fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  details: { paddingLeft: tokens.spacingHorizontalM, borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}` },
});

export interface FileFindingsProps {
  /** The merge's inputs (file, findings or read error), in the order merged. */
  inputs: readonly MergeInput[];
  /** The roster's files (status and reason of each), to name unreadable files' reasons. */
  files: readonly RosterFile[];
}

/**
 * 各文件的问题: each file with problems, with its counts ("2 处错误、1 处警告"), and, one click away,
 * its findings grouped by row (FindingList). A file that could not be read shows its reason instead; files without
 * any finding fold into one line (另有 N 个文件没有发现问题).
 */
export function FileFindings({ inputs, files }: FileFindingsProps) {
  const { s, lang } = usePane();
  const styles = useStyles();
  const page = usePageStyles();
  const [open, setOpen] = useState<Set<number>>(new Set());
  const toggle = (i: number) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (next.has(i)) next.delete(i);
      else next.add(i);
      return next;
    });
  const shown = inputs.map((input, i) => ({ input, i })).filter(({ input }) => input.error || input.findings.length);
  const clean = inputs.length - shown.length;
  if (inputs.length === 0) return null;
  return (
    <section className={page.section} aria-labelledby="file-findings-heading">
      <h2 id="file-findings-heading" className={page.heading}>
        {s.fileFindings}
      </h2>
      <ul className={styles.list}>
        {shown.map(({ input, i }) => {
          const errors = input.findings.filter((f) => f.severity === 'error').length;
          const warnings = input.findings.filter((f) => f.severity === 'warning').length;
          const rf = files.find((f) => f.file === input.file);
          const reason = input.error ? (rf ? rosterFileReason(rf, lang) : '') || input.error.message : '';
          const isOpen = open.has(i);
          const panel = `file-findings-${i}`;
          return (
            <li key={`${input.file}#${i}`} className={styles.file}>
              <div className={styles.head}>
                <span className={styles.name}>{input.file}</span>
                <span>{reason || countsText(errors, warnings, lang)}</span>
              </div>
              {input.findings.length && !input.error ? (
                <>
                  <div className={page.actions}>
                    <Button size="small" aria-expanded={isOpen} aria-controls={panel} onClick={() => toggle(i)}>
                      {fill(isOpen ? s.hideFindings : s.showFindings, { file: input.file })}
                    </Button>
                  </div>
                  {isOpen ? (
                    <div id={panel} className={styles.details}>
                      <FindingList findings={input.findings} />
                    </div>
                  ) : null}
                </>
              ) : null}
            </li>
          );
        })}
      </ul>
      {clean ? <Text>{fill(s.desk.cleanFiles, { n: clean })}</Text> : null}
    </section>
  );
}
