/** Types of scripts/manifest-urls.js (the add-in's URL base and the production rewrite of manifest.xml). */
/** The development base every URL in manifest.xml starts with: https://localhost:3000. */
export const DEV_BASE_URL: string;
/** Checks an https deployment base and drops a trailing slash; throws on a non-https or malformed URL. */
export function normalizeBaseUrl(base: string): string;
/** Rewrites every dev-base URL in manifest text to `base`; throws when base is bad or a URL stays outside it. */
export function rewriteManifestUrls(xml: string, base: string): string;
/** Every http(s) URL the manifest tells Office to load (namespace declarations left out), in document order. */
export function manifestUrls(xml: string): string[];
