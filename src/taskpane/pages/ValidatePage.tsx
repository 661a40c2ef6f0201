import { useState } from 'react';
import { Button, Text } from '@fluentui/react-components';
import type { Quarter } from '../../core/spec/schema';
import type { Finding } from '../../core/validate/finding';
import { FilePicker } from '../components/FilePicker';
import { FindingList } from '../components/FindingList';
import { QuarterField } from '../components/QuarterField';
import { StatusMessage, type Status } from '../components/StatusMessage';
import { usePane } from '../context';
import { fill, type Strings } from '../strings';
import { usePageStyles } from '../styles';
import { useJob } from '../use-job';
import type { ValidationOutcome } from '../usecases/types';

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
 * 校验: in Excel, 一键校验 marks the open workbook's problem cells and lists the findings by row (a click selects the
 * cell), 清除标记 restores the cells; in a browser, choose a file, see its findings, download an annotated copy.
 */
export function ValidatePage() {
  const { useCases, s } = usePane();
  const styles = usePageStyles();
  const excel = useCases.host === 'excel';
  const [quarter, setQuarter] = useState<Quarter | undefined>(undefined);
  const [file, setFile] = useState<File | null>(null);
  const [outcome, setOutcome] = useState<ValidationOutcome | null>(null);
  const job = useJob();
  const nav = useJob();

  const validateExcel = () =>
    job.run(async () => {
      const o = await useCases.validateWorkbook(quarter);
      setOutcome(o);
      return verdict(o.findings, s);
    });
  /** Validate `f` for quarter `q`; the previous file's messages (已下载…) go. */
  const validateFile = (f: File, q: Quarter | undefined = quarter) => {
    setFile(f);
    setOutcome(null);
    nav.setStatus(null);
    return job.run(async () => {
      const o = await useCases.validateFile(f, q);
      setOutcome(o);
      return verdict(o.findings, s);
    });
  };
  /** A new quarter: in a browser, the chosen file is checked again against it. */
  const changeQuarter = (q: Quarter | undefined) => {
    setQuarter(q);
    if (!excel && file) void validateFile(file, q);
  };
  const clear = () =>
    job.run(async () => {
      const { restored, skipped } = await useCases.clearMarks();
      setOutcome(null);
      const text = fill(s.marksCleared, { n: restored });
      return skipped ? { intent: 'warning', text: `${text}${fill(s.marksSkipped, { n: skipped })}` } : { intent: 'info', text };
    });
  const annotate = () =>
    file && outcome
      ? nav.run(async () => {
          const r = await useCases.downloadAnnotated(file, outcome.findings);
          return { intent: 'success', text: fill(s.downloaded, { file: r.fileName }) };
        })
      : undefined;
  const select = (f: Finding) => (f.sheet && f.cell ? nav.run(async () => (await useCases.selectCell(f.sheet!, f.cell!), null)) : undefined);

  return (
    <section className={styles.page} aria-labelledby="tab-validate">
      <Text className={styles.help}>{excel ? s.validateHelpExcel : s.validateHelpBrowser}</Text>
      <QuarterField value={quarter} allowAny onChange={changeQuarter} disabled={job.busy} />
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
      <StatusMessage status={job.status} />
      {outcome ? (
        <>
          {!excel && outcome.findings.length ? (
            <div className={styles.actions}>
              <Button disabled={nav.busy} onClick={annotate}>
                {s.downloadAnnotated}
              </Button>
            </div>
          ) : null}
          <StatusMessage status={nav.status} />
          {excel && outcome.findings.length ? <Text size={200}>{s.selectCellHint}</Text> : null}
          <FindingList findings={outcome.findings} onSelect={excel ? select : undefined} />
        </>
      ) : null}
    </section>
  );
}
