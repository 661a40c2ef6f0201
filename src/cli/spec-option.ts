import type { TemplateSpec } from '../core/spec/schema';
import { loadSpecFile } from './spec-file';

/**
 * The spec named by a `--spec spec.json` option: no path -> the embedded LINZI_2026; a path -> the file read as JSON and
 * checked with `parseTemplateSpec`. Throws Error with a Chinese message naming the file (unreadable, not JSON, or the
 * schema problems as `path: message` lines). One implementation: this is `loadSpecFile` (src/cli/spec-file.ts) under
 * the name the parse-notice issue uses.
 */
export function loadSpecOption(path?: string): TemplateSpec {
  return loadSpecFile(path);
}
