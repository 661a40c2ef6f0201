import type { UseCases, Host } from '../../src/taskpane/usecases/types';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';

/** Use-cases whose every function is a jest mock resolving to something plausible; override what a test needs. */
export function fakeUseCases(host: Host, over: Partial<UseCases> = {}): UseCases & Record<string, jest.Mock> {
  const base = {
    host,
    spec: LINZI_2026,
    insertTemplate: jest.fn().mockResolvedValue({ sheets: ['进展情况表', '指标完成情况', '_ptmeta'], skipped: [] }),
    downloadTemplate: jest.fn().mockResolvedValue({ fileName: '模板.xlsx' }),
    validateWorkbook: jest.fn().mockResolvedValue({ report: { identity: {}, rows: [], findings: [] }, findings: [] }),
    clearMarks: jest.fn().mockResolvedValue({ restored: 3, skipped: 0, leftAsIs: [] }),
    selectCell: jest.fn().mockResolvedValue(undefined),
    validateFile: jest.fn().mockResolvedValue({ report: { identity: {}, rows: [], findings: [] }, findings: [] }),
    downloadAnnotated: jest.fn().mockResolvedValue({ fileName: 'a-校验标注.xlsx' }),
    downloadCleaned: jest.fn().mockResolvedValue({ fileName: 'a-可报送.xlsx' }),
    mergeFiles: jest.fn(),
    findOwnSummary: jest.fn().mockResolvedValue([]),
    writeSummary: jest.fn().mockResolvedValue({ sheets: ['汇总表'] }),
    downloadSummary: jest.fn().mockResolvedValue({ fileName: '汇总.xlsx' }),
  };
  return { ...base, ...over } as UseCases & Record<string, jest.Mock>;
}
