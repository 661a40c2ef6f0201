/**
 * webpack.config.js's build switches, read without building: ADDIN_BASE_URL rewrites dist/manifest.xml only in
 * production, OFFICE_JS_CDN=1 swaps office-js/office.js for the CDN and copies nothing, chunks load relative to
 * the page. The config is evaluated in a child Node (Jest's resolver does not see scripts/ajv-peer-shim.js).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';

const ROOT = path.resolve(__dirname, '..', '..');
const INTRANET = 'https://intranet.example.gov/progress-table';
/** package.json's version as the manifest's <Version> (scripts/manifest-version.js). */
const VERSION = `${(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version}.0`;

/** What the config yields for one mode and environment, reduced to plain data. */
type ConfigFacts = {
  publicPath: string;
  officeJsUrls: string[];
  scriptSrcs: string[];
  csps: string[];
  copies: string[];
  manifestOut: string;
  asyncGroups: Record<string, string>;
};

function configFacts(mode: 'production' | 'development', env: Record<string, string>): ConfigFacts {
  const script = `
    const config = require('./webpack.config.js');
    config({}, { mode: ${JSON.stringify(mode)} }).then((c) => {
      const html = c.plugins.filter((p) => p.userOptions && p.userOptions.officeJsUrl);
      const copy = c.plugins.find((p) => Array.isArray(p.patterns));
      const manifest = copy.patterns.find((p) => p.from === 'manifest.xml');
      const input = Buffer.from('<Version>0.0.0.1</Version><SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
      const groups = c.optimization.splitChunks.cacheGroups;
      process.stdout.write(JSON.stringify({
        publicPath: c.output.publicPath,
        officeJsUrls: html.map((p) => p.userOptions.officeJsUrl),
        scriptSrcs: html.map((p) => (/script-src ([^;]*)/.exec(p.userOptions.csp) || [])[1]),
        csps: html.map((p) => p.userOptions.csp),
        copies: copy.patterns.map((p) => p.to),
        manifestOut: manifest.transform(input).toString(),
        asyncGroups: Object.fromEntries(Object.entries(groups).map(([k, g]) => [k, g.chunks])),
      }));
    });`;
  const clean = { ...process.env };
  delete clean.OFFICE_JS_CDN;
  delete clean.ADDIN_BASE_URL;
  const out = execFileSync(process.execPath, ['-e', script], { cwd: ROOT, env: { ...clean, ...env }, encoding: 'utf8' });
  return JSON.parse(out) as ConfigFacts;
}

test('a default production build loads office.js from office-js/ and copies the whole folder', () => {
  const facts = configFacts('production', {});
  // taskpane.html, commands.html, result.html (the ribbon 一键校验's result dialog)
  expect(facts.officeJsUrls).toEqual(['office-js/office.js', 'office-js/office.js', 'office-js/office.js']);
  // The pages' CSP: scripts from the add-in's own host only.
  expect(facts.scriptSrcs).toEqual(["'self'", "'self'", "'self'"]);
  expect(facts.copies).toEqual(['assets', 'old-webview.js', 'manifest.xml', 'office-js']);
  expect(facts.publicPath).toBe('');
  expect(facts.asyncGroups).toEqual({ exceljs: 'async', xlsx: 'async' });
});

test('ADDIN_BASE_URL rewrites the manifest in a production build', () => {
  expect(configFacts('production', { ADDIN_BASE_URL: INTRANET }).manifestOut)
    .toBe(`<Version>${VERSION}</Version><SourceLocation DefaultValue="${INTRANET}/taskpane.html"/>`);
});

test('ADDIN_BASE_URL leaves the manifest alone in a development build', () => {
  expect(configFacts('development', { ADDIN_BASE_URL: INTRANET }).manifestOut)
    .toBe(`<Version>${VERSION}</Version><SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>`);
});

test('OFFICE_JS_CDN=1 loads office.js from the Microsoft CDN and copies no office-js folder', () => {
  const facts = configFacts('production', { OFFICE_JS_CDN: '1' });
  expect(facts.officeJsUrls).toEqual([
    'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
    'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
  ]);
  expect(facts.copies).toEqual(['assets', 'old-webview.js', 'manifest.xml']);
  // The CSP lets scripts (office.js and the host scripts it loads from its folder) come from the CDN's origin, and
  // nothing else: connect-src, frame-src, worker-src stay 'self' in the templates.
  expect(facts.scriptSrcs).toEqual([
    "'self' https://appsforoffice.microsoft.com",
    "'self' https://appsforoffice.microsoft.com",
    "'self' https://appsforoffice.microsoft.com",
  ]);
});

test('OFFICE_JS_CDN=1 changes only script-src of the one policy: every other directive stays on the add-in host', () => {
  const plain = configFacts('production', {}).csps;
  const cdn = configFacts('production', { OFFICE_JS_CDN: '1' }).csps;
  expect(new Set(plain).size).toBe(1);
  const others = (csp: string) => csp.split(';').map((d) => d.trim()).filter((d) => !d.startsWith('script-src'));
  expect(others(cdn[0])).toEqual(others(plain[0]));
  expect(others(plain[0])).toEqual([
    "default-src 'self'",
    "style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=' 'style-hashes'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]);
  for (const page of ['src/taskpane/taskpane.html', 'src/commands/commands.html', 'src/commands/result.html']) {
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(fs.readFileSync(path.join(ROOT, page), 'utf8'))![1];
    expect({ page, meta }).toEqual({ page, meta: '<%= htmlWebpackPlugin.options.csp %>' });
  }
});
