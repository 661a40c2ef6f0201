import type { TemplateSpec } from '../../core/spec/schema';
import type { WorkbookPlan } from '../../core/sheet/plan';
import { quarterLabel } from '../../core/text/quarter';
import { fileBytes, safeFileName, saveBytes } from '../../browser/download';
import { readBookInWorker } from '../../browser/read-worker';
import type { FileJobs } from './types';
import { summaryPlanFor, templatePlanFor, validateToday } from './plans';

/**
 * The jobs on files in a plain browser (no Office host), over the file adapter (src/xlsx); loaded on first use by
 * usecases/files `filesHost`. The xlsx libraries load by dynamic `import()` in their turn (their own chunks); files
 * are read in a Web Worker stopped after a timeout (browser/read-worker), so a damaged file cannot freeze the pane.
 */
export function fileJobs(spec: TemplateSpec): FileJobs {
  const write = async (plan: WorkbookPlan) => {
    const { writeWorkbook } = await import('../../xlsx/write');
    return writeWorkbook(plan);
  };
  return {
    async downloadTemplate(req) {
      const bytes = await write(templatePlanFor(spec, req));
      const fileName = safeFileName(`${spec.tableTitle}（${quarterLabel(req.quarter)}）${req.unit ? `-${req.unit}` : ''}`);
      saveBytes(bytes, fileName);
      return { fileName };
    },
    async validateFile(file, quarter) {
      const book = await readBookInWorker(await fileBytes(file), file.name);
      const { report, findings } = validateToday(book, spec, quarter ? { quarter } : {});
      return { fileName: file.name, report, findings };
    },
    async downloadAnnotated(file, findings) {
      const { annotateWorkbook } = await import('../../xlsx/annotate');
      const bytes = await annotateWorkbook(await fileBytes(file), findings);
      const fileName = safeFileName(`${file.name.replace(/\.[^.]+$/, '')}-校验标注`);
      saveBytes(bytes, fileName);
      return { fileName };
    },
    async downloadCleaned(file) {
      const { cleanWorkbook } = await import('../../xlsx/annotate');
      const bytes = await cleanWorkbook(await fileBytes(file));
      const fileName = safeFileName(`${file.name.replace(/\.[^.]+$/, '')}-可报送`);
      saveBytes(bytes, fileName);
      return { fileName };
    },
    async downloadSummary(outcome) {
      const bytes = await write(summaryPlanFor(outcome, spec));
      const fileName = safeFileName(outcome.summary.title);
      saveBytes(bytes, fileName);
      return { fileName };
    },
  };
}
