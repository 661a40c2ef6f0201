import { useState } from 'react';
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  ProgressBar,
  Select,
  Text,
} from '@fluentui/react-components';
import type { Quarter } from '../../core/spec/schema';
import type { SummaryLayout } from '../../core/merge/types';
import { FileFindings } from '../components/FileFindings';
import { FilePicker } from '../components/FilePicker';
import { LedgerPanel } from '../components/LedgerPanel';
import { QuarterField } from '../components/QuarterField';
import { RosterView } from '../components/RosterView';
import { StatusMessage } from '../components/StatusMessage';
import { quarterText, usePane } from '../context';
import { fill } from '../strings';
import { usePageStyles } from '../styles';
import { useJob } from '../use-job';
import { uniqueFiles } from '../usecases/merge-files';
import type { MergeOutcome } from '../usecases/types';
import { inWorkbook } from '../usecases/types';

/**
 * 汇总: choose (or drop) the units' files (the same file chosen twice is taken once) → a progress bar over the files
 * (or, in Excel, merge the tables pasted as sheets into the open workbook, 汇总本工作簿中的表) → the roster, totals
 * and each file's findings on screen (changing 季度 or 汇总表样式 merges again) →
 * in Excel, write the summary sheets (asking before replacing the add-in's own earlier ones); in a browser,
 * download the summary workbook.
 */
