/**
 * dist/wps (issue 13, Build 4 and Done when): `npm run build` writes the WPS 加载项 there (scripts/build-wps.ts; run
 * alone, this test runs that step when dist/wps is missing). ribbon.xml is valid customUI (xmllint against the subset
 * schema test/wps/customui-subset.xsd, written from [MS-CUSTOMUI]) with the Excel add-in's words; every script parses
 * at the ECMAScript level WPS_TARGET names (acorn, ES2018); the deployment lists are well-formed and point at the
 * add-in's server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync, spawnSync } from 'node:child_process';
import * as acorn from 'acorn';
import { wpsUrl } from '../../src/wps/addin/deployment';
import { RIBBON_IDS } from '../../src/wps/addin/ribbon';
import { STRINGS } from '../../src/taskpane/strings';

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'dist', 'wps');
const XSD = path.join(__dirname, 'customui-subset.xsd');

beforeAll(() => {
  if (fs.existsSync(path.join(OUT, 'ribbon.xml')) && fs.existsSync(path.join(OUT, 'taskpane.js'))) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(ROOT, 'scripts', 'build-wps.ts')], { cwd: ROOT, stdio: 'pipe' });
}, 300_000);

const read = (name: string) => fs.readFileSync(path.join(OUT, name), 'utf8');
const xmllint = (...args: string[]) => spawnSync('xmllint', args, { encoding: 'utf8' });

test('dist/wps holds the ribbon, the entry script, the pane and the deployment lists', () => {
  for (const f of ['ribbon.xml', 'main.js', 'taskpane.html', 'taskpane.js', 'read.worker.js', 'jsplugins.xml', 'publish.xml', 'assets/icon-32.png']) expect(fs.existsSync(path.join(OUT, f))).toBe(true);
  // WPS makes the entry page itself (index.html loading main.js): a shipped one would be in its way.
  expect(fs.existsSync(path.join(OUT, 'index.html'))).toBe(false);
});

test('ribbon.xml is valid customUI (the subset schema), with unique ids and the add-in\'s words', () => {
  const result = xmllint('--noout', '--schema', XSD, path.join(OUT, 'ribbon.xml'));
  expect(result.stderr).toContain('validates');
  expect(result.status).toBe(0);
  const xml = read('ribbon.xml');
  const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const word = (id: string) => new RegExp(`<bt:String id="${id.replace('.', '\\.')}" DefaultValue="([^"]*)"`).exec(manifest)![1];
  const label = (id: string) => new RegExp(`id="${id}" label="([^"]*)"`).exec(xml)?.[1];
  expect(label(RIBBON_IDS.group)).toBe(word('Group.Label'));
  expect(label(RIBBON_IDS.openPane)).toBe(word('OpenPane.Label'));
  expect(label(RIBBON_IDS.validate)).toBe(word('Validate.Label'));
  expect(label(RIBBON_IDS.clearMarks)).toBe(STRINGS['zh-CN'].clearMarks);
  expect(label(RIBBON_IDS.insertTemplate)).toBe(STRINGS['zh-CN'].insertTemplate);
  expect(label(RIBBON_IDS.summary)).toBe(STRINGS['zh-CN'].tabSummary);
});

test('the subset schema rejects a ribbon with a repeated id or without a callback', () => {
  const bad = path.join(ROOT, 'node_modules', '.cache', 'progress-table', 'ribbon-bad.xml');
  fs.mkdirSync(path.dirname(bad), { recursive: true });
  fs.writeFileSync(bad, read('ribbon.xml').replace(`id="${RIBBON_IDS.clearMarks}"`, `id="${RIBBON_IDS.validate}"`));
  expect(xmllint('--noout', '--schema', XSD, bad).status).not.toBe(0);
  fs.writeFileSync(bad, read('ribbon.xml').replace(/ onAction="OnAction"/, ''));
  expect(xmllint('--noout', '--schema', XSD, bad).status).not.toBe(0);
});

/**
 * Syntax newer than ES2018 in a parsed script (ES2020 parse): optional chaining, `??`, BigInt literals, class fields
 * … Dynamic `import()` (Chromium 63) is allowed: pdf.js loads its optional decoders that way, only when a PDF notice
 * is read.
 */
function newerThan2018(node: unknown, found: Set<string>): Set<string> {
  if (!node || typeof node !== 'object') return found;
  if (Array.isArray(node)) {
    for (const n of node) newerThan2018(n, found);
    return found;
  }
  const n = node as { type?: string; operator?: string; bigint?: string; optional?: boolean };
  if (n.type === 'ChainExpression' || n.optional === true) found.add('optional chaining');
  if (n.type === 'LogicalExpression' && n.operator === '??') found.add('??');
  if (n.type === 'Literal' && n.bigint !== undefined) found.add('BigInt literal');
  if (n.type === 'PropertyDefinition' || n.type === 'PrivateIdentifier' || n.type === 'StaticBlock') found.add('class fields');
  if (n.type === 'CatchClause' && (n as { param?: unknown }).param === null) found.add('optional catch binding');
  for (const [k, v] of Object.entries(node)) if (k !== 'type' && v && typeof v === 'object') newerThan2018(v, found);
  return found;
}

test.each(['main.js', 'taskpane.js', 'read.worker.js'])('%s uses no syntax newer than ES2018 (dynamic import() aside): the level built for WPS\'s Chromium', (name) => {
  const ast = acorn.parse(read(name), { ecmaVersion: 2020, sourceType: 'script' });
  expect([...newerThan2018(ast, new Set())]).toEqual([]);
});

test('jsplugins.xml and publish.xml are well-formed and name the add-in\'s folder on the server, for WPS 表格 (et)', () => {
  for (const name of ['jsplugins.xml', 'publish.xml']) {
    expect(xmllint('--noout', path.join(OUT, name)).status).toBe(0);
    const entry = /<jspluginonline name="progress-table" type="et" url="([^"]+)"/.exec(read(name));
    expect(entry?.[1]).toBe(wpsUrl(process.env.ADDIN_BASE_URL ?? 'https://localhost:3000'));
  }
});
