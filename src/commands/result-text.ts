/**
 * What the ribbon's 一键校验 tells the user, in its result dialog (result.html). The command passes the outcome to the
 * dialog page in the page's query string (DialogApi 1.1 has no message from host to dialog), e.g. `?e=2&w=1`, or
 * `?m=<sentence>` when Excel failed (the sentence from excel/errors, never a raw error message). Pure: shared by the
 * command (src/commands/validate-command.ts) and the page (src/commands/result.ts).
 */

/**
 * The outcome of one 一键校验: counts of errors and warnings found and the sheets left unmarked because of their
 * protection (`unmarked`, tab order; omitted when none), or the sentence of a failure.
 */
export type CommandResult = { kind: 'done'; errors: number; warnings: number; unmarked?: string[] } | { kind: 'failed'; message: string };

/** The query string ("?e=2&w=1" / "?m=…") carrying `result` to the dialog page. */
export function resultQuery(result: CommandResult): string {
  const q = new URLSearchParams();
  if (result.kind === 'done') {
    q.set('e', String(result.errors));
    q.set('w', String(result.warnings));
    for (const sheet of result.unmarked ?? []) q.append('u', sheet);
  } else q.set('m', result.message);
  return `?${q.toString()}`;
}

const COUNT = /^\d{1,7}$/;

/** The result a query string carries; undefined when it carries none (or counts that are not whole numbers). */
export function parseResultQuery(search: string): CommandResult | undefined {
  const q = new URLSearchParams(search);
  const m = q.get('m');
  if (m !== null) return { kind: 'failed', message: m.slice(0, 500) };
  const e = q.get('e');
  const w = q.get('w');
  if (e === null || w === null || !COUNT.test(e) || !COUNT.test(w)) return undefined;
  // Sheet names are at most 31 characters; a handful is all a dialog can show.
  const unmarked = q.getAll('u').slice(0, 10).map((name) => name.slice(0, 31));
  return { kind: 'done', errors: Number(e), warnings: Number(w), ...(unmarked.length ? { unmarked } : {}) };
}

/**
 * The dialog's title and sentence: 可以报送 when no error was found (naming the warnings marked, if any), else
 * "发现 N 个错误、M 个警告，已在单元格上标出", then the sheets left unmarked; a failure gives 校验未完成 and its sentence.
 */
export function resultText(result: CommandResult | undefined): { title: string; text: string; ok: boolean } {
  if (!result) return { title: '校验未完成', text: '没有收到校验结果。请在“开始”选项卡上再点一次“一键校验”。', ok: false };
  if (result.kind === 'failed') return { title: '校验未完成', text: result.message, ok: false };
  const left = result.unmarked?.length
    ? `工作表${result.unmarked.map((n) => `“${n}”`).join('')}受保护，其上的问题没有标出，撤销保护后请再校验一次。`
    : '';
  if (result.errors === 0 && result.warnings === 0) return { title: '可以报送', text: `没有发现问题。${left}`, ok: true };
  if (result.errors === 0) return { title: '可以报送', text: `发现 ${result.warnings} 个警告，已在单元格上标出，请核对。${left}`, ok: true };
  return { title: '暂不能报送', text: `发现 ${result.errors} 个错误、${result.warnings} 个警告，已在单元格上标出。${left}`, ok: false };
}
