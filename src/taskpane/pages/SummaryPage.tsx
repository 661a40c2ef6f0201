import { useState } from 'react';
import { Button, Field, ProgressBar, Select, Text, mergeClasses } from '@fluentui/react-components';
import type { Quarter } from '../../core/spec/schema';
import type { SummaryLayout } from '../../core/merge/types';
import { FileFindings } from '../components/FileFindings';
import { FilePicker } from '../components/FilePicker';
import { LedgerPanel } from '../components/LedgerPanel';
import { QuarterField } from '../components/QuarterField';
import { ReplaceDialog } from '../components/ReplaceDialog';
import { RosterView } from '../components/RosterView';
import { ChosenFiles } from '../components/ChosenFiles';
import { RequestFields } from '../components/RequestFields';
import { StatusMessage, type Status } from '../components/StatusMessage';
import { quarterText, usePane } from '../context';
import { fill } from '../strings';
import { usePageStyles, usePrintStyles } from '../styles';
import { rosterCountsText } from '../../core/merge/roster-texts';
import type { RosterUnit } from '../../core/merge/types';
import { loadRequest, saveRequest, type RequestDetails } from '../../browser/local-store';
import { outcomeWithRequest } from '../usecases/request';
import { useJob } from '../use-job';
import { uniqueFiles } from '../usecases/merge-files';
import type { MergeOutcome } from '../usecases/types';

/**
 * 汇总: choose (or drop) the units' files (the same file chosen twice is taken once) → a progress bar over the files
 * (or, in Excel, merge the tables pasted as sheets into the open workbook, 汇总本工作簿中的表) → the roster, totals
 * and each file's findings on screen (changing 季度 or 汇总表样式 merges again) →
 * in Excel, write the summary sheets (asking before replacing the add-in's own earlier ones); in a browser,
 * download the summary workbook.
 */
