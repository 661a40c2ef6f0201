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
import { FilePicker } from '../components/FilePicker';
import { QuarterField } from '../components/QuarterField';
import { RosterView } from '../components/RosterView';
import { StatusMessage } from '../components/StatusMessage';
import { usePane } from '../context';
import { fill } from '../strings';
import { usePageStyles } from '../styles';
import { useJob } from '../use-job';
import type { MergeOutcome } from '../usecases/types';

/**
 * 汇总: choose (or drop) the units' files → a progress bar over the files (or, in Excel, merge the tables pasted as
 * sheets into the open workbook, 汇总本工作簿中的表) → the roster and totals on screen →
 * in Excel, write the summary sheets (asking before replacing the add-in's own earlier ones); in a browser,
 * download the summary workbook.
 */
export function SummaryPage() {
  const { useCases, s } = usePane();
  const styles = usePageStyles();
  const excel = useCases.host === 'excel';
  const [files, setFiles] = useState<File[]>([]);
  const [quarter, setQuarter] = useState<Quarter | undefined>(undefined);
  const [layout, setLayout] = useState<SummaryLayout>('official');
  const [progress, setProgress] = useState<{ done: number; total: number; file: string } | null>(null);
  const [outcome, setOutcome] = useState<MergeOutcome | null>(null);
  const [confirm, setConfirm] = useState<string[] | null>(null);
  const job = useJob();
  const out = useJob();

  /** Run a merge (of the chosen files, or of the workbook's sheets) and show its totals. */
  const mergeWith = (start: () => Promise<MergeOutcome>) =>
    job.run(async () => {
      setOutcome(null);
      out.setStatus(null);
      const o = await start();
      setProgress(null);
      const skipped = (o.skippedSheets ?? []).filter((x) => x.reason !== 'metadata');
      const left = skipped.length
        ? fill(s.skippedSheets, { list: skipped.map((x) => fill(s.skippedSheetItem, { sheet: x.sheet, reason: s.sheetSkip[x.reason] })).join(s.listSeparator) })
        : '';
      if (o.skippedSheets && o.inputs.length === 0) return { intent: 'warning', text: `${s.noSheetTables}${left}` };
      setOutcome(o);
      const t = o.summary.totals;
      const text = fill(s.totals, { units: t.units, submitted: t.submitted, withErrors: t.withErrors, missing: t.missing }) + left;
      return o.quarterSource === 'none' ? { intent: 'warning', text: `${text}${s.quarterAssumed}` } : { intent: t.missing || t.withErrors ? 'warning' : 'success', text };
    }).finally(() => setProgress(null));

  const merge = () =>
    mergeWith(() =>
      useCases.mergeFiles(files, { ...(quarter ? { quarter } : {}), layout }, (done, total, file) => setProgress({ done, total, file })),
    );

  const mergeSheets = () => mergeWith(() => useCases.mergeSheets({ ...(quarter ? { quarter } : {}), layout }));

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

  return (
    <section className={styles.page} aria-labelledby="tab-summary">
      <Text className={styles.help}>{excel ? s.summaryHelpExcel : s.summaryHelpBrowser}</Text>
      <FilePicker multiple inputId="summary-files" chosen={files} disabled={job.busy} onFiles={(fs) => (setFiles(fs), setOutcome(null))} />
      <QuarterField value={quarter} allowAny onChange={setQuarter} disabled={job.busy} />
      <Field label={s.layout}>
        <Select value={layout} disabled={job.busy} onChange={(_, d) => setLayout(d.value as SummaryLayout)}>
          <option value="official">{s.layoutOfficial}</option>
          <option value="per-unit">{s.layoutPerUnit}</option>
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={job.busy || files.length === 0} onClick={merge}>
          {job.busy ? s.working : s.merge}
        </Button>
        {excel ? (
          <Button disabled={job.busy} onClick={mergeSheets}>
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
        </>
      ) : null}
      <Dialog open={confirm !== null} onOpenChange={(_, d) => (d.open ? undefined : setConfirm(null))}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{s.confirmReplaceTitle}</DialogTitle>
            <DialogContent>{fill(s.confirmReplace, { sheets: (confirm ?? []).join('、') })}</DialogContent>
            <DialogActions fluid>
              <Button appearance="primary" onClick={() => write(true)}>
                {s.replace}
              </Button>
              <Button onClick={() => write(false)}>{s.keepBoth}</Button>
              <Button onClick={() => setConfirm(null)}>{s.cancel}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
