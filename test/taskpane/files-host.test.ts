import { filesHost } from '../../src/taskpane/usecases/files';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { templateWorkbookPlan } from '../../src/core/layout';
import { writeWorkbook } from '../../src/xlsx/write';

/** The browser use-cases over real files (node environment: File exists in Node 20). */
async function templateFile(name: string, unit: string): Promise<File> {
  const bytes = await writeWorkbook(templateWorkbookPlan(LINZI_2026, { quarter: 3, unit }));
  return new File([bytes as BlobPart], name);
}

describe('filesHost', () => {
  const uc = filesHost(LINZI_2026);

  it('validates a chosen template file: the unit is read, the empty rows are errors', async () => {
    const outcome = await uc.files.validateFile(await templateFile('卫健局.xlsx', '区卫健局'), 3);
    expect(outcome.fileName).toBe('卫健局.xlsx');
    expect(outcome.report.identity.unit).toBe('区卫健局');
    expect(outcome.findings.some((f) => f.severity === 'error' && f.sheet === '进展情况表' && f.cell)).toBe(true);
  });

  it('rejects an unreadable file with its reader code', async () => {
    await expect(uc.files.validateFile(new File(['not a workbook'], 'x.xlsx'))).rejects.toMatchObject({ code: 'file-is-text' });
  });

  it('merges files with progress, listing an unreadable one with its reason', async () => {
    const calls: [number, number, string][] = [];
    const outcome = await uc.mergeFiles(
      [await templateFile('卫健局.xlsx', '区卫健局'), new File([], 'empty.xlsx')],
      { quarter: 3, layout: 'official' },
      (done, total, file) => calls.push([done, total, file]),
    );
    expect(calls).toEqual([
      [0, 2, '卫健局.xlsx'],
      [1, 2, 'empty.xlsx'],
      [2, 2, ''],
    ]);
    expect(outcome.summary.roster.files).toContainEqual(expect.objectContaining({ file: 'empty.xlsx', status: 'unreadable' }));
    expect(outcome.summary.roster.units.find((u) => u.unit === '区卫健局')?.status).not.toBe('missing');
  });
});
