import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';
import { editDistance, resolveUnit, splitUnitList } from '../../../src/core/text/units';

const ids = (units: { id: string }[]) => units.map((u) => u.id);
const resolvedId = (text: string) => {
  const m = resolveUnit(text, LINZI_2026);
  return m.kind === 'unit' ? m.unit.id : `unknown:${ids(m.suggestions).join(',')}`;
};

describe('resolveUnit on the 2026 units', () => {
  test.each(LINZI_2026.units.map((u) => [u.id, u]))('%s: id, full name and every alias resolve to it', (_, unit) => {
    for (const name of [unit.id, unit.fullName, ...unit.aliases]) expect(resolvedId(name)).toBe(unit.id);
  });

  test.each(LINZI_2026.units.map((u) => [u.id, u]))('%s: full-width, spaced, line-broken and prefixed forms resolve', (_, unit) => {
    const variants = [
      ` ${unit.id} `,
      unit.id.split('').join(' '),
      unit.fullName.replace(/(.{3})/, '$1\n'),
      `淄博市${unit.fullName.replace(/^淄博市/, '')}`,
      `${unit.id}（盖章）`,
      `${unit.id}办公室`,
    ];
    for (const name of variants) expect(resolvedId(name)).toBe(unit.id);
  });

  test.each([
    ['卫健局', '区卫健局'], ['区卫生健康局', '区卫健局'], ['卫生健康局', '区卫健局'], ['临淄区卫健局', '区卫健局'],
    ['人社局', '区人社局'], ['妇联', '区妇联'], ['临淄区妇联', '区妇联'], ['教体局', '区教体局'], ['公安临淄分局', '临淄公安分局'],
    ['临淄区公安分局', '临淄公安分局'], ['医保分局', '临淄医保分局'], ['淄博市临淄区医疗保障分局', '临淄医保分局'], ['团委', '团区委'],
    ['共青团临淄区委', '团区委'], ['中共淄博市临淄区委宣传部', '区委宣传部'], ['宣传部', '区委宣传部'], ['区总工会', '区总工会'],
    ['文旅局', '区文旅局'], ['科协', '区科协'], ['检察院', '区检察院'], ['残联', '区残联'], ['民政局', '区民政局'], ['商务局', '区商务局'],
    ['区卫健局', '区卫健局'], ['区妇联办公室', '区妇联'],
  ])('%s -> %s', (text, id) => {
    expect(resolvedId(text)).toBe(id);
  });

  test('unknown text keeps the text and suggests the closest units', () => {
    expect(resolveUnit('区卫生局', LINZI_2026)).toEqual({
      kind: 'unknown',
      text: '区卫生局',
      suggestions: [LINZI_2026.units.find((u) => u.id === '区卫健局')],
    });
  });

  test('a typo suggests the intended unit first', () => {
    const m = resolveUnit('区妇连', LINZI_2026);
    expect(m.kind).toBe('unknown');
    expect(m.kind === 'unknown' && m.suggestions[0].id).toBe('区妇联');
  });

  test.each(['', '   ', '区政府办公室', '财政局'])('%j is unknown', (text) => {
    expect(resolveUnit(text, LINZI_2026).kind).toBe('unknown');
  });

  test('blank text has no suggestions', () => {
    expect(resolveUnit('  ', LINZI_2026)).toEqual({ kind: 'unknown', text: '  ', suggestions: [] });
  });

  test('no two units share a key (every id resolves to itself)', () => {
    for (const u of LINZI_2026.units) expect(resolvedId(u.id)).toBe(u.id);
  });
});

describe('splitUnitList', () => {
  test.each([
    ['区卫健局\n区妇联', ['区卫健局', '区妇联']],
    ['区卫健局、区妇联', ['区卫健局', '区妇联']],
    ['区卫健局，区妇联,区教体局；区科协;区残联', ['区卫健局', '区妇联', '区教体局', '区科协', '区残联']],
    ['区卫健局 区妇联\u3000区残联', ['区卫健局', '区妇联', '区残联']],
    ['区卫健局\r\n\r\n区妇联\n', ['区卫健局', '区妇联']],
    ['', []],
    ['  \n ', []],
  ])('%j', (text, parts) => {
    expect(splitUnitList(text)).toEqual(parts);
  });
});

test('editDistance counts code points', () => {
  expect(editDistance('区妇联', '区妇连')).toBe(1);
  expect(editDistance('', '妇联')).toBe(2);
  expect(editDistance('卫健局', '卫健局')).toBe(0);
});
