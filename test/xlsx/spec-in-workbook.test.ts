import { indicatorColumn, INDICATOR_ROWS, PROGRESS_ROWS, progressColumn, targetsFor, templateWorkbookPlan } from '../../src/core/layout';
import { a1, type GridBook } from '../../src/core/sheet/grid';
import { readMetadata } from '../../src/core/sheet/metadata';
import { parseNotice } from '../../src/core/spec/parse-notice';
import { parseTemplateSpec, type TemplateSpec } from '../../src/core/spec/schema';
import { validateBook } from '../../src/core/validate/index';
import { planFromGridBook } from '../../src/xlsx/annotate';
import { readWorkbook } from '../../src/xlsx/read';
import { writeWorkbook } from '../../src/xlsx/write';
import { removeTarget, setItemUnits, updateTarget } from '../../src/core/spec/edit';
import { parseTemplateSpecJson } from '../../src/core/spec/schema';
import { goodFigures, goodText, setCell, sheetOf } from '../helpers/fixtures';
import { NOTICE_2027 as NOTICE } from '../helpers/specs';

/**
 * Issue 6, "Done when": a spec edited in the pane survives a save and reopen of the workbook, and a received file made
 * from it validates against it. In file form: notice → parseNotice → the pane's corrections → template .xlsx with the
 * spec in its hidden metadata → read back → the same spec → filled by one unit, saved, received → no error.
 */

/** The spec as the 清单 page leaves it after a person's corrections. */
function editedSpec(): TemplateSpec {
  let spec = parseNotice(NOTICE).spec;
  spec = updateTarget(spec, '2.1', { comparator: '>=', value: 13000 });
  spec = removeTarget(spec, '1.2');
  spec = setItemUnits(spec, 2, '区卫健局、区教体局').spec;
  const checked = parseTemplateSpec(spec);
  if (!checked.ok) throw new Error(checked.errors.join('\n'));
  return checked.spec;
}

/** Fill the reopened template as `unit` would: own rows' progress text and deadline, own targets' figures (quarter 3). */
function fillFor(book: GridBook, spec: TemplateSpec, unit: string, progressSheet: string, indicatorSheet: string): void {
  const progress = sheetOf(book, progressSheet);
  const indicator = sheetOf(book, indicatorSheet);
  spec.items.forEach((item, k) => {
    if (!item.units.includes(unit)) return;
    const row = PROGRESS_ROWS.firstItem + k;
    setCell(progress, a1(row, progressColumn(spec, 'progressText')), goodText(unit, item.number));
    setCell(progress, a1(row, progressColumn(spec, 'deadline')), `${spec.year}年12月底`);
  });
  targetsFor(spec, unit).forEach(({ target }, k) => {
    const row = INDICATOR_ROWS.firstTarget + k;
    const f = goodFigures(spec, target, 3);
    setCell(indicator, a1(row, indicatorColumn('quarterValue')), f.quarterValue);
    setCell(indicator, a1(row, indicatorColumn('cumulativeValue')), f.cumulative);
  });
}

describe('a spec edited in the pane, kept in the workbook', () => {
  it('survives a save and reopen, and a received file made from it validates against it', async () => {
    const spec = editedSpec();
    expect(spec.items[1]).toMatchObject({ units: ['区卫健局', '区教体局'], targets: [{ id: '2.1', comparator: '>=', value: 13000 }, { id: '2.2' }] });
    expect(spec.items[0].targets.map((t) => t.id)).toEqual(['1.1']);

    // Made in the pane (下载模板 / 插入进展情况表 with the active spec), saved.
    const template = templateWorkbookPlan(spec, { quarter: 3, unit: '区卫健局', embedSpec: true });
    const saved = await writeWorkbook(template);

    // Reopened: the hidden metadata gives back exactly the edited spec.
    const reopened = readWorkbook(saved, '2027-区卫健局-第三季度.xlsx');
    const [meta] = readMetadata(reopened);
    expect(meta).toMatchObject({ templateId: spec.id, templateVersion: '1', year: 2027, quarter: 3, unit: '区卫健局' });
    const back = parseTemplateSpecJson(meta.specJson ?? '');
    expect(back).toEqual({ ok: true, spec });
    if (!back.ok) return;

    // Filled by the unit, saved again and received by the coordinator.
    fillFor(reopened, back.spec, '区卫健局', meta.sheets.progress!, meta.sheets.indicator!);
    const received = readWorkbook(await writeWorkbook(planFromGridBook(reopened)), '区卫健局-第三季度.xlsx');
    const { report, findings } = validateBook(received, back.spec, { quarter: 3, today: '2027-09-30' });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.identity).toMatchObject({ unit: '区卫健局', quarter: 3 });
  });

  it('a received file of the edited spec does not pass against the embedded 2026 spec', async () => {
    const spec = editedSpec();
    const bytes = await writeWorkbook(templateWorkbookPlan(spec, { quarter: 3, unit: '区卫健局', embedSpec: true }));
    const book = readWorkbook(bytes, 'a.xlsx');
    const { LINZI_2026 } = await import('../../src/core/spec/linzi-2026');
    const { findings } = validateBook(book, LINZI_2026, { quarter: 3, today: '2027-09-30' });
    expect(findings.some((f) => f.severity === 'error')).toBe(true);
  });
});
