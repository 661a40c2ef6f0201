import { useEffect, useMemo, useState } from 'react';
import { Button, Field, makeStyles, ProgressBar, Text, tokens } from '@fluentui/react-components';
import { paceLines } from '../../core/ledger/pace';
import { quarterLoss } from '../../core/ledger/replace';
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
import { ReplaceDialog } from './ReplaceDialog';
import { StatusMessage, type Status } from './StatusMessage';

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
 *
 * In Excel (`host.workbook.workbookLedger`, usecases/ledger-workbook): the ledger kept in the open workbook is found when the
 * panel opens and used at once (or its refusal shown: another list's or year's); the user may still choose a file or
 * start a new one. 记入本工作簿 writes the ledger's sheets, asking first when the add-in's own ledger sheets are there
 * (取消, the default, or 替换), as the page asks before replacing the summary. Where the pane cannot download (Excel on
 * Mac) the download buttons give way to a sentence saying how to get the files.
 */
export function LedgerPanel({ outcome }: LedgerPanelProps) {
  const { spec, lang, host, s: words } = usePane();
  const s = LEDGER_STRINGS[lang];
  const cases = host.workbook?.workbookLedger;
  const [confirm, setConfirm] = useState<string[] | null>(null);
  const styles = useStyles();
  const page = usePageStyles();
  const [ledger, setLedger] = useState<{ ledger: Ledger; file: string } | null>(null);
  const pick = useJob();
  const out = useJob();
  const quarters = (l: Ledger) => l.quarters.map((q) => quarterLabel(q.quarter)).join('、') || s.quarters;
  const result = useMemo(() => withLedger(outcome, spec, ledger?.ledger, new Date().toISOString()), [outcome, spec, ledger]);
  const falls = result.inputs.flatMap((i) => i.findings.filter((f) => f.code.startsWith('ledger-cumulative')).map((f) => ({ unit: i.report?.identity.unit ?? i.file, f })));
  const lines = paceLines(result.ledger, spec, result.summary.quarter).filter((l) => l.pace !== 'not-applicable');
  // What recording would lose (the CLI refuses both; here nothing can be recorded without a table of the quarter,
  // and a quarter losing units is said before the buttons and in the replace question).
  const loss = quarterLoss(result.before, result.summary);
  const lossText = !loss
    ? ''
    : loss.kind === 'nothing-sent'
      ? fill(s.lossNothingSent, { quarter: quarterLabel(loss.quarter) })
      : fill(s.lossUnits, { quarter: quarterLabel(loss.quarter), n: loss.lost.length, units: loss.lost.join(words.listSeparator) });
  const blocked = loss?.kind === 'nothing-sent';

  /** Excel: the ledger kept in the open workbook, used when there is one (2 syncs, once). */
  useEffect(() => {
    if (!cases) return;
    void pick.run(async () => {
      const kept = await cases.find(s.workbookFile);
      if (kept.error !== undefined) return { intent: 'warning', text: kept.error };
      if (!kept.ledger) return { intent: 'info', text: s.noWorkbookLedger };
      setLedger({ ledger: kept.ledger, file: s.workbookFile });
      return { intent: 'success', text: fill(s.usingWorkbook, { quarters: quarters(kept.ledger) }) };
    });
    // Once per panel: a new merge result keeps the choice made.
  }, [cases]);

  /** Write the ledger's sheets into the workbook, which then keeps this result. */
  const save = async (replace: boolean): Promise<Status> => {
    const r = await cases!.write(result.ledger, replace);
    setLedger({ ledger: result.ledger, file: s.workbookFile });
    return { intent: 'success', text: fill(s.written, { sheets: r.sheets.join(words.listSeparator) }) };
  };

  const write = (replace: boolean) =>
    out.run(() => {
      setConfirm(null);
      return save(replace);
    });

  /** 记入本工作簿: ask first when the add-in's own ledger sheets are in the workbook now. */
  const record = () =>
    out.run(async () => {
      const kept = await cases!.find(s.workbookFile);
      if (!kept.sheets.length) return save(false);
      setConfirm(kept.sheets);
      return null;
    });
  const downloads = !cases || cases.canDownload;

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
      <Text className={page.help}>{cases ? s.helpExcel : s.help}</Text>
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
      <StatusMessage status={lossText ? { intent: 'warning', text: lossText } : null} />
      <div className={page.actions}>
        {cases ? (
          <Button appearance="primary" disabled={out.busy || blocked} onClick={record}>
            {s.writeWorkbook}
          </Button>
        ) : null}
        {downloads ? (
          <>
            <Button
              appearance={cases ? 'secondary' : 'primary'}
              disabled={out.busy || blocked}
              onClick={() => out.run(async () => ({ intent: 'success', text: fill(s.downloaded, { file: (await downloadLedger(result, spec)).fileName }) }))}
            >
              {s.downloadLedger}
            </Button>
            <Button disabled={out.busy || blocked} onClick={() => out.run(async () => ({ intent: 'success', text: fill(s.downloaded, { file: (await downloadReport(result, spec, todayIso())).fileName }) }))}>
              {s.downloadReport}
            </Button>
          </>
        ) : null}
      </div>
      {downloads ? null : <Text className={page.help}>{s.noDownload}</Text>}
      <StatusMessage status={out.status} />
      <ReplaceDialog
        open={confirm !== null}
        title={s.confirmTitle}
        text={`${fill(s.confirmReplace, { sheets: (confirm ?? []).join(words.listSeparator), quarters: quarters(result.ledger) })}${lossText ? ` ${lossText}` : ''}`}
        onCancel={() => setConfirm(null)}
        onReplace={() => write(true)}
      />
    </section>
  );
}
