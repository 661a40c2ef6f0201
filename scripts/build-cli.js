#!/usr/bin/env node
// Builds the command-line tool once, so `progress-table` runs compiled JavaScript instead of compiling TypeScript
// through tsx at every start: esbuild bundles src/cli/main.ts (our code and commander; other npm packages stay
// `require`d from node_modules, and `import()` stays lazy, so ExcelJS, pdf.js and mammoth load only when a command
// needs them) into dist-cli/progress-table.js, ExcelJS into dist-cli/exceljs.js, and the read worker
// (src/xlsx/read-thread.worker.js, which under tsx loads read.ts by path) into dist-cli/read-thread.worker.js beside
// it, where read-guarded.ts looks for it.
//
// Run by `npm install` / `npm ci` (the `prepare` script), `npm run build`, `npm run build:cli` and before the tests
// (test/build-cli.global.js). Takes well under a second. Usage: node scripts/build-cli.js [--quiet]
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
/** Where the compiled CLI goes (git-ignored; bin/progress-table.js runs it). */
const OUT_DIR = path.join(ROOT, 'dist-cli');
const WORKER_SOURCE = path.join(ROOT, 'src', 'xlsx', 'read-thread.worker.js');

/** The worker's one load by path (`require(path.join(__dirname, 'read.ts'))`): bundled as a static import instead. */
const WORKER_READER_LOAD = /require\(path\.join\(__dirname, '(read\.ts)'\)\)/;

/**
 * esbuild plugin: lets the read worker be bundled. Under tsx the worker registers tsx and loads read.ts by path; the
 * compiled worker needs neither, so the path becomes a static `require('./read.ts')` esbuild can follow, and the
 * tsx registration is dropped. Fails the build (never a silently unguarded reader) when the worker no longer has
 * that shape: then this plugin must learn the new one.
 */
const bundleReadWorker = {
  name: 'bundle-read-worker',
  setup(build) {
    build.onLoad({ filter: /read-thread\.worker\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      if (!WORKER_READER_LOAD.test(source)) {
        return { errors: [{ text: `${path.relative(ROOT, args.path)}: the reader load ${WORKER_READER_LOAD} was not found; update scripts/build-cli.js` }] };
      }
      const contents = source
        .replace(WORKER_READER_LOAD, (_, file) => `require('./${file}')`)
        .replace(/if \(!require\.extensions\['\.ts'\]\) require\('tsx\/cjs\/api'\)\.register\(\);/, '');
      return { contents, loader: 'js', resolveDir: path.dirname(args.path) };
    });
  },
};

/**
 * Packages bundled into the CLI itself: commander, loaded at every start. Every other package stays a `require` of
 * node_modules (zod bundled made the file 1.3 MB and --help slower, for nothing measurable in merge), except ExcelJS
 * (below).
 */
const BUNDLED = new Set(['commander']);

/**
 * Packages the CLI loads with `import()` that are CommonJS: each becomes a one-line bundled shim
 * (`module.exports = require(…)`), so esbuild turns the `import()` into a lazy `require` and the package still loads
 * only when used. An `import()` left to Node goes through its ES module loader, which scans a CommonJS file for its
 * exports first (cjs-module-lexer): ~0.35 s of CPU on the 1.4 MB dist-cli/exceljs.js, at every write. `exceljs` is
 * the prebuilt dist-cli/exceljs.js beside the CLI. pdf.js stays an `import()` (it is an ES module).
 */
const REQUIRED_LAZILY = { exceljs: './exceljs.js', mammoth: 'mammoth' };

/**
 * The entry of dist-cli/exceljs.js: the module object of ExcelJS 4.4's lib/exceljs.nodejs.js less `stream` and
 * `ModelContainer`, which nothing here uses (src/xlsx/exceljs.ts `loadExcelJS` hands out `Workbook`).
 */
const EXCELJS_ENTRY = "module.exports = Object.assign({ Workbook: require('exceljs/lib/doc/workbook') }, require('exceljs/lib/doc/enums'));";

/** esbuild plugin: npm packages external unless in BUNDLED; REQUIRED_LAZILY through their shims. */
const packagesOutside = {
  name: 'packages-outside',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.namespace === 'required-lazily') return { path: args.path, external: true };
      if (Object.hasOwn(REQUIRED_LAZILY, args.path)) return { path: args.path, namespace: 'required-lazily' };
      const name = args.path.startsWith('@') ? args.path.split('/').slice(0, 2).join('/') : args.path.split('/')[0];
      return BUNDLED.has(name) ? undefined : { path: args.path, external: true };
    });
    build.onResolve({ filter: /^\.\/exceljs\.js$/, namespace: 'required-lazily' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'required-lazily' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(REQUIRED_LAZILY[args.path])});`,
      loader: 'js',
    }));
  },
};

/**
 * Build the CLI, the read worker and ExcelJS's bundle; resolves to their paths. Throws on a build error (esbuild
 * prints it). ExcelJS 4.4 is some 400 modules with their dependencies: loaded from node_modules that costs ~0.5 s of
 * CPU at every write; bundled once into dist-cli/exceljs.js (its JSZip left outside, required from node_modules) it
 * costs ~0.2 s, and only when something is written.
 */
async function buildCli({ quiet = false } = {}) {
  const esbuild = require('esbuild');
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: quiet ? 'error' : 'warning',
    legalComments: 'none',
  };
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const cli = path.join(OUT_DIR, 'progress-table.js');
  const worker = path.join(OUT_DIR, 'read-thread.worker.js');
  const exceljs = path.join(OUT_DIR, 'exceljs.js');
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [path.join(ROOT, 'src', 'cli', 'main.ts')], outfile: cli, plugins: [packagesOutside] }),
    esbuild.build({ ...common, entryPoints: [WORKER_SOURCE], outfile: worker, packages: 'external', plugins: [bundleReadWorker] }),
    esbuild.build({
      ...common,
      // Only what src/xlsx uses: the Workbook (and the enums): not the streaming reader and writer, whose unzipper,
      // bluebird and archiver cost ~40 ms of CPU to load at every write and 0.85 MB of the bundle.
      stdin: { contents: EXCELJS_ENTRY, resolveDir: ROOT, loader: 'js' },
      outfile: exceljs,
      external: ['jszip'],
      minifySyntax: true,
      minifyWhitespace: true,
    }),
  ]);
  return { cli, worker, exceljs };
}

module.exports = { buildCli, OUT_DIR };

if (require.main === module) {
  const quiet = process.argv.includes('--quiet');
  buildCli({ quiet }).then(
    ({ cli }) => {
      if (!quiet) console.log(`已生成命令行工具 / CLI built: ${path.relative(ROOT, cli)}`);
    },
    (err) => {
      console.error(`命令行工具生成失败 / CLI build failed: ${err && err.message ? err.message : err}`);
      process.exitCode = 1;
    },
  );
}
