/** Types of scripts/validate-manifest.js (offline manifest check). */
/** Result of the xmllint schema check; 'unavailable' (a failure) when the schemas or xmllint are missing. */
export interface SchemaResult {
  status: 'valid' | 'invalid' | 'unavailable';
  detail: string;
}
/** Whole check: ok is false when problems is not empty; warnings never fail it. */
export interface ManifestCheck {
  ok: boolean;
  schema: SchemaResult;
  problems: string[];
  warnings: string[];
}
/**
 * Schema + resid + URL base + string-length + icon-size check of manifest text (base defaults to
 * https://localhost:3000, filesDir, where icons are read, to the repository root). Not ok when the schema could not
 * be checked.
 */
export function checkManifest(xml: string, options?: { base?: string; schemaDir?: string; filesDir?: string }): ManifestCheck;
/** Every declared icon (bt:Image size, IconUrl 32, HighResolutionIconUrl 64) is a PNG of that size under filesDir. */
export function iconCheck(xml: string, base: string, filesDir: string): string[];
/** Width and height from a PNG's IHDR header; undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined;
/** xmllint against OfficeAppManifestV1_1.xsd in `dir`. */
export function schemaCheck(xml: string, dir?: string): SchemaResult;
/** resid, URL-base and string-length checks only. */
export function contentCheck(xml: string, base?: string): { problems: string[]; warnings: string[] };
/** The schema folder: $MANIFEST_SCHEMA_DIR or ../shared/schemas/office-manifest beside the repository. */
export function schemaDir(): string;
/** Microsoft's limits in characters: short strings 125, long strings 250, resource ids 32. */
export const LIMITS: { short: number; long: number; resid: number };
