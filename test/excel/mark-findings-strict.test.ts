import { clearMarks, selectCell } from '../../src/excel/mark-findings';
import { validateInExcel, type BookValidator } from '../../src/excel/validate-in-excel';
import { memoryStore, type MarkStore } from '../../src/excel/mark-store';
import { memorySheetCache, type SheetCache } from '../../src/excel/sheet-cache';
import { countSyncs } from '../../src/excel/sync';
import { MARK_FILLS } from '../../src/core/marks/palette';
import { MARK_PREFIX } from '../../src/core/marks/note';
import type { Finding } from '../../src/core/validate/finding';
import type { ProgressReport } from '../../src/core/read/report';
import { HOST_LEVELS, strictHost, WEB_PAYLOAD_LIMIT, type HostLevel, type SheetSpec } from './strict/host';
import { scaledSpec } from './specs';

/**
 * 一键校验 and 清除标记 under the strict host (the real Office.js client, test/excel/strict) at every host level: the
 * marks land as the MarkPlan says, the round trips are those of the README ("在 Excel 中": 一键校验 2, 3 on a first
 * read; 清除标记 2), and the requests stay under the web's 5 MB with 500 findings.
 */

const spec = scaledSpec(2);
const report: ProgressReport = { identity: {}, rows: [], findings: [] };

const finding = (sheet: string, cell: string, severity: Finding['severity'] = 'error', message = '未填写'): Finding => ({
  code: 'progress-empty',
  severity,
  sheet,
  cell,
  message,
  hint: '请填写',
});

const giving =
  (findings: Finding[]): BookValidator =>
  () => ({ report, findings });

const sheets = (): SheetSpec[] => [
  { name: '进展情况表', rows: [['序号', '实事名称'], [1, '两癌检查']], fills: { D5: '#FFF2CC' }, comments: { E6: '填报人自己的批注' } },
  { name: '指标完成情况', rows: [['序号', '指标']] },
];

/** Levels with getItemOrNullObject (1.4): the kept sheet list is used from the second run on. */
const keeps = (level: HostLevel) => level !== '1.1';
/** Levels whose library and host both give comments (ExcelApi 1.10); notes are not in the npm office.js. */
const comments = (level: HostLevel) => ['1.13', '1.14', '1.18', 'web'].includes(level);

async function validate(host: ReturnType<typeof strictHost>, findings: Finding[], store: MarkStore, sheetCache: SheetCache, selectFirst = false) {
  const c = countSyncs();
  const before = host.requests.length;
  try {
    const result = await validateInExcel(host.context(), spec, { validate: giving(findings), support: host.support, store, sheetCache, selectFirst });
    return { result, syncs: c.count, requests: host.requests.length - before };
  } finally {
    c.stop();
  }
}

describe.each(HOST_LEVELS)('一键校验 and 清除标记 at host level %s', (level) => {
  const findings = [
    finding('进展情况表', 'D5'),
    finding('进展情况表', 'D5', 'warning', '完成时限已过'),
    finding('进展情况表', 'E6', 'warning'),
    finding('指标完成情况', 'G4', 'info'),
  ];

  it('marks as planned, in 3 syncs on the first run and 2 on the next; clears in 2, restoring the own fills', async () => {
    const host = strictHost({ level, sheets: sheets() });
    const store = memoryStore();
    const cache = memorySheetCache();
    const first = await validate(host, findings, store, cache, true);
    expect([first.syncs, first.requests]).toEqual([3, 3]);
    expect(first.result).toEqual({ report, findings, marked: 3, notes: comments(level) ? 'comments' : 'none', leftAsIs: [], spec });
    expect(['D5', 'E6'].map((a) => host.cell('进展情况表', a).fill)).toEqual([
      { color: MARK_FILLS.error, pattern: 'Solid' },
      { color: MARK_FILLS.warning, pattern: 'Solid' },
    ]);
    expect(host.cell('指标完成情况', 'G4').fill).toEqual({ color: MARK_FILLS.info, pattern: 'Solid' });
    const notes = host.book.annotations.map((a) => a.content);
    expect(notes).toEqual(
      comments(level)
        ? [
            '填报人自己的批注',
            `${MARK_PREFIX}\n【错误】未填写\n建议：请填写\n【警告】完成时限已过\n建议：请填写`,
            `${MARK_PREFIX}\n【提示】未填写\n建议：请填写`,
          ]
        : ['填报人自己的批注'],
    );
    // The most severe finding's cell is selected.
    expect(host.book.selection).toEqual({ sheetId: host.sheet('进展情况表')!.id, rect: { r0: 4, c0: 3, r1: 4, c1: 3 } });

    const second = await validate(host, findings, store, cache);
    expect([second.syncs, second.requests]).toEqual(keeps(level) ? [2, 2] : [3, 3]);
    expect(second.result.marked).toBe(3);
    expect(host.book.annotations.map((a) => a.content)).toEqual(notes);

    const c = countSyncs();
    const cleared = await clearMarks(host.context(), { support: host.support, store });
    c.stop();
    expect([cleared, c.count]).toEqual([{ restored: 3, skipped: 0, leftAsIs: [] }, 2]);
    expect(['D5', 'E6'].map((a) => host.cell('进展情况表', a).fill)).toEqual([
      { color: '#FFF2CC', pattern: 'Solid' },
      // Below ExcelApi 1.9 there is no fill.pattern: the default white of an unfilled cell reads as "no fill".
      { color: '#FFFFFF', pattern: 'None' },
    ]);
    expect(host.book.annotations.map((a) => a.content)).toEqual(['填报人自己的批注']);
    expect(await store.read()).toEqual([]);
  });

  it('selects a cell in 1 sync', async () => {
    const host = strictHost({ level, sheets: sheets() });
    const c = countSyncs();
    await selectCell(host.context(), '指标完成情况', 'G4');
    c.stop();
    expect([c.count, host.book.selection]).toEqual([1, { sheetId: host.sheet('指标完成情况')!.id, rect: { r0: 3, c0: 6, r1: 3, c1: 6 } }]);
  });
});

