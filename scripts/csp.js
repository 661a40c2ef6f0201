// The one Content-Security-Policy of the add-in's pages (taskpane.html, commands.html, result.html), written into each
// page's <meta http-equiv="Content-Security-Policy"> by webpack.config.js and documented for the intranet server as
// HTTP headers (README, 内网部署). Directives: MDN "Content-Security-Policy"; W3C CSP Level 3.
//   default-src 'self'        everything not named below: the add-in's own origin only
//   script-src 'self'         the bundles, office.js and old-webview.js from the add-in's host; no inline script, no
//                             eval (office.js's one `new Function("return this")` is in a try with a fallback). With
//                             OFFICE_JS_CDN=1 the CDN's origin is added, for office.js and its host scripts only.
//   style-src 'self' + hashes the pages' own <style> blocks by their SHA-256 (computed from the emitted page), and the
//                             hash of the empty string: Fluent UI v9's Griffel creates empty <style> elements and fills
//                             them through CSSOM insertRule, which style-src does not govern (EMPTY_STYLE_HASH). No
//                             'unsafe-inline', no nonce (a static site cannot give a fresh nonce per response).
//   img-src 'self' data: blob: the icons; pictures the pane makes itself
//   font-src 'self' data:     no web fonts are loaded; system fonts only
//   connect-src 'self'        no fetch or XHR leaves the host (nothing does at run time)
//   frame-src 'self'          no off-host frame: outside Office, office.js would open a telemetry frame on a Microsoft
//                             server after ~15 s (OfficeDev/office-js #696, #1627); inside Excel on Windows/Mac office.js
//                             talks to the host through the webview, without frames
//   worker-src 'self' blob:   the file reader's Web Worker (read-workbook.[hash].js) and pdf.js's worker
//   object-src 'none'; base-uri 'self'; form-action 'self'
// frame-ancestors cannot be set in a <meta> (CSP3 §6.4.2); see cspHeader for the server.
'use strict';

const crypto = require('node:crypto');

/**
 * The hash source of the empty string. Fluent UI v9 (Griffel's renderer, FluentProvider's theme tag) appends empty
 * <style> elements and fills them through CSSOM `insertRule`, which style-src does not govern; an empty element is
 * itself an inline style block, refused unless its (empty) text is allowed. This allows exactly empty blocks: a
 * <style> with any content still needs its own hash. (Chromium: without it Griffel's sheets stay null and the pane
 * renders unstyled; test/e2e/csp.test.ts.)
 */
const EMPTY_STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** Placeholder the templates carry in style-src until the emitted page's <style> hashes replace it. */
const STYLE_HASHES = "'style-hashes'";

/**
 * The policy as a <meta> content / header value.
 * @param {{scriptOrigins?: string[], styleHashes?: string[]}} [options] extra script origins (the office.js CDN);
 *   style hashes as 'sha256-…' sources (default: the placeholder STYLE_HASHES)
 * @returns {string}
 */
function contentSecurityPolicy(options = {}) {
  const script = ["'self'", ...(options.scriptOrigins ?? [])].join(' ');
  const styles = options.styleHashes ? options.styleHashes.join(' ') : STYLE_HASHES;
  return [
    "default-src 'self'",
    `script-src ${script}`,
    `style-src 'self' ${EMPTY_STYLE_HASH}${styles ? ` ${styles}` : ''}`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/**
 * The CSP source of each <style> block of an HTML page: 'sha256-<base64>' of its exact text (CSP3 §8.3 hash sources).
 * @param {string} html the emitted page
 * @returns {string[]}
 */
function styleHashes(html) {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => `'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}

/**
 * Puts the page's own style hashes in place of the placeholder in its CSP.
 * @param {string} html the page as html-webpack-plugin emits it
 * @returns {string}
 */
function withStyleHashes(html) {
  const hashes = styleHashes(html);
  return hashes.length ? html.split(STYLE_HASHES).join(hashes.join(' ')) : html.split(` ${STYLE_HASHES}`).join('');
}

/**
 * The HTTP response headers the intranet server should send with each page (README, 内网部署): the same policy as the
 * page's <meta> plus what a <meta> cannot say. frame-ancestors is left out: Office on the web frames the pane from
 * Microsoft's origins, desktop Office does not frame it at all.
 * @param {string} policy the page's policy (contentSecurityPolicy with its style hashes)
 * @returns {Record<string, string>}
 */
function cspHeaders(policy) {
  return { 'Content-Security-Policy': policy, 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };
}

module.exports = { EMPTY_STYLE_HASH, STYLE_HASHES, contentSecurityPolicy, styleHashes, withStyleHashes, cspHeaders };
