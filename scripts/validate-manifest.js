#!/usr/bin/env node
// Offline check of manifest.xml (`npm run validate`). `office-addin-manifest validate` needs Microsoft's web
// service; this needs nothing but xmllint (Debian libxml2-utils) and the schemas in
// ../shared/schemas/office-manifest/ (Microsoft's add-in-only manifest XSDs, see its README).
// Checks: 1. the XSD (element order, required elements, enum values, string lengths);
//         2. every resid used names a resource of the right kind (bt:Images / bt:Urls / bt:ShortStrings /
//            bt:LongStrings), resource ids ≤ 32 characters, unused resources reported;
//         3. every URL Office loads starts with the one base (dev https://localhost:3000, or ADDIN_BASE_URL);
//         4. short strings ≤ 125 characters, long strings ≤ 250 (Microsoft docs: "ShortStrings", "LongStrings");
//         5. every icon is a PNG of the size the manifest declares for it: each <bt:Image size="N" resid="…"/> of an
//            Icon names an image of N × N pixels, IconUrl 32 × 32, HighResolutionIconUrl 64 × 64 (Microsoft docs:
//            "IconUrl", "HighResolutionIconUrl", "Icon"), read from the PNG's IHDR header in the files beside the
//            manifest (assets/ of the repository, or of dist/).
//         6. a built manifest (any file but the repository's manifest.xml, e.g. dist/manifest.xml): its <Version> is
//            package.json's version, and every page it names (taskpane.html, commands.html …) is in its folder.
// The schema check is never skipped: without the schemas or without xmllint the check FAILS, saying what to install.
// The base: --base, else for a built manifest the base its <SourceLocation> names (the deployed base, printed), else
// the dev base https://localhost:3000.
// Environment: MANIFEST_SCHEMA_DIR (the XSD folder), XMLLINT (the xmllint program, default `xmllint` on PATH).
// Usage: node scripts/validate-manifest.js [manifest.xml] [--base https://host/path]
//        npm run validate -- dist/manifest.xml        (the manifest to hand out, against its deployed base)
// Exit code 0 when clean, 1 on any problem (schemas or xmllint missing included), 2 on bad usage.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { DEV_BASE_URL, normalizeBaseUrl, manifestUrls } = require('./manifest-urls');
const { manifestVersion } = require('./manifest-version');

/** Repository root (this file is scripts/validate-manifest.js). */
const ROOT = path.resolve(__dirname, '..');

/** Where the schemas live: $MANIFEST_SCHEMA_DIR, else ../shared/schemas/office-manifest beside the repository. */
function schemaDir() {
  return process.env.MANIFEST_SCHEMA_DIR || path.resolve(ROOT, '..', 'shared', 'schemas', 'office-manifest');
}

/** Microsoft's limits: ShortStrings 125, LongStrings 250, resource id 32 characters. */
const LIMITS = { short: 125, long: 250, resid: 32 };

/**
 * Which resource collection a `resid` on an element must name (Microsoft docs, VersionOverrides elements):
 * Label and Title → ShortStrings, Description → LongStrings, bt:Image → Images, URL elements → Urls.
 */
const RESID_KIND = {
  'bt:Image': 'image',
  Label: 'short',
  Title: 'short',
  Description: 'long',
  SourceLocation: 'url',
  FunctionFile: 'url',
  LearnMoreUrl: 'url',
};

const KIND_NAMES = { image: 'bt:Images', url: 'bt:Urls', short: 'bt:ShortStrings', long: 'bt:LongStrings' };

