import { mergeReports } from '../../../src/core/merge/merge';
import type { MergeInput } from '../../../src/core/merge/types';
import { readReport } from '../../../src/core/read';
import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';
import { summaryWorkbookPlan } from '../../../src/core/layout/summary';
import { readWorkbook } from '../../../src/xlsx/read';
import { writeWorkbook } from '../../../src/xlsx/write';
import { cellAt } from '../../../src/core/sheet/grid';
import { filledTemplatePlan, unitContent } from '../../../src/core/layout/template-fill';

const spec = LINZI_2026;

/** The known text of `unit` for item `n`: distinct per unit and item, with a line break and a leading =. */
const known = (unit: string, n: number) => `${n === 4 ? '=' : ''}${unit}落实第${n}项：本季度开展${n}场活动。\n第二行：服务${n * 10}人次`;

/** 15 units' files made from the template with known text, written to .xlsx and read back. */
async function receivedFiles(): Promise<MergeInput[]> {
  const out: MergeInput[] = [];
  for (const unit of spec.units) {
    const content = unitContent(spec, unit.id, {
      text: (n) => known(unit.id, n),
      deadline: '2026年12月底',
      cumulative: (t) => (t.kind === 'cumulative' ? 1 : undefined),
      filledOn: '2026年9月28日',
    });
    const file = `${unit.id}-第三季度.xlsx`;
    const bytes = await writeWorkbook(filledTemplatePlan(spec, unit.id, 3, content));
    out.push({ file, report: readReport(readWorkbook(bytes, file), spec), findings: [] });
  }
  return out;
}

describe('merging 15 files made from the template', () => {
  let inputs: MergeInput[];
  beforeAll(async () => {
    inputs = await receivedFiles();
  });

  it('finds every text verbatim in the right item under the right label', () => {
    const summary = mergeReports(inputs, spec, { quarter: 3 });
    expect(summary.roster.units.every((u) => u.status === 'submitted')).toBe(true);
    for (const item of spec.items) {
      const s = summary.items.find((i) => i.number === item.number)!;
      expect(s.progressText).toBe(item.units.map((u) => `【${u}】${known(u, item.number)}`).join('\n'));
      expect(s.deadline).toBe('2026年12月');
    }
  });

  it('sums each cumulative target over its responsible units', () => {
    const summary = mergeReports(inputs, spec, { quarter: 3 });
    for (const item of spec.items) {
      for (const t of item.targets.filter((x) => x.kind === 'cumulative')) {
        expect(summary.targets.find((x) => x.id === t.id)?.total).toBe((t.units ?? item.units).length);
      }
    }
  });

  it('writes a summary whose cells read back with the same texts', async () => {
    const summary = mergeReports(inputs, spec, { quarter: 3 });
    const book = readWorkbook(await writeWorkbook(summaryWorkbookPlan(summary, spec)), 'summary.xlsx');
    const grid = book.sheets.find((g) => g.name === '汇总表')!;
    spec.items.forEach((item, k) => {
      expect(cellAt(grid, 3 + k, 3)?.value).toBe(summary.items[k].progressText);
      expect(cellAt(grid, 3 + k, 1)?.value).toBe(item.name);
    });
  });
});