describe('一键校验 with 500 findings on Excel on the web', () => {
  it('marks them in 2 syncs from the kept list, every request and response under 5 MB', async () => {
    const names = Array.from({ length: 15 }, (_, i) => `表${i + 1}`);
    const host = strictHost({ level: 'web', sheets: names.map((name) => ({ name, rows: [['序号', '实事名称'], [1, '实事']] })) });
    const findings = Array.from({ length: 500 }, (_, i) => finding(names[i % 15], `D${i + 2}`, i % 2 ? 'warning' : 'error'));
    const store = memoryStore();
    const cache = memorySheetCache();
    await validate(host, findings, store, cache);
    const second = await validate(host, findings, store, cache);
    expect([second.syncs, second.result.marked, second.result.notes]).toEqual([2, 500, 'comments']);
    expect(host.book.annotations).toHaveLength(500);
    const sizes = host.requests.flatMap((r) => [r.bytesIn, r.bytesOut]);
    expect(sizes.filter((b) => b >= WEB_PAYLOAD_LIMIT)).toEqual([]);
  });
});

describe('marking again and clearing, from marks remembered by an earlier run (ExcelApi 1.18: comments)', () => {
  it('restores the previous marks before marking again, and deletes only its own notes', async () => {
    const host = strictHost({
      level: '1.18',
      sheets: [
        {
          name: '进展情况表',
          rows: [['序号']],
          fills: { D5: MARK_FILLS.error, D9: MARK_FILLS.warning },
          comments: { D5: `${MARK_PREFIX}\n旧的问题`, B2: '填报人自己的批注' },
        },
      ],
    });
    const store = memoryStore([
      { sheet: '进展情况表', cell: 'D9', fill: null, note: false },
      { sheet: '进展情况表', cell: 'D5', fill: '#FFF2CC', note: true },
      { sheet: '已删除的表', cell: 'A1', fill: null, note: false },
    ]);
    const { result } = await validate(host, [finding('进展情况表', 'D5')], store, memorySheetCache());
    expect([result.marked, result.leftAsIs]).toEqual([1, []]);
    expect(host.cell('进展情况表', 'D9').fill.pattern).toBe('None');
    expect(host.cell('进展情况表', 'D5').fill).toEqual({ color: MARK_FILLS.error, pattern: 'Solid' });
    const where = (a: { row: number; col: number }) => `${String.fromCharCode(65 + a.col)}${a.row + 1}`;
    expect(host.book.annotations.map((a) => [where(a), a.content]).sort()).toEqual([
      ['B2', '填报人自己的批注'],
      ['D5', `${MARK_PREFIX}\n【错误】未填写\n建议：请填写`],
    ]);
    // The own fill under the old mark is remembered, not the old mark's colour.
    expect(await store.read()).toEqual([{ sheet: '进展情况表', cell: 'D5', fill: '#FFF2CC', note: true }]);
  });

  it('leaves alone a stored address that no longer shows a mark (rows inserted or deleted) and counts it', async () => {
    // A row was inserted above D5: the mark moved to D6, and D5 now holds another cell (light yellow, the user's).
    const host = strictHost({
      level: '1.18',
      sheets: [
        { name: '进展情况表', rows: [['序号']], fills: { D5: '#FFFF99', D6: MARK_FILLS.error } },
        { name: '指标完成情况', rows: [['序号']], fills: { G4: MARK_FILLS.warning.toLowerCase() } },
      ],
    });
    const store = memoryStore([
      { sheet: '进展情况表', cell: 'D5', fill: null, note: false },
      { sheet: '指标完成情况', cell: 'G4', fill: null, note: false },
    ]);
    const c = countSyncs();
    expect(await clearMarks(host.context(), { support: host.support, store })).toEqual({ restored: 1, skipped: 1, leftAsIs: [] });
    c.stop();
    expect(c.count).toBe(2);
    expect(host.cell('进展情况表', 'D5').fill).toEqual({ color: '#FFFF99', pattern: 'Solid' });
    expect(host.cell('进展情况表', 'D6').fill).toEqual({ color: MARK_FILLS.error, pattern: 'Solid' });
    expect(host.cell('指标完成情况', 'G4').fill.pattern).toBe('None');
  });
});
