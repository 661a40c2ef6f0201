import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { Quarter } from '../../core/spec/schema';
import type { Finding } from '../../core/validate/finding';
import { FilePicker } from '../components/FilePicker';
import { FindingList } from '../components/FindingList';
import { QuarterField } from '../components/QuarterField';
import { StatusMessage, type Status } from '../components/StatusMessage';
import { currentQuarter, quarterText, usePane } from '../context';
import { fill, type Strings } from '../strings';
import { usePageStyles } from '../styles';
import { useJob } from '../use-job';
import type { MarksOutcome, SheetLeftAsIs, ValidationOutcome } from '../usecases/types';

/** The verdict sentence: 可以报送 when there is no error, else how many errors remain. */
export function verdict(findings: readonly Finding[], s: Strings): Status {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const counts = fill(s.counts, { errors, warnings });
  return errors === 0
    ? { intent: warnings ? 'warning' : 'success', title: s.readyToSubmit, text: findings.length ? counts : s.noFindings }
    : { intent: 'error', title: fill(s.notReady, { errors }), text: counts };
}

/**
 * What the marks (`flow` 'mark': 一键校验) or the clearing ('clear': 清除标记) could not do, as sentences: each sheet
 * left as it was, then "fill only" when there was no note API.
 */
export function marksNotice(marks: Partial<MarksOutcome> | undefined, s: Strings, flow: 'mark' | 'clear' = 'mark'): string {
  const notes = flow === 'mark' ? s.marksLeftNotes : s.clearLeftNotes;
  const left = (marks?.leftAsIs ?? []).map((l: SheetLeftAsIs) => fill(l.reason === 'protected' ? s.marksLeftProtected : notes, { sheet: l.sheet }));
  return [...left, ...(marks?.notes === 'none' ? [s.marksFillOnly] : [])].join('');
}

/** The verdict with the marks' notice appended (a warning when a sheet was left unmarked). */
function withMarks(status: Status, marks: Partial<MarksOutcome> | undefined, s: Strings): Status {
  const notice = marksNotice(marks, s);
  if (!notice) return status;
  const unmarked = (marks?.leftAsIs ?? []).some((l) => l.reason === 'protected');
  const intent = unmarked && status.intent === 'success' ? 'warning' : status.intent;
  return { ...status, intent, text: `${status.text}${notice}` };
}

/**
 * 校验: in Excel, 一键校验 marks the open workbook's problem cells and lists the findings by row (a click selects the
 * cell), 清除标记 restores the cells; in a browser, choose a file, see its findings, download an annotated copy.
 */
export function ValidatePage() {
  const { host, s, lang } = usePane();
  const styles = usePageStyles();
  /** The jobs on the open workbook (Excel, WPS) or on files (a browser): the page offers what the host has. */
  const { workbook, files } = host;
  const excel = workbook !== undefined;
  const [quarter, setQuarter] = useState<Quarter | undefined>(() => currentQuarter());
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<ValidationOutcome | null>(null);
  /** The quarter the shown outcome was checked for (its verdict is made at each render, in the pane's language). */
  const [checked, setChecked] = useState<Quarter | undefined>(undefined);
  const job = useJob();
  const nav = useJob();

  const validateExcel = () =>
    workbook &&
    job.run(async () => {
      const o = await workbook.validateWorkbook(quarter);
      setOutcome(o);
      setChecked(quarter);
      return null;
    });
  /** Validate `f` for quarter `q`; the previous file's messages (已下载…) go. */
  const validateFile = (f: File, q: Quarter | undefined = quarter) => {
    if (!files) return undefined;
    setFile(f);
    setOutcome(null);
    nav.setStatus(null);
    return job.run(async () => {
      const o = await files.validateFile(f, q);
      setOutcome(o);
      setChecked(q);
      return null;
    });
  };
  /** A new quarter: in a browser, the chosen file is checked again against it. */
  const changeQuarter = (q: Quarter | undefined) => {
    setQuarter(q);
    if (!excel && file) void validateFile(file, q);
  };
  /** "文件是第二季度的表，本次报送的是第三季度。" first when the file's quarter is not the one checked for. */
  const withQuarter = (status: Status, o: ValidationOutcome, q: Quarter | undefined): Status => {
    const fileQuarter = o.report.identity?.quarter;
    if (!q || !fileQuarter || fileQuarter === q) return status;
    const differs = fill(s.desk.fileQuarterDiffers, { fileQuarter: quarterText(fileQuarter, lang), quarter: quarterText(q, lang) });
    return { ...status, text: `${differs}${status.text}` };
  };
  const clear = () =>
    workbook &&
    job.run(async () => {
      const { restored, skipped, leftAsIs } = await workbook.clearMarks();
      setOutcome(null);
      const text = `${fill(s.marksCleared, { n: restored })}${skipped ? fill(s.marksSkipped, { n: skipped }) : ''}${marksNotice({ leftAsIs }, s, 'clear')}`;
      return skipped || leftAsIs?.length ? { intent: 'warning', text } : { intent: 'info', text };
    });
  const annotate = () =>
    files && file && outcome
      ? nav.run(async () => {
          const r = await files.downloadAnnotated(file, outcome.findings);
          return { intent: 'success', text: fill(s.downloaded, { file: r.fileName }) };
        })
      : undefined;
  // 清除标记 on the web: the file cannot be changed in place, so the cleaned copy is downloaded (the file to send).
  const clean = () =>
    files && file
      ? nav.run(async () => {
          const r = await files.downloadCleaned(file);
          return { intent: 'success', text: fill(s.downloaded, { file: r.fileName }) };
        })
      : undefined;
  const select = (f: Finding) => (workbook && f.sheet && f.cell ? nav.run(async () => (await workbook.selectCell(f.sheet!, f.cell!), null)) : undefined);

  return (
    <section className={styles.page} aria-labelledby="tab-validate">
      <Text className={styles.help}>{excel ? s.validateHelpExcel : s.validateHelpBrowser}</Text>
      <QuarterField value={quarter} allowAny onChange={changeQuarter} disabled={job.busy} />
      {quarter ? <Text size={200} className={styles.help}>{fill(s.desk.checkingQuarter, { quarter: quarterText(quarter, lang) })}</Text> : null}
      {excel ? (
        <div className={styles.actions}>
          <Button appearance="primary" disabled={job.busy} onClick={validateExcel}>
            {job.busy ? s.working : s.validateNow}
          </Button>
          <Button disabled={job.busy} onClick={clear}>
            {s.clearMarks}
          </Button>
        </div>
      ) : (
        <FilePicker inputId="validate-file" chosen={file ? [file] : []} disabled={job.busy} onFiles={(fs) => void validateFile(fs[0])} />
      )}
      <StatusMessage status={outcome && !job.busy ? withQuarter(withMarks(verdict(outcome.findings, s), outcome.marks, s), outcome, checked) : job.status} focusKey={job.done} />
      {outcome ? (
        <>
          {!excel ? (
            <div className={styles.actions}>
              {outcome.findings.length ? (
                <Button disabled={nav.busy} onClick={annotate}>
                  {s.downloadAnnotated}
                </Button>
              ) : null}
              <Button disabled={nav.busy} onClick={clean}>
                {s.desk.downloadClean}
              </Button>
            </div>
          ) : null}
          <StatusMessage status={nav.status} />
          {excel && outcome.findings.length ? <Text size={200}>{s.selectCellHint}</Text> : null}
          <FindingList findings={outcome.findings} onSelect={excel ? select : undefined} {...(outcome.report.sheet ? { mainSheet: outcome.report.sheet } : {})} />
        </>
      ) : null}
    </section>
  );
}
