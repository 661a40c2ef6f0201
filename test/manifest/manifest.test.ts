/**
 * manifest.xml checked offline (issue 2 item 6): the add-in manifest XSDs through xmllint, every resid defined in
 * Resources with the right kind, every URL from the one base, string limits, the production rewrite of the base,
 * and the facts the design asks for (Excel only, zh-CN with en-US, Home tab group, ExcelApi 1.1, icons).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { checkManifest, contentCheck, iconCheck, pngSize, schemaCheck, schemaDir } from '../../scripts/validate-manifest';
import { DEV_BASE_URL, manifestUrls, normalizeBaseUrl, rewriteManifestUrls } from '../../scripts/manifest-urls';

const ROOT = path.resolve(__dirname, '..', '..');
const MANIFEST = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const HAS_SCHEMAS = fs.existsSync(path.join(schemaDir(), 'OfficeAppManifestV1_1.xsd'));
// Under CI (npm ci installs the schemas' package) missing schemas fail the tests instead of skipping them.
const withSchemas = HAS_SCHEMAS || process.env.CI ? test : test.skip;
if (!HAS_SCHEMAS) console.warn(`schema tests skipped: no ${schemaDir()}/OfficeAppManifestV1_1.xsd`);

const INTRANET = 'https://intranet.example.gov/progress-table';

describe('manifest.xml as committed', () => {
  withSchemas('passes the add-in manifest schema (xmllint, OfficeAppManifestV1_1.xsd)', () => {
    expect(schemaCheck(MANIFEST).status).toBe('valid');
  });

  test('has every resid defined with the right kind, every URL under the dev base, no unused resource', () => {
    expect(contentCheck(MANIFEST, DEV_BASE_URL)).toEqual({ problems: [], warnings: [] });
  });

  // Without the schemas the whole check fails by design (see validate-without-schemas below).
  withSchemas('npm run validate logic passes as a whole', () => {
    const result = checkManifest(MANIFEST);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test('targets Excel only, zh-CN by default, ReadWriteDocument, ExcelApi 1.1 minimum', () => {
    expect(MANIFEST.match(/<Host Name="[^"]+"/g)).toEqual(['<Host Name="Workbook"']);
    expect(MANIFEST.match(/<Host xsi:type="[^"]+"/g)).toEqual(['<Host xsi:type="Workbook"']);
    expect(MANIFEST).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
    expect(MANIFEST).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(MANIFEST).toMatch(/<Set Name="ExcelApi" MinVersion="1\.1"\/>/);
    expect(MANIFEST).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
  });

  test('gives an en-US override for the display name, the description and every ribbon string', () => {
    const strings = [...MANIFEST.matchAll(/<(DisplayName|Description|bt:String)\b[^>]*DefaultValue="[^"]*">([\s\S]*?)<\/\1>/g)];
    expect(strings.length).toBeGreaterThanOrEqual(9);
    for (const [whole, , inner] of strings) {
      expect({ element: whole.slice(0, 60), override: /Locale="en-US" Value="[^"]+"/.test(inner) }).toEqual({ element: whole.slice(0, 60), override: true });
    }
  });

  test('puts a group on the Home tab with a pane button and the 一键校验 function command', () => {
    expect(MANIFEST).toContain('<OfficeTab id="TabHome">');
    expect(MANIFEST).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane.Url"\/>/);
    expect(MANIFEST).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>validateActiveSheet<\/FunctionName>/);
    expect(MANIFEST).toContain('<FunctionFile resid="Commands.Url"/>');
    expect(MANIFEST).toContain('<bt:Url id="Commands.Url" DefaultValue="https://localhost:3000/commands.html"/>');
    expect(MANIFEST).toMatch(/<bt:String id="Validate.Label" DefaultValue="一键校验">/);
  });

  test('names only icons that exist in assets/ as PNGs of the stated size', () => {
    const images = [...MANIFEST.matchAll(/"https:\/\/localhost:3000\/assets\/([\w-]+-(\d+)\.png)"/g)];
    expect(images.length).toBeGreaterThanOrEqual(8);
    for (const [, file, size] of images) {
      const png = fs.readFileSync(path.join(ROOT, 'assets', file));
      expect({ file, signature: png.subarray(1, 4).toString('ascii'), width: png.readUInt32BE(16), height: png.readUInt32BE(20) })
        .toEqual({ file, signature: 'PNG', width: Number(size), height: Number(size) });
    }
  });

  test('names only pages that the build emits or assets/ holds', () => {
    const paths = manifestUrls(MANIFEST).map((u) => u.slice(DEV_BASE_URL.length + 1));
    for (const p of paths) {
      const source = p.startsWith('assets/') ? path.join(ROOT, p) : path.join(ROOT, 'src', p.replace('.html', ''), p);
      expect({ p, exists: fs.existsSync(source) }).toEqual({ p, exists: true });
    }
  });
});

describe('the offline check finds what is wrong', () => {
  test('an undefined resid', () => {
    const broken = MANIFEST.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>');
    expect(contentCheck(broken).problems).toEqual(['<Label resid="Group.Missing">: no resource with id "Group.Missing" in Resources']);
  });

  test('a resid of the wrong kind (a long string as a button label)', () => {
    const broken = MANIFEST.replace('<Label resid="OpenPane.Label"/>', '<Label resid="OpenPane.Tooltip"/>');
    expect(contentCheck(broken).problems).toEqual([
      '<Label resid="OpenPane.Tooltip">: needs an entry in bt:ShortStrings, but "OpenPane.Tooltip" is in bt:LongStrings',
    ]);
  });

  test('a resource defined but never used is a warning, not a problem', () => {
    const extra = MANIFEST.replace('<bt:Urls>', '<bt:Urls>\n        <bt:Url id="Spare.Url" DefaultValue="https://localhost:3000/spare.html"/>');
    expect(contentCheck(extra)).toEqual({ problems: [], warnings: ['resource "Spare.Url" is defined but never used'] });
  });

  test('a URL from another host', () => {
    const broken = MANIFEST.replace('https://localhost:3000/assets/support.html"/>\n  <Hosts>', 'https://example.com/help"/>\n  <Hosts>');
    expect(contentCheck(broken).problems).toEqual(['URL "https://example.com/help" does not start with the base https://localhost:3000/']);
  });

  test('a short string over 125 characters', () => {
    const long = '长'.repeat(126);
    const broken = MANIFEST.replace('DefaultValue="打开助手"', `DefaultValue="${long}"`);
    expect(contentCheck(broken).problems).toEqual([`string "OpenPane.Label" is 126 characters, over the 125 limit: "${long.slice(0, 40)}…"`]);
  });

  withSchemas('elements out of the schema order', () => {
    const permissions = '  <Permissions>ReadWriteDocument</Permissions>\n';
    const broken = MANIFEST.replace(permissions, '').replace('  <Hosts>\n    <Host Name="Workbook"/>', `${permissions}  <Hosts>\n    <Host Name="Workbook"/>`);
    const result = checkManifest(broken);
    expect(result.schema.status).toBe('invalid');
    expect(result.ok).toBe(false);
  });

});

describe('validate-without-schemas: the check fails, never passes with the schema check skipped', () => {
  const SCRIPT = path.join(ROOT, 'scripts', 'validate-manifest.js');
  const run = (env: Record<string, string>) => {
    const r = spawnSync(process.execPath, [SCRIPT], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    return { status: r.status, stderr: r.stderr.trim().split('\n') };
  };

  test('a missing schema folder fails the whole check, in Chinese, saying what to do', () => {
    const result = checkManifest(MANIFEST, { schemaDir: '/nonexistent/schemas' });
    const detail = '无法校验清单结构：找不到清单架构文件 /nonexistent/schemas/OfficeAppManifestV1_1.xsd（请把 Microsoft 的加载项清单 XSD 放到该文件夹，或用环境变量 MANIFEST_SCHEMA_DIR 指定其所在文件夹）/ manifest schemas not found';
    expect(result).toEqual({ ok: false, schema: { status: 'unavailable', detail }, problems: [detail], warnings: [] });
  });

  test('npm run validate exits 1 without the schemas', () => {
    expect(run({ MANIFEST_SCHEMA_DIR: '/nonexistent/schemas' })).toEqual({
      status: 1,
      stderr: [
        'error: 无法校验清单结构：找不到清单架构文件 /nonexistent/schemas/OfficeAppManifestV1_1.xsd（请把 Microsoft 的加载项清单 XSD 放到该文件夹，或用环境变量 MANIFEST_SCHEMA_DIR 指定其所在文件夹）/ manifest schemas not found',
        'manifest.xml: 清单校验未通过（1 个问题）/ 1 problem(s)',
      ],
    });
  });

  withSchemas('npm run validate exits 1 without xmllint', () => {
    expect(run({ XMLLINT: '/nonexistent/xmllint' })).toEqual({
      status: 1,
      stderr: [
        'error: 无法校验清单结构：没有找到 xmllint（ENOENT），请安装 Debian 软件包 libxml2-utils / xmllint not available',
        'manifest.xml: 清单校验未通过（1 个问题）/ 1 problem(s)',
      ],
    });
  });
});

describe('icon-size-mismatch: every declared icon is a PNG of its declared size', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-icons-'));
    fs.cpSync(path.join(ROOT, 'assets'), path.join(dir, 'assets'), { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the committed icons pass', () => {
    expect(iconCheck(MANIFEST, DEV_BASE_URL, ROOT)).toEqual([]);
  });

  test('reads width and height from the PNG header', () => {
    expect(pngSize(fs.readFileSync(path.join(ROOT, 'assets', 'icon-80.png')))).toEqual({ width: 80, height: 80 });
    expect(pngSize(Buffer.from('not a png at all, but long enough'))).toBeUndefined();
  });

  test('a 32-pixel image where 16 is declared, a text file, a missing file, a wrong IconUrl size', () => {
    fs.copyFileSync(path.join(dir, 'assets', 'icon-32.png'), path.join(dir, 'assets', 'icon-16.png'));
    fs.writeFileSync(path.join(dir, 'assets', 'validate-80.png'), 'not a png');
    fs.rmSync(path.join(dir, 'assets', 'validate-32.png'));
    fs.copyFileSync(path.join(dir, 'assets', 'icon-80.png'), path.join(dir, 'assets', 'icon-64.png'));
    expect(iconCheck(MANIFEST, DEV_BASE_URL, dir)).toEqual([
      '图标 <bt:Image size="16" resid="Icon.16"> 应为 16×16 像素，文件 assets/icon-16.png 实际为 32×32 / icon size mismatch',
      '图标 <bt:Image size="32" resid="Validate.32"> 的文件 assets/validate-32.png 不存在 / icon file missing',
      '图标 <bt:Image size="80" resid="Validate.80"> 的文件 assets/validate-80.png 不是 PNG 图片 / icon is not a PNG',
      '图标 <HighResolutionIconUrl> 应为 64×64 像素，文件 assets/icon-64.png 实际为 80×80 / icon size mismatch',
    ]);
  });

  test('a size attribute that does not match its image fails the whole check', () => {
    const broken = MANIFEST.replace('<bt:Image size="80" resid="Icon.80"/>', '<bt:Image size="80" resid="Icon.32"/>');
    expect(checkManifest(broken).problems).toEqual(['图标 <bt:Image size="80" resid="Icon.32"> 应为 80×80 像素，文件 assets/icon-32.png 实际为 32×32 / icon size mismatch']);
  });
});

describe('production rewrite of the base (ADDIN_BASE_URL)', () => {
  test('moves every URL to the intranet base and nothing else', () => {
    const rewritten = rewriteManifestUrls(MANIFEST, INTRANET);
    expect(rewritten).not.toContain('localhost');
    expect(manifestUrls(rewritten)).toEqual(manifestUrls(MANIFEST).map((u) => u.replace(DEV_BASE_URL, INTRANET)));
    expect(rewritten.replaceAll(INTRANET, DEV_BASE_URL)).toBe(MANIFEST);
  });

  withSchemas('gives a manifest that passes the whole check with the new base', () => {
    const result = checkManifest(rewriteManifestUrls(MANIFEST, INTRANET), { base: INTRANET });
    expect({ ok: result.ok, problems: result.problems, schema: result.schema.status }).toEqual({ ok: true, problems: [], schema: 'valid' });
  });

  test('drops a trailing slash from the base', () => {
    expect(normalizeBaseUrl(`${INTRANET}/`)).toBe(INTRANET);
    expect(rewriteManifestUrls(MANIFEST, `${INTRANET}/`)).toContain(`"${INTRANET}/taskpane.html"`);
  });

  test('refuses a base Office would not load: http, a query, not a URL', () => {
    expect(() => rewriteManifestUrls(MANIFEST, 'http://intranet.example.gov/pt')).toThrow(/https/);
    expect(() => rewriteManifestUrls(MANIFEST, 'https://intranet.example.gov/pt?x=1')).toThrow(/query/);
    expect(() => rewriteManifestUrls(MANIFEST, 'intranet/pt')).toThrow(/not a valid URL/);
  });
});
