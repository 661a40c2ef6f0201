import type { FileJobs, Host, PaneHost, WorkbookJobs } from '../../src/taskpane/usecases/types';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';

/** The jobs of every kind as jest mocks, flat, so a test overrides and inspects them by name. */
type FakeJobs = WorkbookJobs & FileJobs & Pick<PaneHost, 'spec' | 'mergeFiles'>;

const WORKBOOK_JOBS = ['insertTemplate', 'validateWorkbook', 'clearMarks', 'selectCell', 'mergeSheets', 'findOwnSummary', 'writeSummary', 'workbookLedger'] as const;
const FILE_JOBS = ['downloadTemplate', 'validateFile', 'downloadAnnotated', 'downloadCleaned', 'downloadSummary'] as const;

/**
 * A host object of `host` whose jobs are jest mocks resolving to something plausible; override what a test needs.
 * Excel and WPS get `workbook` (the jobs on the open workbook), the browser `files`; every mock is also on the
 * returned object by name (`fake.insertTemplate`), to assert on.
 */
export function fakeHost(host: Host, over: Partial<FakeJobs> = {}): PaneHost & Record<string, jest.Mock> {
  const jobs: Record<string, unknown> = {
    spec: LINZI_2026,
    insertTemplate: jest.fn().mockResolvedValue({ sheets: ['进展情况表', '指标完成情况'], skipped: [] }),
    downloadTemplate: jest.fn().mockResolvedValue({ fileName: '模板.xlsx' }),
    validateWorkbook: jest.fn().mockResolvedValue({ report: { identity: {}, rows: [], findings: [] }, findings: [] }),
    clearMarks: jest.fn().mockResolvedValue({ restored: 3, skipped: 0, leftAsIs: [] }),
    selectCell: jest.fn().mockResolvedValue(undefined),
    validateFile: jest.fn().mockResolvedValue({ report: { identity: {}, rows: [], findings: [] }, findings: [] }),
    downloadAnnotated: jest.fn().mockResolvedValue({ fileName: 'a-校验标注.xlsx' }),
    downloadCleaned: jest.fn().mockResolvedValue({ fileName: 'a-可报送.xlsx' }),
    mergeFiles: jest.fn(),
    mergeSheets: jest.fn(),
    findOwnSummary: jest.fn().mockResolvedValue([]),
    writeSummary: jest.fn().mockResolvedValue({ sheets: ['汇总表'] }),
    downloadSummary: jest.fn().mockResolvedValue({ fileName: '汇总.xlsx' }),
    ...over,
  };
  const pick = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, jobs[n]]));
  const kind = host === 'browser' ? { files: pick(FILE_JOBS) } : { workbook: pick(WORKBOOK_JOBS) };
  return { ...jobs, host, ...kind } as unknown as PaneHost & Record<string, jest.Mock>;
}
