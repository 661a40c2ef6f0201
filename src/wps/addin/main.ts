import './polyfills';
import { templateWorkbookPlan } from '../../core/layout';
import { LINZI_2026 } from '../../core/spec/linzi-2026';
import { specOfBook } from '../../core/spec/of-book';
import { defaultQuarter } from '../../core/text/quarter';
import { validateBook } from '../../core/validate/index';
import { resultText, type CommandResult } from '../../commands/result-text';
import { fill, STRINGS } from '../../taskpane/strings';
import { todayIso } from '../../core/text/today';
import { isEmbeddedSpec } from '../../taskpane/usecases/spec-store';
import { wpsApplication, type WpsAddinHost, type WpsApplication } from '../api';
import { insertWorkbookPlan } from '../apply-plan';
import { hostCall, wpsErrorMessage } from '../errors';
import { clearMarks } from '../mark-findings';
import { activeWorkbook, readWorkbook, validateInWps } from '../validate-in-wps';
import { RIBBON_IDS } from './ribbon';

/**
 * The entry page of the WPS 加载项 (dist/wps/index.html loads this as main.js): the functions ribbon.xml names.
 * WPS calls `OnAddinLoad(ribbonUI)` once when it builds the ribbon and `OnAction(control)` on a click, with the
 * button's `control.Id` (WPS 开放平台, "WPS 加载项开发说明" and its ribbon examples). The functions must be globals
 * of the page.
 *
 * - 打开助手 / 汇总: open the task pane (`Application.CreateTaskPane(url)`, kept in PluginStorage so a second click shows
 *   the same pane), on the 模板 or 汇总 page (汇总 needs files to be chosen, which only the pane can do).
 * - 插入进展情况表: insert the table of the quarter being reported now (core `defaultQuarter`), for every unit, with the
 *   spec the workbook keeps.
 * - 一键校验: validate and mark without the pane, select the first problem, and tell the result in a message box in
 *   the same words as Excel's result dialog (commands/result-text).
 * - 清除标记: restore the marked cells.
 * Nothing here throws into WPS: a failure becomes a sentence (wps/errors) in the message box.
 */

const zh = STRINGS['zh-CN'];

/** What the entry page needs from its page and host (tests pass their own). */
export interface EntryDeps {
  app: (WpsApplication & Partial<WpsAddinHost>) | undefined;
  /** Shows a message to the user (the page's `alert`, which WPS shows as a message box). */
  say: (text: string) => void;
  /** The folder URL of the 加载项's pages (where taskpane.html is), ending with "/". */
  base: string;
}

const PANE_KEY = 'progress-table.taskpane';

/** Open (or show again) the task pane on `page`. */
export function openPane(deps: EntryDeps, page: 'template' | 'summary'): void {
  const app = deps.app;
  if (!app?.CreateTaskPane || !app.PluginStorage) {
    deps.say(wpsErrorMessage(undefined, 'zh-CN'));
    return;
  }
  const kept = app.PluginStorage.getItem(PANE_KEY);
  const existing = kept !== null && kept !== undefined && kept !== '' ? app.GetTaskPane?.(kept as string) : null;
  if (existing) {
    existing.Visible = true;
    return;
  }
  const pane = app.CreateTaskPane(`${deps.base}taskpane.html?page=${page}`);
  app.PluginStorage.setItem(PANE_KEY, pane.ID);
  pane.Visible = true;
}

/** 一键校验 without the pane: the result as Excel's dialog words it. */
export function validateCommand(app: WpsApplication): CommandResult {
  try {
    const today = todayIso();
    const { findings, leftAsIs } = hostCall(() =>
      validateInWps(app, LINZI_2026, { validate: (book, s, o) => validateBook(book, s, { ...o, today }), specOf: (book) => specOfBook(book).spec, selectFirst: true }),
    );
    const unmarked = leftAsIs.filter((l) => l.reason === 'protected').map((l) => l.sheet);
    return {
      kind: 'done',
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      ...(unmarked.length ? { unmarked } : {}),
    };
  } catch (error) {
    return { kind: 'failed', message: wpsErrorMessage(error, 'zh-CN') };
  }
}

/** 插入进展情况表 without the pane: the current quarter's table for every unit. Returns the sentence to show. */
export function insertCommand(app: WpsApplication): string {
  try {
    return hostCall(() => {
      const workbook = activeWorkbook(app);
      const spec = specOfBook(readWorkbook(workbook).book).spec;
      const plan = templateWorkbookPlan(spec, { quarter: defaultQuarter(new Date()), createdAt: new Date().toISOString(), embedSpec: !isEmbeddedSpec(spec) });
      const result = insertWorkbookPlan(workbook, plan);
      return fill(zh.inserted, { sheets: result.visible.join('、') });
    });
  } catch (error) {
    return wpsErrorMessage(error, 'zh-CN');
  }
}

/** 清除标记 without the pane. Returns the sentence to show. */
export function clearCommand(app: WpsApplication): string {
  try {
    const { restored } = hostCall(() => clearMarks(activeWorkbook(app)));
    return fill(zh.marksCleared, { n: String(restored) });
  } catch (error) {
    return wpsErrorMessage(error, 'zh-CN');
  }
}

/** What a click on `id` does. Never throws. */
export function onAction(deps: EntryDeps, id: string): void {
  const app = deps.app;
  try {
    if (id === RIBBON_IDS.openPane) openPane(deps, 'template');
    else if (id === RIBBON_IDS.summary) openPane(deps, 'summary');
    else if (!app) deps.say(wpsErrorMessage(undefined, 'zh-CN'));
    else if (id === RIBBON_IDS.validate) {
      const { title, text } = resultText(validateCommand(app));
      deps.say(`${title}\n${text}`);
    } else if (id === RIBBON_IDS.insertTemplate) deps.say(insertCommand(app));
    else if (id === RIBBON_IDS.clearMarks) deps.say(clearCommand(app));
  } catch (error) {
    deps.say(wpsErrorMessage(error, 'zh-CN'));
  }
}

/** The page's folder URL ("…/wps/") from its own address. */
export function baseOf(href: string): string {
  return href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
}

/** Install the ribbon callbacks as globals of the page (what WPS calls by the names in ribbon.xml). */
export function install(target: Record<string, unknown>, deps: () => EntryDeps): void {
  target.OnAddinLoad = () => true;
  target.OnAction = (control: { Id?: string } | undefined) => {
    onAction(deps(), String(control?.Id ?? ''));
    return true;
  };
}

if (typeof window !== 'undefined') {
  install(window as unknown as Record<string, unknown>, () => ({ app: wpsApplication(), say: (text) => window.alert(text), base: baseOf(window.location.href) }));
}