/** Undoes the five predefined XML entities and numeric character references. */
function xmlText(value) {
  return value
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The text of one section `<tag ...> ... </tag>` of the manifest, or '' when absent. */
function section(xml, tag) {
  const match = xml.match(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`));
  return match ? match[1] : '';
}

/**
 * Runs xmllint against the add-in manifest schema.
 * @param {string} xml manifest text (fed on stdin)
 * @param {string} dir schema folder holding OfficeAppManifestV1_1.xsd
 * @returns {{status: 'valid' | 'invalid' | 'unavailable', detail: string}} unavailable when the schemas or xmllint
 *   are missing: a failure of the whole check, never a pass (detail says, in Chinese and English, what to install)
 */
function schemaCheck(xml, dir = schemaDir()) {
  const xsd = path.join(dir, 'OfficeAppManifestV1_1.xsd');
  if (!fs.existsSync(xsd)) {
    return {
      status: 'unavailable',
      detail: `无法校验清单结构：找不到清单架构文件 ${xsd}（请把 Microsoft 的加载项清单 XSD 放到该文件夹，或用环境变量 MANIFEST_SCHEMA_DIR 指定其所在文件夹）/ manifest schemas not found`,
    };
  }
  const run = spawnSync(process.env.XMLLINT || 'xmllint', ['--noout', '--nonet', '--schema', xsd, '-'], { input: xml, encoding: 'utf8' });
  if (run.error) {
    return {
      status: 'unavailable',
      detail: `无法校验清单结构：没有找到 xmllint（${run.error.code}），请安装 Debian 软件包 libxml2-utils / xmllint not available`,
    };
  }
  const detail = `${run.stderr}${run.stdout}`.trim();
  return run.status === 0 ? { status: 'valid', detail } : { status: 'invalid', detail };
}

/** The PNG signature (8 bytes) that starts every PNG file. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Width and height in pixels from a PNG's IHDR chunk (bytes 16–23, big-endian), or undefined when `bytes` is not a
 * PNG (wrong signature, no IHDR first, too short).
 * @param {Buffer} bytes the file's bytes (the first 24 are enough)
 * @returns {{width: number, height: number} | undefined}
 */
function pngSize(bytes) {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE) || bytes.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * Every icon the manifest declares with the size it declares: each <bt:Image size="N" resid="R"/> (in an <Icon>)
 * gives the URLs of resource R (its DefaultValue and every locale Override) at N × N; IconUrl at 32 × 32 and
 * HighResolutionIconUrl at 64 × 64 (their DefaultValue and Overrides).
 * @param {string} body manifest text without comments
 * @returns {{where: string, url: string, size: number}[]}
 */
function declaredIcons(body) {
  const images = new Map();
  for (const m of section(body, 'bt:Images').matchAll(/<bt:Image\b([^>]*?)(\/>|>([\s\S]*?)<\/bt:Image>)/g)) {
    const id = (m[1].match(/\bid="([^"]*)"/) || [])[1];
    if (id) images.set(id, [...m[0].matchAll(/\b(?:DefaultValue|Value)="([^"]*)"/g)].map((v) => xmlText(v[1])));
  }
  const icons = [];
  const resources = section(body, 'Resources');
  for (const m of body.replace(resources, '').matchAll(/<bt:Image\b[^>]*?\bsize="(\d+)"[^>]*?\bresid="([^"]*)"/g)) {
    for (const url of images.get(m[2]) || []) icons.push({ where: `<bt:Image size="${m[1]}" resid="${m[2]}">`, url, size: Number(m[1]) });
  }
  for (const [tag, size] of [['IconUrl', 32], ['HighResolutionIconUrl', 64]]) {
    const element = body.match(new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`));
    if (!element) continue;
    for (const v of element[0].matchAll(/\b(?:DefaultValue|Value)="([^"]*)"/g)) icons.push({ where: `<${tag}>`, url: xmlText(v[1]), size });
  }
  return icons;
}

/**
 * Checks that every declared icon is a PNG of its declared size, reading the file the URL names below `base`
 * from `filesDir` (the folder the manifest's files are served from).
 * @param {string} xml manifest text
 * @param {string} base URL base (no trailing slash)
 * @param {string} filesDir folder holding assets/ (the manifest's folder)
 * @returns {string[]} problems, in Chinese, naming the icon, the file and both sizes
 */
