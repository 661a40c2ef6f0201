import { useEffect, useState } from 'react';
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Item } from '../../core/spec/schema';
import { usePane } from '../context';
import { fill } from '../strings';
import type { TargetPatch } from '../../core/spec/edit';
import { SpecTargetRow } from './SpecTargetRow';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface SpecItemCardProps {
  item: Item;
  disabled?: boolean;
  onRename: (name: string) => void;
  /** The 责任单位 list as typed ("区卫健局、区妇联"), applied when the box loses focus. */
  onUnits: (text: string) => void;
  onTarget: (targetId: string, patch: TargetPatch) => void;
  onRemoveTarget: (targetId: string) => void;
  /** Add a target the parser missed (filled in on its row). */
  onAddTarget: () => void;
}

/** One parsed item (实事) for review: 序号 and name, its 责任单位 as one editable list, its targets, 添加指标. */
export function SpecItemCard({ item, disabled, onRename, onUnits, onTarget, onRemoveTarget, onAddTarget }: SpecItemCardProps) {
  const { s } = usePane();
  const styles = useStyles();
  const unitsText = item.units.join('、');
  const [units, setUnits] = useState(unitsText);
  useEffect(() => setUnits(unitsText), [unitsText]);
  return (
    <section className={styles.card} aria-label={fill(s.spec.itemHeading, { n: item.number, name: item.name })}>
      <h3 className={styles.heading}>{fill(s.spec.itemHeading, { n: item.number, name: item.name })}</h3>
      <Field label={s.spec.itemName} validationState={item.name.trim() === '' ? 'error' : 'none'}>
        <Input value={item.name} disabled={disabled} onChange={(_, d) => onRename(d.value)} />
      </Field>
      <Field
        label={s.spec.itemUnits}
        hint={s.spec.itemUnitsHint}
        validationState={item.units.length === 0 ? 'warning' : 'none'}
        validationMessage={item.units.length === 0 ? s.spec.itemNoUnits : undefined}
      >
        <Input
          value={units}
          disabled={disabled}
          onChange={(_, d) => setUnits(d.value)}
          onBlur={() => {
            if (units !== unitsText) onUnits(units);
          }}
        />
      </Field>
      {item.targets.length === 0 ? (
        <Text size={200} className={styles.muted}>
          {s.spec.noTargets}
        </Text>
      ) : (
        item.targets.map((t) => (
          <SpecTargetRow
            key={t.id}
            target={t}
            disabled={disabled}
            onChange={(patch) => onTarget(t.id, patch)}
            onRemove={() => onRemoveTarget(t.id)}
          />
        ))
      )}
      <div>
        <Button size="small" disabled={disabled} onClick={onAddTarget} aria-label={`${s.spec.addTarget}（${fill(s.spec.itemHeading, { n: item.number, name: item.name })}）`}>
          {s.spec.addTarget}
        </Button>
      </div>
    </section>
  );
}
