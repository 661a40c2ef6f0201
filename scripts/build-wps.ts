/**
 * `npm run build`, second step: the WPS 加载项 into dist/wps/ (after webpack has written dist/), with esbuild.
 *
 *   dist/wps/ribbon.xml       the ribbon (src/wps/addin/ribbon.ts), words from manifest.xml and the pane's strings
 *   dist/wps/main.js          the ribbon's functions (src/wps/addin/main.ts); WPS makes its own index.html that loads
 *                             main.js (WPS 开放平台, "WPS 加载项开发说明"), so none is shipped
 *   dist/wps/taskpane.html    the pane (src/wps/addin/pane.tsx), with taskpane.js and read.worker.js beside it
 *   dist/wps/assets/          the icons
 *   dist/wps/jsplugins.xml    for the jsaddons folder or the server (online entry at ADDIN_BASE_URL/wps/)
 *   dist/wps/publish.xml      the same entry for the publish mode
 *
 * The JavaScript is built for WPS's embedded Chromium at ES2018 syntax, Chromium 64 (WPS_TARGET; test/wps/build.test.ts
 * parses it with acorn at that level): newer syntax (optional chaining, class fields …) is lowered by esbuild; ES2018 is
 * the floor because the core's patterns use Unicode property escapes (\p{Script=Han}, Chromium 64). No source available
 * here states which Chromium each WPS embeds (README, 在 WPS 中使用).
 * ADDIN_BASE_URL as for the Office add-in (default https://localhost:3000).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build } from 'esbuild';
import { ribbonXml } from '../src/wps/addin/ribbon';
import { deploymentFiles } from '../src/wps/addin/deployment';
import { STRINGS } from '../src/taskpane/strings';

/** esbuild's target for every script in dist/wps. */
export const WPS_TARGET = ['es2018', 'chrome64'];

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'dist', 'wps');

/** A manifest resource string's DefaultValue (manifest.xml `bt:String id=…`). */
function manifestString(manifest: string, id: string): string {
  const m = new RegExp(`<bt:String id="${id.replace('.', '\\.')}" DefaultValue="([^"]*)"`).exec(manifest);
  if (!m) throw new Error(`manifest.xml has no string ${id}`);
  return m[1];
}

async function main(): Promise<void> {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const production = process.env.NODE_ENV !== 'development';
  const common = {
    bundle: true,
    format: 'iife' as const,
    target: WPS_TARGET,
    minify: production,
    legalComments: 'none' as const,
    define: { 'process.env.NODE_ENV': JSON.stringify(production ? 'production' : 'development') },
    logLevel: 'warning' as const,
    absWorkingDir: root,
  };
  const swapWorkerStart = {
    name: 'wps-read-worker-start',
    setup(b: { onResolve: (o: { filter: RegExp }, f: () => { path: string }) => void }) {
      b.onResolve({ filter: /read-worker-start$/ }, () => ({ path: path.join(root, 'src', 'wps', 'addin', 'read-worker-start.ts') }));
    },
  };
  await build({ ...common, entryPoints: { main: 'src/wps/addin/main.ts' }, outdir: out });
  await build({ ...common, entryPoints: { taskpane: 'src/wps/addin/pane.tsx' }, outdir: out, plugins: [swapWorkerStart], external: ['fs', 'path', 'stream', 'crypto'] });
  await build({ ...common, entryPoints: { 'read.worker': 'src/xlsx/read.worker.ts' }, outdir: out, external: ['fs', 'path', 'stream', 'crypto'] });
  const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
  const zh = STRINGS['zh-CN'];
  fs.writeFileSync(
    path.join(out, 'ribbon.xml'),
    ribbonXml({
      group: manifestString(manifest, 'Group.Label'),
      openPane: manifestString(manifest, 'OpenPane.Label'),
      validate: manifestString(manifest, 'Validate.Label'),
      insertTemplate: zh.insertTemplate,
      clearMarks: zh.clearMarks,
      summary: zh.tabSummary,
    }),
  );
  fs.writeFileSync(path.join(out, 'taskpane.html'), fs.readFileSync(path.join(root, 'src', 'wps', 'addin', 'taskpane.html')));
  fs.cpSync(path.join(root, 'assets'), path.join(out, 'assets'), { recursive: true, filter: (f) => !f.endsWith('.html') });
  const version = (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  for (const [name, text] of Object.entries(deploymentFiles(process.env.ADDIN_BASE_URL ?? 'https://localhost:3000', version))) fs.writeFileSync(path.join(out, name), text);
  console.log(`dist/wps: WPS 加载项 written (${fs.readdirSync(out).join(', ')})`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