function iconCheck(xml, base, filesDir) {
  const problems = [];
  const seen = new Set();
  for (const { where, url, size } of declaredIcons(xml.replace(/<!--[\s\S]*?-->/g, ''))) {
    const key = `${url} ${size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (!url.startsWith(`${base}/`)) continue; // reported by the URL check
    const rel = decodeURIComponent(url.slice(base.length + 1).split(/[?#]/)[0]);
    const file = path.join(filesDir, ...rel.split('/'));
    let bytes;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      problems.push(`图标 ${where} 的文件 ${rel} 不存在 / icon file missing`);
      continue;
    }
    const actual = pngSize(bytes);
    if (!actual) problems.push(`图标 ${where} 的文件 ${rel} 不是 PNG 图片 / icon is not a PNG`);
    else if (actual.width !== size || actual.height !== size) {
      problems.push(`图标 ${where} 应为 ${size}×${size} 像素，文件 ${rel} 实际为 ${actual.width}×${actual.height} / icon size mismatch`);
    }
  }
  return problems;
}

/**
 * Checks resids, URLs and string lengths (everything but the XSD).
 * @param {string} xml manifest text
 * @param {string} base the base every URL must start with (no trailing slash)
 * @returns {{problems: string[], warnings: string[]}} problems fail the check; warnings are printed only
 */
function contentCheck(xml, base = DEV_BASE_URL) {
  const problems = [];
  const warnings = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');

  /** @type {Map<string, {kind: string, values: string[]}>} */
  const defined = new Map();
  const collect = (sectionTag, itemTag, kind) => {
    const text = section(body, sectionTag);
    for (const m of text.matchAll(new RegExp(`<${itemTag}\\b([^>]*?)(/>|>([\\s\\S]*?)</${itemTag}>)`, 'g'))) {
      const id = (m[1].match(/\bid="([^"]*)"/) || [])[1];
      if (!id) {
        problems.push(`${sectionTag}: an entry has no id`);
        continue;
      }
      if (defined.has(id)) problems.push(`resource id "${id}" is defined twice`);
      if (id.length > LIMITS.resid) problems.push(`resource id "${id}" is longer than ${LIMITS.resid} characters`);
      const values = [...m[0].matchAll(/\b(?:DefaultValue|Value)="([^"]*)"/g)].map((v) => xmlText(v[1]));
      defined.set(id, { kind, values });
    }
  };
  collect('bt:Images', 'bt:Image', 'image');
  collect('bt:Urls', 'bt:Url', 'url');
  collect('bt:ShortStrings', 'bt:String', 'short');
  collect('bt:LongStrings', 'bt:String', 'long');

  const used = new Set();
  const resourcesText = section(body, 'Resources');
  const usingPart = body.replace(resourcesText, '');
  for (const m of usingPart.matchAll(/<([\w:]+)\b[^>]*?\bresid="([^"]*)"/g)) {
    const [, element, id] = m;
    used.add(id);
    const entry = defined.get(id);
    const want = RESID_KIND[element];
    if (!entry) {
      problems.push(`<${element} resid="${id}">: no resource with id "${id}" in Resources`);
    } else if (want && entry.kind !== want) {
      problems.push(`<${element} resid="${id}">: needs an entry in ${KIND_NAMES[want]}, but "${id}" is in ${KIND_NAMES[entry.kind]}`);
    }
  }
  for (const id of defined.keys()) {
    if (!used.has(id)) warnings.push(`resource "${id}" is defined but never used`);
  }

  for (const [id, { kind, values }] of defined) {
    const limit = kind === 'short' ? LIMITS.short : kind === 'long' ? LIMITS.long : undefined;
    for (const value of values) {
      if (limit && [...value].length > limit) problems.push(`string "${id}" is ${[...value].length} characters, over the ${limit} limit: "${value.slice(0, 40)}…"`);
    }
  }
  const topLevel = [
    ['DisplayName', LIMITS.short],
    ['Description', LIMITS.long],
  ];
  for (const [tag, limit] of topLevel) {
    const element = body.match(new RegExp(`<${tag}\\b[^>]*DefaultValue="[^"]*"[\\s\\S]*?(?:/>|</${tag}>)`));
    if (!element) continue;
    for (const v of element[0].matchAll(/\b(?:DefaultValue|Value)="([^"]*)"/g)) {
      const value = xmlText(v[1]);
      if ([...value].length > limit) problems.push(`${tag} is ${[...value].length} characters, over the ${limit} limit`);
    }
  }

  const urls = manifestUrls(body);
  if (!urls.length) problems.push('no URL found in the manifest');
  for (const url of urls) {
    if (!url.startsWith(`${base}/`)) problems.push(`URL "${url}" does not start with the base ${base}/`);
  }
  return { problems, warnings };
}

/**
 * The whole check of one manifest: schema, content, icons.
 * @param {string} xml manifest text
 * @param {{base?: string, schemaDir?: string, filesDir?: string}} [options] base defaults to https://localhost:3000;
 *   filesDir (where the icons are read) to the repository root
 * @returns {{ok: boolean, schema: {status: string, detail: string}, problems: string[], warnings: string[]}} ok is
 *   false when the schema is invalid or could not be checked (schemas or xmllint missing), or on any other problem
 */
