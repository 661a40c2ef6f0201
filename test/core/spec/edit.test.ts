import { removeTarget, renameItem, setCoordinator, setItemUnits, setYear, tidySpec, updateTarget } from '../../../src/core/spec/edit';
import { parseNotice } from '../../../src/core/spec/parse-notice';
import type { SpecDraft } from '../../../src/core/spec/schema';
import { NOTICE_2027 } from '../../helpers/specs';

/**
 * The 2027 test notice as parsed (item 1: 区人社局、区妇联, targets 1.1 and 1.2; item 2: 区卫健局, targets 2.1 and 2.2),
 * with what a notice may also say: 区人社局 leads item 1 and target 1.1 is its alone.
 */
function parsedSpec(): SpecDraft {
  const spec = parseNotice(NOTICE_2027).spec;
  const [first, second] = spec.items;
  const [t11, t12] = first.targets;
  return { ...spec, items: [{ ...first, leadUnits: ['区人社局'], targets: [{ ...t11, units: ['区人社局'] }, t12] }, second] };
}

test('renameItem sets the name as typed and leaves the argument as it was', () => {
  const spec = parsedSpec();
  const renamed = renameItem(spec, 2, ' 妇女健康 ');
  expect(renamed).toEqual({ ...spec, items: [spec.items[0], { ...spec.items[1], name: ' 妇女健康 ' }] });
  expect(spec).toEqual(parsedSpec());
});

test('an unknown item number or target id returns the spec unchanged', () => {
  const spec = parsedSpec();
  expect(renameItem(spec, 9, 'x')).toBe(spec);
  expect(updateTarget(spec, '9.1', { value: 1 })).toBe(spec);
  expect(removeTarget(spec, '9.1')).toBe(spec);
});

test('tidySpec trims item names and target measures', () => {
  const spec = parsedSpec();
  const typed = updateTarget(renameItem(spec, 1, ' 招聘 '), '1.2', { measure: ' 个 ' });
  const [t11, t12] = spec.items[0].targets;
  expect(tidySpec(typed)).toEqual({ ...spec, items: [{ ...spec.items[0], name: '招聘', targets: [t11, { ...t12, measure: '个' }] }, spec.items[1]] });
});

test('updateTarget changes only the named fields of one target', () => {
  const spec = parsedSpec();
  const [t21, t22] = spec.items[1].targets;
  expect(updateTarget(spec, '2.1', { comparator: '>=', value: 13000 })).toEqual({
    ...spec,
    items: [spec.items[0], { ...spec.items[1], targets: [{ ...t21, comparator: '>=', value: 13000 }, t22] }],
  });
});

test('removeTarget deletes one target and the others keep their ids', () => {
  const spec = parsedSpec();
  expect(removeTarget(spec, '1.1').items[0]).toEqual({ ...spec.items[0], targets: [spec.items[0].targets[1]] });
});

test('setItemUnits resolves aliases, adds a new unit with an inferred full name and keeps units other items name', () => {
  const spec = parsedSpec();
  const result = setItemUnits(spec, 2, '卫健局、区教体局');
  expect(result).toEqual({
    spec: {
      ...spec,
      units: [...spec.units, { id: '区教体局', fullName: '临淄区教育和体育局', aliases: ['教体局', '教育和体育局'] }],
      items: [spec.items[0], { ...spec.items[1], units: ['区卫健局', '区教体局'] }],
    },
    added: ['区教体局'],
  });
});

test("setItemUnits drops lead and target units no longer among the item's, and a unit no item names", () => {
  const spec = parsedSpec();
  const { leadUnits: _lead, ...first } = spec.items[0];
  const [t11, t12] = first.targets;
  const { units: _units, ...t11Bare } = t11;
  expect(setItemUnits(spec, 1, '区妇联')).toEqual({
    spec: {
      ...spec,
      units: spec.units.filter((u) => u.id !== '区人社局'),
      items: [{ ...first, units: ['区妇联'], targets: [t11Bare, t12] }, spec.items[1]],
    },
    added: [],
  });
});

test('setYear sets or clears the year of a draft; setCoordinator takes a unit by any of its names, else the text', () => {
  const spec = parsedSpec();
  const { year: _year, ...noYear } = spec;
  expect(setYear(noYear, 2031)).toEqual({ ...noYear, year: 2031 });
  expect(setYear(spec, undefined)).toEqual(noYear);
  expect(setCoordinator(spec, ' 人社局 ').coordinator).toBe('区人社局');
  expect(setCoordinator(spec, ' 区妇儿工委办 ').coordinator).toBe('区妇儿工委办');
});

test('choosing a kind settles a total-or-per-person doubt', () => {
  const spec = parsedSpec();
  const doubtful = updateTarget(spec, '1.1', {});
  doubtful.items[0].targets[0] = { ...doubtful.items[0].targets[0], doubt: 'total-or-per-person' };
  const settled = updateTarget(doubtful, '1.1', { kind: 'per-person' });
  const { doubt: _doubt, ...rest } = doubtful.items[0].targets[0];
  expect(settled.items[0].targets[0]).toEqual({ ...rest, kind: 'per-person' });
  expect(updateTarget(doubtful, '1.1', { value: 3 }).items[0].targets[0].doubt).toBe('total-or-per-person');
});
