import { RIBBON_IDS } from '../../src/wps/addin/ribbon';
import { baseOf, install, onAction, type EntryDeps } from '../../src/wps/addin/main';
import { wpsHost as wpsPaneHost } from '../../src/taskpane/usecases/wps';
import { errorText } from '../../src/taskpane/error-text';
import { LINZI_2026 } from '../helpers/fixtures';
import { wpsHost, type WpsHost } from './fake/host';

/**
 * The ribbon's functions (src/wps/addin/main.ts) and the pane's WPS use-cases over the fake WPS: 一键校验 without the
 * pane tells the result in Excel's words (commands/result-text), 插入 and 清除标记 work from the ribbon, 打开助手 opens
 * one task pane and shows it again on the next click, and a failure is a sentence, never a crash.
 */

function depsFor(host: WpsHost | undefined) {
  const said: string[] = [];
  const panes: string[] = [];
  const storage = new Map<string, unknown>();
  const visible: Record<string, boolean> = {};
  const app = host
    ? Object.assign(host.app, {
        CreateTaskPane: (url: string) => {
          panes.push(url);
          const id = `pane${panes.length}`;
          return { ID: id, set Visible(v: boolean) { visible[id] = v; }, get Visible() { return visible[id]; } };
        },
        GetTaskPane: (id: string | number) => (visible[String(id)] !== undefined ? { set Visible(v: boolean) { visible[String(id)] = v; }, get Visible() { return visible[String(id)]; } } : null),
        PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: unknown) => void storage.set(k, v) },
      })
    : undefined;
  const deps: EntryDeps = { app, say: (t) => said.push(t), base: 'https://intranet.example/progress-table/wps/' };
  return { deps, said, panes, visible };
}

test('the globals WPS calls: OnAddinLoad answers true, OnAction runs the button', () => {
  const target: Record<string, unknown> = {};
  const { deps, said } = depsFor(wpsHost());
  install(target, () => deps);
  expect((target.OnAddinLoad as () => boolean)()).toBe(true);
  expect((target.OnAction as (c: { Id: string }) => boolean)({ Id: RIBBON_IDS.validate })).toBe(true);
  expect(said).toHaveLength(1);
  expect(baseOf('https://intranet.example/pt/wps/index.html?x=1')).toBe('https://intranet.example/pt/wps/');
});

test('插入, then 一键校验 from the ribbon (the empty table: errors, marked), then 清除标记', () => {
  const host = wpsHost();
  const { deps, said } = depsFor(host);
  onAction(deps, RIBBON_IDS.insertTemplate);
  expect(said[0]).toMatch(/^已插入工作表：进展情况表、指标完成情况。$/);
  host.calls = 0;
  onAction(deps, RIBBON_IDS.validate);
  expect(said[1]).toMatch(/^暂不能报送\n发现 \d+ 个错误、\d+ 个警告，已在单元格上标出。$/);
  expect(host.book.selected?.sheet).toBe('进展情况表');
  onAction(deps, RIBBON_IDS.clearMarks);
  expect(said[2]).toMatch(/^已清除 \d+ 个单元格的标记。$/);
  expect([...host.sheet('进展情况表').cells.values()].some((c) => c.comment !== undefined)).toBe(false);
});

test('打开助手 opens one task pane at the add-in\'s address and shows it again; 汇总 opens it on the summary page', () => {
  const { deps, panes, visible } = depsFor(wpsHost());
  onAction(deps, RIBBON_IDS.openPane);
  onAction(deps, RIBBON_IDS.openPane);
  expect(panes).toEqual(['https://intranet.example/progress-table/wps/taskpane.html?page=template']);
  expect(visible).toEqual({ pane1: true });
  const other = depsFor(wpsHost());
  onAction(other.deps, RIBBON_IDS.summary);
  expect(other.panes).toEqual(['https://intranet.example/progress-table/wps/taskpane.html?page=summary']);
});

test('no workbook open: the ribbon and the pane say so in a sentence', async () => {
  const host = wpsHost({ noWorkbook: true });
  const { deps, said } = depsFor(host);
  onAction(deps, RIBBON_IDS.validate);
  expect(said).toEqual(['校验未完成\n没有打开的工作簿。请先在 WPS 表格中打开或新建一个工作簿，再点一次。']);
  const error = await wpsPaneHost(LINZI_2026, host.app).workbook.validateWorkbook(3).catch((e: unknown) => e);
  expect(errorText(error, 'zh-CN')).toBe('没有打开的工作簿。请先在 WPS 表格中打开或新建一个工作簿，再点一次。');
});

test('the pane\'s WPS use-cases: insert, validate with marks, select, clear, merge the sheets, write the summary', async () => {
  const host = wpsHost();
  const uc = wpsPaneHost(LINZI_2026, host.app);
  expect(uc.host).toBe('wps');
  const inserted = await uc.workbook.insertTemplate({ quarter: 3, unit: '区卫健局' });
  expect(inserted.sheets).toContain('进展情况表');
  const outcome = await uc.workbook.validateWorkbook(3);
  expect(outcome.marks?.notes).toBe('comments');
  const first = outcome.findings.find((f) => f.cell && f.sheet === '进展情况表')!;
  await uc.workbook.selectCell(first.sheet!, first.cell!);
  expect(host.book.selected).toEqual({ sheet: '进展情况表', cell: first.cell });
  expect((await uc.workbook.clearMarks()).skipped).toBe(0);
  const merged = await uc.workbook.mergeSheets({ quarter: 3, layout: 'official' });
  expect(merged.inputs.length).toBe(1);
  const written = await uc.workbook.writeSummary(merged, false);
  expect(written.sheets.length).toBeGreaterThan(0);
  expect(await uc.workbook.findOwnSummary()).toEqual([{ quarter: 3, sheets: written.sheets }]);
});