export function SummaryPage() {
  const { host, s, lang } = usePane();
  const styles = usePageStyles();
  const print = usePrintStyles();
  /** The jobs on the open workbook (Excel, WPS), absent in a browser (which downloads, through `host.files`). */
  const { workbook } = host;
  const excel = workbook !== undefined;
  const [files, setFiles] = useState<File[]>([]);
  const [quarter, setQuarter] = useState<Quarter | undefined>(undefined);
  const [layout, setLayout] = useState<SummaryLayout>('official');
  const [progress, setProgress] = useState<{ done: number; total: number; file: string } | null>(null);
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null);
  const [confirm, setConfirm] = useState<{ quarter?: number; sheets: string[] }[] | null>(null);
  const [request, setRequestState] = useState<RequestDetails>(() => loadRequest());
  const job = useJob();
  const out = useJob();

  /** What the shown result was merged from, to merge it again when an option or the file set changes. */
  const [source, setSource] = useState<'files' | 'sheets' | null>(null);
  /** Names of files chosen more than once (same name, size and time), taken once. */
  const [repeated, setRepeated] = useState<string[]>([]);
  /** The sentence before the counts: why this result (merged again, a file added or removed); words of the pane. */
  const [note, setNote] = useState<{ key: 'remergedFor' | 'filesAdded' | 'fileRemoved'; params: Record<string, string | number> } | null>(null);
  /** Sheets left out of a sheets merge (shown after the counts). */
  const [skipped, setSkipped] = useState<NonNullable<MergeOutcome['skippedSheets']>>([]);

  const setRequest = (r: RequestDetails) => {
    setRequestState(r);
    saveRequest(r);
  };

  /** Run a merge (of the chosen files, or of the workbook's sheets); the result banner is made from the outcome. */
  const mergeWith = (start: () => Promise<MergeOutcome>, from: 'files' | 'sheets') =>
    job.run(async () => {
      setOutcome(null);
      setSource(null);
      out.setStatus(null);
      const o = await start();
      setProgress(null);
      const left = (o.skippedSheets ?? []).filter((x) => x.reason !== 'metadata');
      setSkipped(left);
      if (o.skippedSheets && o.inputs.length === 0) return { intent: 'warning', text: `${s.noSheetTables}${skippedText(left)}` };
      setOutcome(o);
      setSource(from);
      return null;
    }).finally(() => setProgress(null));

  const merge = (set: readonly File[] = files, q = quarter, l = layout) =>
    mergeWith(
      () => host.mergeFiles(set, { ...(q ? { quarter: q } : {}), layout: l }, (done, total, file) => setProgress({ done, total, file })),
      'files',
    );

  const mergeSheets = (q = quarter, l = layout) =>
    workbook && mergeWith(() => workbook.mergeSheets({ ...(q ? { quarter: q } : {}), layout: l }), 'sheets');

  const skippedText = (left: NonNullable<MergeOutcome['skippedSheets']>) =>
    left.length
      ? fill(s.skippedSheets, { list: left.map((x) => fill(s.skippedSheetItem, { sheet: x.sheet, reason: s.sheetSkip[x.reason] })).join(s.listSeparator) })
      : '';

  /** The result banner, in the pane's language now: the note, the counts that add up, the sheets left out. */
  const resultStatus = (o: MergeOutcome): Status => {
    const c = o.summary.roster.counts;
    const head = note ? fill(note.key === 'remergedFor' ? s.remergedFor : s.desk[note.key], note.params) : '';
    const text = `${head}${rosterCountsText(c, lang)}${skippedText(skipped)}`;
    if (o.quarterSource === 'none') return { intent: 'warning', text: `${text}${s.quarterAssumed}` };
    return { intent: c.missing || c.withErrors || c.unreadable ? 'warning' : 'success', text };
  };

  /**
   * 汇总表样式 or 季度 changed: a result on screen was made with the old options, so merge again (the same files are
   * kept, or the workbook's sheets) rather than let a stale result be written or downloaded.
   */
  const changeOptions = (q: Quarter | undefined, l: SummaryLayout) => {
    setQuarter(q);
    setLayout(l);
    if (!outcome || job.busy) return;
    setNote({ key: 'remergedFor', params: {} });
    if (source === 'files' && files.length) void merge(files, q, l);
    else if (source === 'sheets') void mergeSheets(q, l);
    else setOutcome(null);
  };

  /**
   * The file set changed (files added in another go, or one removed): a result on screen follows the new set (merged
   * again); with no result yet, any old banner goes.
   */
  const changeSet = (next: File[], why: NonNullable<typeof note>) => {
    setFiles(next);
    if (outcome && source === 'files' && next.length && !job.busy) {
      setNote(why);
      void merge(next);
    } else {
      setOutcome(null);
      setSource(null);
      job.setStatus(null);
      out.setStatus(null);
    }
  };

  /** Files chosen in one more go: added to the set; the same file (name, size, time) chosen twice is taken once. */
  const addFiles = (chosen: File[]) => {
    const { files: unique, repeated: twice } = uniqueFiles([...files, ...chosen]);
    setRepeated(twice);
    changeSet(unique, { key: 'filesAdded', params: { n: unique.length - files.length, total: unique.length } });
  };

  const removeFile = (i: number) => {
    const gone = files[i];
    changeSet(
      files.filter((_, j) => j !== i),
      { key: 'fileRemoved', params: { file: gone.name } },
    );
  };

  /** Browser: the annotated copy of one unit's merged file, to send back with its 退回修改 text. */
  const downloadUnit = (u: RosterUnit) =>
    out.run(async () => {
      const file = files.find((f) => f.name === u.file);
      const input = outcome?.inputs.find((i) => i.file === u.file);
      if (!file || !input || !host.files) return null;
      const r = await host.files.downloadAnnotated(file, input.findings);
      return { intent: 'success', text: fill(s.downloaded, { file: r.fileName }) };
    });

  const write = (replace: boolean) =>
    workbook &&
    out.run(async () => {
      setConfirm(null);
      const r = await workbook.writeSummary(outcomeWithRequest(outcome!, request), replace);
      return { intent: 'success', text: fill(s.summaryWritten, { sheets: r.sheets.join('、') }) };
    });

  const deliver = () =>
    host.workbook
      ? out.run(async () => {
          const own = await host.workbook.findOwnSummary();
          if (own.length) {
            setConfirm(own);
            return null;
          }
          const r = await host.workbook.writeSummary(outcomeWithRequest(outcome!, request), false);
          return { intent: 'success', text: fill(s.summaryWritten, { sheets: r.sheets.join('、') }) };
        })
      : out.run(async () => {
          const r = await host.files.downloadSummary(outcomeWithRequest(outcome!, request));
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
      <Text className={mergeClasses(styles.help, print.noPrint)}>{excel ? s.summaryHelpExcel : s.summaryHelpBrowser}</Text>
      <div className={mergeClasses(styles.section, print.noPrint)}>
        <FilePicker
          multiple
          inputId="summary-files"
          chosen={files}
          disabled={job.busy}
          onFiles={addFiles}
          {...(files.length ? { label: s.desk.addFiles } : {})}
        />
        <ChosenFiles files={files} disabled={job.busy} onRemove={removeFile} />
        {repeated.length ? <Text className={styles.help}>{fill(s.repeatedFiles, { files: repeated.join(s.listSeparator) })}</Text> : null}
        <QuarterField value={quarter} allowAny onChange={(q) => changeOptions(q, layout)} disabled={job.busy} />
        <Field label={s.layout}>
          <Select value={layout} disabled={job.busy} onChange={(_, d) => changeOptions(quarter, d.value as SummaryLayout)}>
            <option value="official">{s.layoutOfficial}</option>
            <option value="per-unit">{s.layoutPerUnit}</option>
          </Select>
        </Field>
        <RequestFields value={request} onChange={setRequest} />
        <div className={styles.actions}>
          <Button
            appearance="primary"
            disabled={job.busy || files.length === 0}
            onClick={() => {
              setNote(null);
              void merge();
            }}
          >
            {job.busy ? s.working : s.merge}
          </Button>
          {excel ? (
            <Button
              disabled={job.busy}
              onClick={() => {
                setNote(null);
                void mergeSheets();
              }}
            >
              {s.mergeSheets}
            </Button>
          ) : null}
        </div>
        {excel ? <Text className={styles.help}>{s.mergeSheetsHelp}</Text> : null}
      </div>
      {progress ? (
        <Field
          className={print.noPrint}
          validationMessage={fill(s.reading, { done: Math.min(progress.done + 1, progress.total), total: progress.total, file: progress.file })}
          validationState="none"
        >
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} />
        </Field>
      ) : null}
      <StatusMessage status={outcome && !job.busy ? resultStatus(outcome) : job.status} focusKey={job.done} />
      {outcome ? (
        <>
          <div className={mergeClasses(styles.actions, print.noPrint)}>
            <Button appearance="primary" disabled={out.busy} onClick={deliver}>
              {out.busy ? s.working : excel ? s.writeSummary : s.downloadSummary}
            </Button>
          </div>
          <StatusMessage status={out.status} />
          <Text size={200} className={mergeClasses(styles.help, print.noPrint)}>
            {s.desk.printHint}
          </Text>
          <RosterView summary={outcome.summary} request={request} busy={out.busy} {...(excel ? {} : { onDownloadUnit: downloadUnit })} />
          <FileFindings inputs={outcome.inputs} files={outcome.summary.roster.files} />
          {host.host === 'wps' ? null : <LedgerPanel outcome={outcome} />}
        </>
      ) : null}
      <ReplaceDialog
        open={confirm !== null}
        title={s.confirmReplaceTitle}
        text={replaceText(confirm ?? [])}
        onCancel={() => setConfirm(null)}
        onReplace={() => write(true)}
        other={{ label: s.keepBoth, onClick: () => write(false) }}
      />
    </section>
  );
}
