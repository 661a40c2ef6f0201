/** Types of scripts/validate-manifest.js (offline manifest check). */
/** Result of the xmllint schema check; 'skipped' when the schemas or xmllint are missing. */
export interface SchemaResult {
  status: 'valid' | 'invalid' | 'skipped';
  detail: string;
}
/** Whole check: ok is false when problems is not empty; warnings never fail it. */
export interface ManifestCheck {
  ok: boolean;
  schema: SchemaResult;
  problems: string[];
  warnings: string[];
}
/** Schema + resid + URL base + string-length check of manifest text (base defaults to https://localhost:3000). */
export function checkManifest(xml: string, options?: { base?: string; schemaDir?: string }): ManifestCheck;
/** xmllint against OfficeAppManifestV1_1.xsd in `dir`. */
export function schemaCheck(xml: string, dir?: string): SchemaResult;
/** resid, URL-base and string-length checks only. */
export function contentCheck(xml: string, base?: string): { problems: string[]; warnings: string[] };
/** The schema folder: $MANIFEST_SCHEMA_DIR or ../shared/schemas/office-manifest beside the repository. */
export function schemaDir(): string;
/** Microsoft's limits in characters: short strings 125, long strings 250, resource ids 32. */
export const LIMITS: { short: number; long: number; resid: number };
