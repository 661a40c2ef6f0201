import { useState } from 'react';
import { Button, Field, Select, Text } from '@fluentui/react-components';
import type { Quarter } from '../../core/spec/schema';
import { QuarterField } from '../components/QuarterField';
import { StatusMessage } from '../components/StatusMessage';
import { currentQuarter, usePane } from '../context';
import { fill } from '../strings';
import { usePageStyles } from '../styles';
import { useJob } from '../use-job';

/**
 * 模板: choose the quarter and the unit; in Excel insert the official table (插入进展情况表), in a browser download
 * it as .xlsx (下载模板).
 */
export function TemplatePage() {
  const { host, s, spec } = usePane();
  const styles = usePageStyles();
  const [quarter, setQuarter] = useState<Quarter>(currentQuarter());
  const [unit, setUnit] = useState('');
  const { busy, status, run } = useJob();
  const req = { quarter, ...(unit ? { unit } : {}) };
  const act = () =>
    run(async () => {
      if (host.workbook) {
        const r = await host.workbook.insertTemplate(req);
        const text = fill(s.inserted, { sheets: r.sheets.join('、') });
        return r.skipped.length
          ? { intent: 'warning', text: `${text}${fill(s.insertedSkipped, { features: r.skipped.map((f) => s.planFeature[f]).join(s.listSeparator) })}` }
          : { intent: 'success', text };
      }
      const r = await host.files.downloadTemplate(req);
      return { intent: 'success', text: fill(s.downloaded, { file: r.fileName }) };
    });
  return (
    <section className={styles.page} aria-labelledby="tab-template">
      <Text className={styles.help}>{s.templateHelp}</Text>
      <QuarterField value={quarter} onChange={(q) => q && setQuarter(q)} disabled={busy} />
      <Field label={s.unit}>
        <Select value={unit} disabled={busy} onChange={(_, d) => setUnit(d.value)}>
          <option value="">{s.unitAny}</option>
          {spec.units.map((u) => (
            <option key={u.id} value={u.id}>
              {u.id}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy} onClick={act}>
          {busy ? s.working : host.workbook ? s.insertTemplate : s.downloadTemplate}
        </Button>
      </div>
      <StatusMessage status={status} />
    </section>
  );
}
