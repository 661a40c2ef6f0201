import { useState } from 'react';
import { Button, Field, Input, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ComparatorSchema, TargetKindSchema, type Comparator, type Target, type TargetKind } from '../../core/spec/schema';
import { toHalfWidth } from '../../core/text/normalize';
import { usePane } from '../context';
import { fill } from '../strings';
import type { TargetPatch } from '../../core/spec/edit';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  fields: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(120px, 1fr))', gap: tokens.spacingHorizontalS },
  text: { overflowWrap: 'anywhere' },
});

export interface SpecTargetRowProps {
  target: Target;
  disabled?: boolean;
  onChange: (patch: TargetPatch) => void;
  onRemove: () => void;
}

/**
 * One target of the parsed list for review: the figure as written and what it counts, then what it counts (its name,
 * 指标名称), its value (a number;
 * full-width digits accepted; applied while typing whenever it reads as a number), measure (计量单位), requirement
 * (comparator) and kind, and a button that deletes a figure read by mistake.
 */
export function SpecTargetRow({ target, disabled, onChange, onRemove }: SpecTargetRowProps) {
  const { s } = usePane();
  const styles = useStyles();
  const [valueText, setValueText] = useState(String(target.value));
  const valueNumber = Number(toHalfWidth(valueText).replace(/[,\s]/g, ''));
  const valueBad = valueText.trim() === '' || !Number.isFinite(valueNumber);
  return (
    <div className={styles.row} data-target={target.id}>
      <Text size={200} className={styles.text}>
        {fill(s.spec.target, { id: target.id, text: target.text, metric: target.metric })}
      </Text>
      <Field label={s.spec.metric} size="small" validationState={target.metric.trim() === '' ? 'error' : 'none'}>
        <Input value={target.metric} disabled={disabled} onChange={(_, d) => onChange({ metric: d.value })} />
      </Field>
      <div className={styles.fields}>
        <Field label={s.spec.comparator} size="small">
          <Select value={target.comparator} disabled={disabled} onChange={(_, d) => onChange({ comparator: d.value as Comparator })}>
            {ComparatorSchema.options.map((c) => (
              <option key={c} value={c}>
                {s.spec.comparators[c]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.spec.value} size="small" validationState={valueBad ? 'error' : 'none'}>
          <Input
            value={valueText}
            inputMode="decimal"
            disabled={disabled}
            onChange={(_, d) => {
              setValueText(d.value);
              const n = Number(toHalfWidth(d.value).replace(/[,\s]/g, ''));
              if (d.value.trim() !== '' && Number.isFinite(n)) onChange({ value: n });
            }}
          />
        </Field>
        <Field label={s.spec.measure} size="small" validationState={target.measure.trim() === '' ? 'error' : 'none'}>
          <Input value={target.measure} disabled={disabled} onChange={(_, d) => onChange({ measure: d.value })} />
        </Field>
        <Field label={s.spec.kind} size="small">
          <Select value={target.kind} disabled={disabled} onChange={(_, d) => onChange({ kind: d.value as TargetKind })}>
            {TargetKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {s.spec.kinds[k]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div>
        <Button size="small" appearance="subtle" disabled={disabled} onClick={onRemove}>
          {s.spec.removeTarget}
        </Button>
      </div>
    </div>
  );
}
