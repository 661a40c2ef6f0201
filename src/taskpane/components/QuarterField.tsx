import { Field, Select } from '@fluentui/react-components';
import type { Quarter } from '../../core/spec/schema';
import { quarterText, usePane } from '../context';

export interface QuarterFieldProps {
  /** The chosen quarter, or undefined for "as the file says" (only when `allowAny`). */
  value: Quarter | undefined;
  onChange: (q: Quarter | undefined) => void;
  /** Offer "按文件中的季度" (no quarter imposed). */
  allowAny?: boolean;
  disabled?: boolean;
}

/** The quarter picker: 第一季度 … 第四季度 (a native select: keyboard and screen-reader friendly, fits 350 px). */
export function QuarterField({ value, onChange, allowAny, disabled }: QuarterFieldProps) {
  const { s, lang } = usePane();
  return (
    <Field label={s.quarter}>
      <Select
        value={value === undefined ? '' : String(value)}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value === '' ? undefined : (Number(data.value) as Quarter))}
      >
        {allowAny ? <option value="">{s.quarterFromFile}</option> : null}
        {([1, 2, 3, 4] as Quarter[]).map((q) => (
          <option key={q} value={String(q)}>
            {quarterText(q, lang)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
