import { clearMarks } from '../../src/excel/mark-findings';
import { validateInExcel } from '../../src/excel/validate-in-excel';
import { memoryStore } from '../../src/excel/mark-store';
import { memorySheetCache } from '../../src/excel/sheet-cache';
import { readWorkbookSpec, writeWorkbookSpec } from '../../src/excel/spec-store';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { MARK_FILLS } from '../../src/core/marks/palette';
import type { Finding } from '../../src/core/validate/finding';
import { strictHost, type HostLevel } from './strict/host';
import { scaledSpec } from './specs';

/**
 * Issue 9: under the real Office.js client, 一键校验 and keeping / reading the 清单 failed with PropertyNotLoaded on
 * every host with ExcelApi ≥ 1.2, because mark-findings and spec-store called `load()` twice on the worksheet
 * collection in one batch (names and visibility, then protection): the client rebuilds `items` from each answer, so
 * the names were gone. One load with every path now.
 */

const LEVELS: HostLevel[] = ['1.4', '1.8', '1.14', 'web'];
const error: Finding = { code: 'progress-empty', severity: 'error', sheet: '进展情况表', cell: 'D5', message: '未填写', hint: '请填写' };
const report = { identity: {}, rows: [], findings: [] };

describe.each(LEVELS)('the worksheet collection loaded once per batch, at host level %s', (level) => {
  it('一键校验 reads the sheet names and marks (first run and from the kept list), 清除标记 clears', async () => {
    const host = strictHost({ level, sheets: [{ name: '进展情况表', rows: [['序号']] }, { name: '指标完成情况', protection: { allowFormatCells: true } }] });
    const store = memoryStore();
    const sheetCache = memorySheetCache();
    for (let run = 0; run < 2; run++) {
      const result = await validateInExcel(host.context(), scaledSpec(2), { validate: () => ({ report, findings: [error] }), support: host.support, store, sheetCache });
      expect(result.marked).toBe(1);
    }
    expect(host.cell('进展情况表', 'D5').fill).toEqual({ color: MARK_FILLS.error, pattern: 'Solid' });
    await expect(clearMarks(host.context(), { support: host.support, store })).resolves.toEqual({ restored: 1, skipped: 0, leftAsIs: [] });
  });

  it('the 清单 is kept and read back', async () => {
    const host = strictHost({ level, sheets: [{ name: '进展情况表' }] });
    await expect(writeWorkbookSpec(host.context(), LINZI_2026, { embedded: true, support: host.support })).resolves.toEqual({ sheet: '_ptmeta', added: true });
    await expect(readWorkbookSpec(host.context(), host.support)).resolves.toEqual({ sheet: '_ptmeta', chosen: true });
    await expect(writeWorkbookSpec(host.context(), LINZI_2026, { embedded: true, support: host.support })).resolves.toEqual({ sheet: '_ptmeta', added: false });
  });
});
