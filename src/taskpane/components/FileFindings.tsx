import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { MergeInput, RosterFile } from '../../core/merge/types';
import { usePane } from '../context';
import { fill } from '../strings';
import { usePageStyles } from '../styles';
import { FindingList } from './FindingList';

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
 * 各文件的问题: each merged file with its counts of errors and warnings ("错误 2 个，警告 1 个"), and, one click away,
 * its findings grouped by row (FindingList). A file that could not be read shows its reason instead.
 */
export function FileFindings({ inputs, files }: FileFindingsProps) {
  const { s } = usePane();
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
  if (inputs.length === 0) return null;
  return (
    <section className={page.section} aria-labelledby="file-findings-heading">
      <h2 id="file-findings-heading" className={page.heading}>
        {s.fileFindings}
      </h2>
      <ul className={styles.list}>
        {inputs.map((input, i) => {
          const errors = input.findings.filter((f) => f.severity === 'error').length;
          const warnings = input.findings.filter((f) => f.severity === 'warning').length;
          const reason = input.error ? (files.find((f) => f.file === input.file)?.reason || input.error.message) : '';
          const isOpen = open.has(i);
          const panel = `file-findings-${i}`;
          return (
            <li key={`${input.file}#${i}`} className={styles.file}>
              <div className={styles.head}>
                <span className={styles.name}>{input.file}</span>
                <span>{reason || fill(s.counts, { errors, warnings })}</span>
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
    </section>
  );
}