function checkManifest(xml, options = {}) {
  const base = normalizeBaseUrl(options.base ?? DEV_BASE_URL);
  const schema = schemaCheck(xml, options.schemaDir ?? schemaDir());
  const { problems, warnings } = contentCheck(xml, base);
  problems.push(...iconCheck(xml, base, options.filesDir ?? ROOT));
  if (schema.status === 'invalid') problems.unshift(`schema: ${schema.detail}`);
  if (schema.status === 'unavailable') problems.unshift(schema.detail);
  return { ok: problems.length === 0, schema, problems, warnings };
}

/**
 * The base a built manifest was made for: the folder of its task pane's <SourceLocation> (https://host/path).
 * @param {string} xml manifest text
 * @returns {string | undefined}
 */
function deployedBase(xml) {
  const m = /<SourceLocation\b[^>]*DefaultValue="([^"]+)\/taskpane\.html"/.exec(xml.replace(/<!--[\s\S]*?-->/g, ''));
  return m ? xmlText(m[1]) : undefined;
}

/**
 * Checks of a built manifest (dist/manifest.xml): <Version> is package.json's version, every page it names below
 * `base` is a file in `filesDir`.
 * @param {string} xml manifest text
 * @param {string} base the deployed base
 * @param {string} filesDir the manifest's folder
 * @param {string} version package.json's version
 * @returns {string[]} problems, in Chinese and English
 */
function builtCheck(xml, base, filesDir, version) {
  const problems = [];
  const want = manifestVersion(version);
  const found = (xml.match(/<Version>([^<]*)<\/Version>/) || [])[1];
  if (found !== want) problems.push(`<Version> 是 ${found}，应为 package.json 的版本 ${want}（请重新构建）/ <Version> is not package.json's version`);
  for (const url of manifestUrls(xml)) {
    if (!url.startsWith(`${base}/`)) continue;
    const rel = decodeURIComponent(url.slice(base.length + 1).split(/[?#]/)[0]);
    if (!rel.endsWith('.html')) continue;
    if (!fs.existsSync(path.join(filesDir, ...rel.split('/')))) problems.push(`清单中的页面 ${rel} 不在 ${filesDir} 中 / page missing beside the manifest`);
  }
  return problems;
}

function main(argv) {
  let file = path.join(ROOT, 'manifest.xml');
  let base;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--base') base = argv[++i];
    else if (argv[i] === '-h' || argv[i] === '--help') {
      console.log('usage: node scripts/validate-manifest.js [manifest.xml] [--base https://host/path]');
      return 0;
    } else file = path.resolve(argv[i]);
  }
  if (!fs.existsSync(file)) {
    console.error(`清单文件不存在 / manifest not found: ${file}`);
    return 2;
  }
  let result;
  const built = path.resolve(file) !== path.join(ROOT, 'manifest.xml');
  try {
    const xml = fs.readFileSync(file, 'utf8');
    if (base === undefined) base = (built && deployedBase(xml)) || DEV_BASE_URL;
    console.log(`基地址 / base: ${normalizeBaseUrl(base)}`);
    result = checkManifest(xml, { base, filesDir: path.dirname(file) });
    if (built) {
      const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
      const extra = builtCheck(xml, normalizeBaseUrl(base), path.dirname(file), version);
      result.problems.push(...extra);
      result.ok = result.ok && extra.length === 0;
    }
  } catch (err) {
    console.error(err.message);
    return 2;
  }
  const name = path.relative(process.cwd(), file) || file;
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  if (result.schema.status === 'valid') console.log(`${name}: schema OK (OfficeAppManifestV1_1.xsd)`);
  for (const p of result.problems) console.error(`error: ${p}`);
  if (!result.ok) {
    console.error(`${name}: 清单校验未通过（${result.problems.length} 个问题）/ ${result.problems.length} problem(s)`);
    return 1;
  }
  console.log(`${name}: 清单校验通过 / resids, URLs (base ${normalizeBaseUrl(base)}), string lengths and icon sizes OK`);
  return 0;
}

module.exports = { checkManifest, schemaCheck, contentCheck, iconCheck, builtCheck, deployedBase, pngSize, schemaDir, LIMITS };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
