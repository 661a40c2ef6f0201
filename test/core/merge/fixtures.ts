import type { Quarter, TemplateSpec } from '../../../src/core/spec/schema';
import type { IndicatorRow, ProgressReport, ProgressRow, ReadCell } from '../../../src/core/read/report';
import type { MergeInput } from '../../../src/core/merge/types';
import { a1 } from '../../../src/core/sheet/grid';
import { testColumns } from '../../helpers/specs';

/** The 15 responsible units of the 2026 notice, in the order they first appear. */
export const UNITS = [
  '区人社局', '区妇联', '区商务局', '区卫健局', '区教体局', '区委宣传部', '区文旅局', '区科协',
  '区检察院', '区总工会', '团区委', '临淄公安分局', '区残联', '区民政局', '临淄医保分局',
];

const ITEM_UNITS: string[][] = [
  ['区人社局', '区妇联', '区商务局'],
  ['区卫健局', '区妇联'],
  ['区教体局'],
  ['区委宣传部', '区妇联', '区教体局'],
  ['区卫健局', '区教体局'],
  ['区文旅局', '区科协', '区教体局'],
  ['区妇联', '区检察院'],
  ['区总工会', '团区委', '区妇联'],
  ['区妇联', '临淄公安分局', '区总工会', '区检察院', '区残联'],
  ['区民政局', '临淄医保分局', '区妇联'],
];

/** A small spec shaped like the 2026 list: 10 items, the notice's units per item, a few targets of each kind. */
export function testSpec(): TemplateSpec {
  return {
    id: 'test-2026',
    version: '1',
    year: 2026,
    listTitle: '2026年为全区妇女儿童办实事项目清单',
    tableTitle: '2026年为全区妇女儿童办实事工作进展情况表',
    issuer: '临淄区人民政府办公室',
    documentNumber: '临政办字〔2026〕2号',
    coordinator: '区妇联',
    columns: testColumns(),
    units: UNITS.map((id) => ({ id, fullName: `临淄${id}全称`, aliases: [] })),
    items: ITEM_UNITS.map((units, i) => ({
      number: i + 1,
      name: `实事${i + 1}`,
      description: '',
      units,
      targets:
        i === 0
          ? [
              { id: '1.1', text: '不少于2场次', metric: '专场招聘活动', comparator: '>=' as const, value: 2, measure: '场次', kind: 'cumulative' as const },
              { id: '1.2', text: '16场', metric: '巾帼电商公益课堂', comparator: '=' as const, value: 16, measure: '场', kind: 'cumulative' as const, units: ['区妇联', '区商务局'] },
            ]
          : i === 1
            ? [
                { id: '2.1', text: '1.9万名', metric: '“两癌”免费检查', comparator: '=' as const, value: 19000, measure: '名', kind: 'cumulative' as const, units: ['区卫健局'] },
                { id: '2.2', text: '每人1万元', metric: '救助', comparator: '=' as const, value: 10000, measure: '元', kind: 'per-person' as const },
              ]
            : i === 4
              ? [{ id: '5.1', text: '达到90%以上', metric: '产前筛查率', comparator: '>=' as const, value: 90, measure: '%', kind: 'rate' as const }]
              : [],
    })),
  };
}

function cell(row: number, col: number, value: string | number | null): ReadCell {
  const text = value === null ? '' : String(value);
  return { cell: a1(row, col), raw: value === null ? undefined : { value, text }, text };
}

/** Options of a report made by hand (as readReport would give it). */
export interface ReportOptions {
  quarter?: Quarter;
  filledOn?: string;
  /** Progress text per item number; items not named are blank. */
  texts?: Record<number, string>;
  /** 完成时限 per item number. */
  deadlines?: Record<number, string>;
  /** 累计完成 per target id. */
  cumulative?: Record<string, string | number>;
  unitText?: string;
}

/** A ProgressReport for `unit` (a spec unit id, or undefined for a file with no unit) from file `file`. */
export function makeReport(file: string, unit: string | undefined, o: ReportOptions = {}): ProgressReport {
  const spec = testSpec();
  const rows: ProgressRow[] = spec.items.map((item, k) => {
    const row = 3 + k;
    return {
      row,
      itemNumber: item.number,
      number: cell(row, 0, item.number),
      name: cell(row, 1, item.name),
      unit: cell(row, 2, item.units.join('\n')),
      progressText: cell(row, 3, o.texts?.[item.number] ?? null),
      deadline: cell(row, 4, o.deadlines?.[item.number] ?? null),
    };
  });
  const indicators: IndicatorRow[] = [];
  let r = 3;
  for (const item of spec.items) {
    for (const t of item.targets) {
      indicators.push({
        row: r,
        targetId: t.id,
        itemNumber: item.number,
        metric: cell(r, 3, t.metric),
        quarterValue: cell(r, 7, null),
        cumulativeValue: cell(r, 8, o.cumulative?.[t.id] ?? null),
      });
      r++;
    }
  }
  return {
    file,
    sheet: '进展情况表',
    identity: {
      ...(unit ? { unit, unitText: o.unitText ?? unit, unitSource: 'sheet' as const, unitCell: 'A2' } : o.unitText ? { unitText: o.unitText } : {}),
      ...(o.quarter !== undefined ? { quarter: o.quarter, quarterSource: 'title' as const, quarterCell: 'A1' } : {}),
      ...(o.filledOn ? { filledOn: o.filledOn } : {}),
    },
    header: { row: 2, columns: { number: 0, name: 1, unit: 2, progressText: 3, deadline: 4 } },
    rows,
    indicators: { sheet: '指标完成情况', rows: indicators },
    findings: [],
  };
}

/** The known text of `unit` for item `n`. */
export function knownText(unit: string, n: number): string {
  return `${unit}第${n}项：本季度开展活动${n}场，服务群众${n * 100}人次。`;
}

/** Inputs of all 15 units for quarter 3, each filling its own items with `knownText` and deadline 2026年12月底. */
export function fifteenInputs(quarter: Quarter = 3): MergeInput[] {
  const spec = testSpec();
  return UNITS.map((unit, i) => {
    const texts: Record<number, string> = {};
    const deadlines: Record<number, string> = {};
    for (const item of spec.items) {
      if (item.units.includes(unit)) {
        texts[item.number] = knownText(unit, item.number);
        deadlines[item.number] = '2026年12月底';
      }
    }
    const cumulative: Record<string, string | number> = {};
    if (unit === '区人社局') cumulative['1.1'] = 1;
    if (unit === '区妇联') Object.assign(cumulative, { '1.1': '1场', '1.2': '三场', '2.2': 10000 });
    if (unit === '区商务局') Object.assign(cumulative, { '1.1': 2, '1.2': 9 });
    if (unit === '区卫健局') Object.assign(cumulative, { '2.1': '1.5万', '5.1': '92%' });
    if (unit === '区教体局') cumulative['5.1'] = 96;
    const file = `${String(i + 1).padStart(2, '0')}-${unit}.xlsx`;
    return { file, report: makeReport(file, unit, { quarter, filledOn: '2026-09-28', texts, deadlines, cumulative }), findings: [] };
  });
}