export function SummaryPage() {
  const { useCases, s, lang } = usePane();
  const styles = usePageStyles();
  const excel = inWorkbook(useCases.host);
  const [files, setFiles] = useState<File[]>([]);
  const [quarter, setQuarter] = useState<Quarter | undefined>(undefined);
  const [layout, setLayout] = useState<SummaryLayout>('official');
  const [progress, setProgress] = useState<{ done: number; total: number; file: string } | null>(null);
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null);
  const [confirm, setConfirm] = useState<{ quarter?: number; sheets: string[] }[] | null>(null);
  const job = useJob();
  const out = useJob();

  /** What the shown result was merged from, to merge it again when an option changes. */
  const [source, setSource] = useState<'files' | 'sheets' | null>(null);
  /** Names of files chosen more than once (same name, size and time), taken once. */
  const [repeated, setRepeated] = useState<string[]>([]);

  /** Run a merge (of the chosen files, or of the workbook's sheets) and show its totals; `note` goes first. */
  const mergeWith = (start: () => Promise<MergeOutcome>, from: 'files' | 'sheets', note = '') =>
    job.run(async () => {
      setOutcome(null);
      setSource(null);
      out.setStatus(null);
      const o = await start();
      setProgress(null);
      const skipped = (o.skippedSheets ?? []).filter((x) => x.reason !== 'metadata');
      const left = skipped.length
        ? fill(s.skippedSheets, { list: skipped.map((x) => fill(s.skippedSheetItem, { sheet: x.sheet, reason: s.sheetSkip[x.reason] })).join(s.listSeparator) })
        : '';
      if (o.skippedSheets && o.inputs.length === 0) return { intent: 'warning', text: `${s.noSheetTables}${left}` };
      setOutcome(o);
      setSource(from);
      const t = o.summary.totals;
      const text = note + fill(s.totals, { units: t.units, submitted: t.submitted, withErrors: t.withErrors, missing: t.missing }) + left;
      return o.quarterSource === 'none' ? { intent: 'warning', text: `${text}${s.quarterAssumed}` } : { intent: t.missing || t.withErrors ? 'warning' : 'success', text };
    }).finally(() => setProgress(null));

  const merge = (q = quarter, l = layout, note = '') =>
    mergeWith(
      () => useCases.mergeFiles(files, { ...(q ? { quarter: q } : {}), layout: l }, (done, total, file) => setProgress({ done, total, file })),
      'files',
      note,
    );

  const mergeSheets = (q = quarter, l = layout, note = '') =>
    mergeWith(() => useCases.mergeSheets({ ...(q ? { quarter: q } : {}), layout: l }), 'sheets', note);

  /**
   * 汇总表样式 or 季度 changed: a result on screen was made with the old options, so merge again (the same files are
   * kept, or the workbook's sheets) rather than let a stale result be written or downloaded.
   */
  const changeOptions = (q: Quarter | undefined, l: SummaryLayout) => {
    setQuarter(q);
    setLayout(l);
    if (!outcome || job.busy) return;
    if (source === 'files' && files.length) void merge(q, l, s.remergedFor);
    else if (source === 'sheets') void mergeSheets(q, l, s.remergedFor);
    else setOutcome(null);
  };

  /** New files chosen: the same file (name, size, time) chosen twice is taken once, with a note. */
  const chooseFiles = (chosen: File[]) => {
    const { files: unique, repeated: twice } = uniqueFiles(chosen);
    setFiles(unique);
    setRepeated(twice);
    setOutcome(null);
    setSource(null);
  };

  const write = (replace: boolean) =>
    out.run(async () => {
      setConfirm(null);
      const r = await useCases.writeSummary(outcome!, replace);
      return { intent: 'success', text: fill(s.summaryWritten, { sheets: r.sheets.join('、') }) };
    });

  const deliver = () =>
    excel
      ? out.run(async () => {
          const own = await useCases.findOwnSummary();
          if (own.length) {
            setConfirm(own);
            return null;
          }
          const r = await useCases.writeSummary(outcome!, false);
          return { intent: 'success', text: fill(s.summaryWritten, { sheets: r.sheets.join('、') }) };
        })
      : out.run(async () => {
          const r = await useCases.downloadSummary(outcome!);
          return { intent: 'success', text: fill(s.downloaded, { file: r.fileName }) };
        });

  /** "将替换第三季度汇总：汇总表、报送情况、指标完成情况汇总。…": each earlier summary with its quarter and sheets. */
  const replaceText = (own: readonly { quarter?: number; sheets: string[] }[]) =>
    fill(s.confirmReplace, {
      list: own
        .map((o) =>
          o.quarter !== undefined && o.quarter >= 1 && o.quarter <= 4
            ? fill(s.confirmReplaceQuarter, { quarter: quarterText(o.quarter as Quarter, lang), sheets: o.sheets.join(s.listSeparator) })
            : fill(s.confirmReplaceEarlier, { sheets: o.sheets.join(s.listSeparator) }),
        )
        .join(lang === 'zh-CN' ? '；' : '; '),
    });

  return (
    <section className={styles.page} aria-labelledby="tab-summary">
      <Text className={styles.help}>{excel ? s.summaryHelpExcel : s.summaryHelpBrowser}</Text>
      <FilePicker multiple inputId="summary-files" chosen={files} disabled={job.busy} onFiles={chooseFiles} />
      {repeated.length ? <Text className={styles.help}>{fill(s.repeatedFiles, { files: repeated.join(s.listSeparator) })}</Text> : null}
      <QuarterField value={quarter} allowAny onChange={(q) => changeOptions(q, layout)} disabled={job.busy} />
      <Field label={s.layout}>
        <Select value={layout} disabled={job.busy} onChange={(_, d) => changeOptions(quarter, d.value as SummaryLayout)}>
          <option value="official">{s.layoutOfficial}</option>
          <option value="per-unit">{s.layoutPerUnit}</option>
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={job.busy || files.length === 0} onClick={() => merge()}>
          {job.busy ? s.working : s.merge}
        </Button>
        {excel ? (
          <Button disabled={job.busy} onClick={() => mergeSheets()}>
            {s.mergeSheets}
          </Button>
        ) : null}
      </div>
      {excel ? <Text className={styles.help}>{s.mergeSheetsHelp}</Text> : null}
      {progress ? (
        <Field
          validationMessage={fill(s.reading, { done: Math.min(progress.done + 1, progress.total), total: progress.total, file: progress.file })}
          validationState="none"
        >
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} />
        </Field>
      ) : null}
      <StatusMessage status={job.status} />
      {outcome ? (
        <>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={out.busy} onClick={deliver}>
              {out.busy ? s.working : excel ? s.writeSummary : s.downloadSummary}
            </Button>
          </div>
          <StatusMessage status={out.status} />
          <RosterView summary={outcome.summary} />
          <FileFindings inputs={outcome.inputs} files={outcome.summary.roster.files} />
          {excel ? null : <LedgerPanel outcome={outcome} />}
        </>
      ) : null}
      <Dialog open={confirm !== null} onOpenChange={(_, d) => (d.open ? undefined : setConfirm(null))}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.confirmReplaceTitle}</DialogTitle>
            <DialogContent>{replaceText(confirm ?? [])}</DialogContent>
            <DialogActions fluid>
              {/* 取消 first and primary: the safe choice has the focus; 替换 deletes sheets and is never the default. */}
              <Button appearance="primary" autoFocus onClick={() => setConfirm(null)}>
                {s.cancel}
              </Button>
              <Button onClick={() => write(false)}>{s.keepBoth}</Button>
              <Button onClick={() => write(true)}>{s.replace}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
