import { useMemo, useState } from 'react';
import { Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { paceLines } from '../../core/ledger/pace';
import type { Ledger } from '../../core/ledger/types';
import { PACE_TEXT } from '../../core/layout/summary-targets';
import { quarterLabel } from '../../core/text/quarter';
import { usePane } from '../context';
import { fill, LEDGER_STRINGS } from '../strings';
import { usePageStyles } from '../styles';
import { useJob } from '../use-job';
import { downloadLedger, downloadReport, readLedgerFile, withLedger } from '../usecases/ledger';
import { todayIso } from '../../core/text/today';
import type { MergeOutcome } from '../usecases/types';
import { FileButton } from './FileButton';
import { StatusMessage } from './StatusMessage';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalM },
  bar: { display: 'grid', gridTemplateColumns: '1fr 5em', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  behind: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface LedgerPanelProps {
  /** The quarter merged on the 汇总 page. */
  outcome: MergeOutcome;
}

/**
 * 工作台账和调度通报 under the merge result: pick the year's ledger (or start a new one); the merged quarter is checked
 * against it and recorded in it with the core's `applyLedger` (the CLI's `--ledger` step, so both give the same
 * ledger); the cumulative figures that fell are listed with the updated 退回修改 text; each target's completion as a
 * bar, behind pace first (`paceLines`); buttons download the ledger (.xlsx) and the draft 调度通报 (.docx).
 */
export function LedgerPanel({ outcome }: LedgerPanelProps) {
  const { spec, lang } = usePane();
  const s = LEDGER_STRINGS[lang];
  const styles = useStyles();
  const page = usePageStyles();
  const [ledger, setLedger] = useState<{ ledger: Ledger; file: string } | null>(null);
  const pick = useJob();
  const out = useJob();
  const quarters = (l: Ledger) => l.quarters.map((q) => quarterLabel(q.quarter)).join('、') || s.quarters;
  const result = useMemo(() => withLedger(outcome, spec, ledger?.ledger, new Date().toISOString()), [outcome, spec, ledger]);
  const falls = result.inputs.flatMap((i) => i.findings.filter((f) => f.code.startsWith('ledger-cumulative')).map((f) => ({ unit: i.report?.identity.unit ?? i.file, f })));
  const lines = paceLines(result.ledger, spec, result.summary.quarter).filter((l) => l.pace !== 'not-applicable');

  const choose = (files: File[]) =>
    pick.run(async () => {
      const r = await readLedgerFile(files[0], spec);
      if (r.error !== undefined) return { intent: 'error', text: r.error };
      setLedger({ ledger: r.ledger, file: r.file });
      return { intent: 'success', text: fill(s.chosen, { file: r.file, quarters: quarters(r.ledger) }) };
    });

  return (
    <section className={styles.panel} aria-label={s.title}>
      <Text weight="semibold">{s.title}</Text>
      <Text className={page.help}>{s.help}</Text>
      <div className={page.actions}>
        <FileButton label={s.chooseLedger} accept=".xlsx" inputId="ledger-file" disabled={pick.busy} onFiles={choose} />
        <Button disabled={!ledger} onClick={() => setLedger(null)}>
          {s.newLedger}
        </Button>
      </div>
      <StatusMessage status={pick.status} />
      <Text>{fill(s.recorded, { quarters: quarters(result.ledger) })}</Text>
      {falls.length ? (
        <>
          <Text weight="semibold">{s.falls}</Text>
          <ul>
            {falls.map(({ unit, f }) => (
              <li key={`${unit}-${f.cell}`}>{`${unit} ${f.cell ?? ''}：${f.message}`}</li>
            ))}
          </ul>
          {result.summary.roster.returnText ? <Text>{`${s.returnText}${result.summary.roster.returnText}`}</Text> : null}
        </>
      ) : (
        <Text>{s.noFalls}</Text>
      )}
      <Text weight="semibold">{s.pace}</Text>
      {lines.map((l) => (
        <Field key={l.target.id} label={`${l.target.id} ${l.target.metric}（${l.target.text}）`} hint={PACE_TEXT[l.pace]}>
          <div className={styles.bar}>
            <ProgressBar value={Math.min(1, l.completion ?? 0)} max={1} color={l.pace === 'behind' ? 'warning' : l.pace === 'met' ? 'success' : 'brand'} />
            <Text className={l.pace === 'behind' ? styles.behind : undefined}>{l.completion === undefined ? s.paceNone : `${Math.round(l.completion * 100)}%`}</Text>
          </div>
        </Field>
      ))}
      <div className={page.actions}>
        <Button appearance="primary" disabled={out.busy} onClick={() => out.run(async () => ({ intent: 'success', text: fill(s.downloaded, { file: (await downloadLedger(result, spec)).fileName }) }))}>
          {s.downloadLedger}
        </Button>
        <Button disabled={out.busy} onClick={() => out.run(async () => ({ intent: 'success', text: fill(s.downloaded, { file: (await downloadReport(result, spec, todayIso())).fileName }) }))}>
          {s.downloadReport}
        </Button>
      </div>
      <StatusMessage status={out.status} />
    </section>
  );
}
