import { LINZI_2026 } from '../core/spec/linzi-2026';
import type { TemplateSpec } from '../core/spec/schema';
import { SEVERITY_RANK, type Finding } from '../core/validate/finding';
import { validateBook } from '../core/validate/index';
import { selectCell } from '../excel/mark-findings';
import type { ApiSupport } from '../excel/requirements';
import { validateInExcel } from '../excel/validate-in-excel';
import { todayIso } from '../taskpane/usecases/today';

/**
 * 一键校验 as a ribbon button, without opening the pane: validate the open workbook, mark the findings' cells
 * (fill by severity, note where the host allows) and select the most severe finding's cell so the user lands on
 * it. With no findings nothing is marked; the pane's 校验 page says 可以报送. Never throws: an Office error leaves
 * the workbook as it was (or with the marks made so far, which 清除标记 removes).
 */

/** The finding to go to first: the first error, else the first warning, else the first info, with a cell. */
export function firstToShow(findings: readonly Finding[]): Finding | undefined {
  return [...findings]
    .filter((f) => f.sheet && f.cell)
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])[0];
}

/** Run the validation in `context`; resolves with the findings, or undefined when an Office call failed. */
export async function runValidateCommand(
  context: Excel.RequestContext,
  spec: TemplateSpec = LINZI_2026,
  support?: ApiSupport,
): Promise<Finding[] | undefined> {
  try {
    const today = todayIso();
    const { findings } = await validateInExcel(context, spec, {
      validate: (book, s, o) => validateBook(book, s, { ...o, today }),
      ...(support ? { support } : {}),
    });
    const first = firstToShow(findings);
    if (first) await selectCell(context, first.sheet!, first.cell!);
    return findings;
  } catch {
    return undefined;
  }
}
