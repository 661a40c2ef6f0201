import { Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { usePane } from '../context';
import type { RequestDetails } from '../../browser/local-store';
import { usePageStyles } from '../styles';

const useStyles = makeStyles({
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  grid: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, minWidth: 0 },
  field: { flex: '1 1 140px', minWidth: 0 },
  input: { width: '100%', minWidth: 0 },
});

export interface RequestFieldsProps {
  value: RequestDetails;
  onChange: (value: RequestDetails) => void;
}

/** 报送期限, 联系人, 电话: their values go into the 催报 and 退回修改 texts at once (no new merge). */
export function RequestFields({ value, onChange }: RequestFieldsProps) {
  const { s } = usePane();
  const styles = useStyles();
  const page = usePageStyles();
  const set = (part: keyof RequestDetails) => (_: unknown, d: { value: string }) => onChange({ ...value, [part]: d.value });
  return (
    <fieldset className={`${page.section} ${styles.fieldset}`}>
      <legend className={page.heading}>{s.desk.request}</legend>
      <div className={styles.grid}>
        <Field label={s.desk.dueDate} className={styles.field}>
          <Input type="date" value={value.dueDate} onChange={set('dueDate')} className={styles.input} />
        </Field>
        <Field label={s.desk.contactName} className={styles.field}>
          <Input value={value.name} onChange={set('name')} className={styles.input} />
        </Field>
        <Field label={s.desk.contactPhone} className={styles.field}>
          <Input type="tel" value={value.phone} onChange={set('phone')} className={styles.input} />
        </Field>
      </div>
      <Text size={200} className={page.help}>
        {s.desk.requestKept}
      </Text>
    </fieldset>
  );
}
