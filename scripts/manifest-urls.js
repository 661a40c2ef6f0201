// The one place that knows the add-in's URL base: manifest.xml is written against DEV_BASE_URL, and a
// production build rewrites every URL to ADDIN_BASE_URL (webpack.config.js). Used by webpack, by
// scripts/validate-manifest.js and by test/manifest.
'use strict';

/** The development base every URL in manifest.xml starts with (the webpack dev server). */
const DEV_BASE_URL = 'https://localhost:3000';

/**
 * Checks and normalises a deployment base URL such as `https://intranet.example.gov/progress-table`.
 * Office loads add-ins only over https; a trailing slash is dropped; query and fragment are refused.
 * @param {string} base the ADDIN_BASE_URL value
 * @returns {string} the base without a trailing slash
 * @throws {Error} (message in Chinese and English) when it is not an absolute https URL
 */
function normalizeBaseUrl(base) {
  const text = String(base ?? '').trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_BASE_URL 不是有效的网址 / is not a valid URL: "${text}"`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`ADDIN_BASE_URL 必须以 https:// 开头（Office 只加载 https 加载项） / must use https: "${text}"`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL 不能含查询、锚点或账号 / must not carry a query, fragment or credentials: "${text}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/**
 * Rewrites every occurrence of the development base in a manifest to the deployment base.
 * `https://localhost:3000/taskpane.html` becomes `<base>/taskpane.html`; nothing else changes.
 * @param {string} xml manifest.xml text
 * @param {string} base deployment base (checked with normalizeBaseUrl)
 * @returns {string} the rewritten manifest
 * @throws {Error} when base is not an https URL, or when a URL that does not start with the base remains
 */
function rewriteManifestUrls(xml, base) {
  const target = normalizeBaseUrl(base);
  const out = xml.split(DEV_BASE_URL).join(target);
  const stray = manifestUrls(out).filter((u) => !u.startsWith(`${target}/`));
  if (stray.length) throw new Error(`manifest URLs not under ${target}: ${stray.join(', ')}`);
  return out;
}

/** Namespaces and schema locations are identifiers, not places the add-in loads anything from. */
const NAMESPACE_ATTRIBUTE = /\s(xmlns(:[\w-]+)?|xsi:schemaLocation)="[^"]*"/g;

/**
 * Every http(s) URL that manifest.xml tells Office to load (attribute values and element text),
 * namespace declarations and comments left out.
 * @param {string} xml manifest.xml text
 * @returns {string[]} the URLs in document order
 */
function manifestUrls(xml) {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '').replace(NAMESPACE_ATTRIBUTE, '');
  return body.match(/https?:\/\/[^\s"'<>]+/g) ?? [];
}

module.exports = { DEV_BASE_URL, normalizeBaseUrl, rewriteManifestUrls, manifestUrls };
