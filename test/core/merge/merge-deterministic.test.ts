import { mergeReports } from '../../../src/core/merge/merge';
import { fifteenInputs, makeReport, testSpec } from './fixtures';

/** A seeded shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  let a = seed;
  const rand = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('merge is deterministic', () => {
  const spec = testSpec();
  const inputs = [
    ...fifteenInputs(),
    { file: 'broken.xlsx', findings: [], error: { code: 'file-corrupt', message: '文件已损坏' } },
    { file: 'z-区妇联-修改.xlsx', report: makeReport('z-区妇联-修改.xlsx', '区妇联', { quarter: 3, filledOn: '2026-09-30', texts: { 2: '修改后' } }), findings: [] },
    { file: 'q2-区科协.xlsx', report: makeReport('q2-区科协.xlsx', '区科协', { quarter: 2 }), findings: [] },
  ];

  it('gives a deep-equal summary for shuffled input', () => {
    const first = mergeReports(inputs, spec, { quarter: 3 });
    for (const seed of [1, 2, 3, 42, 2026]) {
      expect(mergeReports(shuffled(inputs, seed), spec, { quarter: 3 })).toEqual(first);
    }
  });

  it('gives the same summary when merging twice', () => {
    expect(mergeReports(inputs, spec, { quarter: 3 })).toEqual(mergeReports(inputs, spec, { quarter: 3 }));
  });

  it('replaces only that unit entries when a corrected file is merged again', () => {
    const before = mergeReports(fifteenInputs(), spec, { quarter: 3 });
    const corrected = {
      file: '02-区妇联-更正.xlsx',
      report: makeReport('02-区妇联-更正.xlsx', '区妇联', { quarter: 3, filledOn: '2026-09-29', texts: { 1: '更正后的文字' } }),
      findings: [],
    };
    const after = mergeReports([...fifteenInputs(), corrected], spec, { quarter: 3 });
    for (const [b, a] of before.items.map((item, i) => [item, after.items[i]] as const)) {
      const otherB = b.entries.filter((e) => e.unit !== '区妇联');
      const otherA = a.entries.filter((e) => e.unit !== '区妇联');
      expect(otherA).toEqual(otherB);
    }
    expect(after.items[0].entries.find((e) => e.unit === '区妇联')).toMatchObject({ status: 'filled', progressText: '更正后的文字', file: '02-区妇联-更正.xlsx' });
    expect(after.items[1].entries.find((e) => e.unit === '区妇联')).toMatchObject({ status: 'empty' });
  });
});
