// webpack 5: the task pane (taskpane.html + bundle), the ribbon function file (commands.html + bundle) and its result
// dialog (result.html + bundle), office.js
// served from the add-in's own host, assets/ and manifest.xml, into dist/.
//
// Build-time switches (environment variables):
//   ADDIN_BASE_URL  production only: rewrite every manifest URL from https://localhost:3000 to this base
//                   (e.g. https://intranet.example.gov/progress-table); unset, dist/manifest.xml keeps the dev base.
//   OFFICE_JS_CDN=1 load office.js from Microsoft's CDN (https://appsforoffice.microsoft.com/lib/1/hosted/office.js,
//                   always the newest office.js, which keeps up with the hosts' requirement sets) instead of office-js/
//                   on the add-in's host; for sites with internet access only. Then no office-js/ folder is copied, and
//                   each page's Content-Security-Policy adds that origin to script-src only (office.js loads its host
//                   scripts and locale strings from there): connect-src, frame-src, worker-src stay 'self', so nothing
//                   else may reach Microsoft. Unset (the default, for offline intranets): script-src 'self'.
//   DEV_SERVER_HTTP=1 serve http://localhost:3000 instead of https (otherwise only when certificates fail).
// The xlsx libraries (exceljs, @e965/xlsx) are loaded by dynamic import(): they become the async chunks
// `exceljs` and `xlsx`, fetched relative to the page, so the first paint of the pane stays small.
// The dev server (npm run dev-server / npm start) serves https://localhost:3000 with certificates from
// scripts/dev-certs.js, and office.js straight from node_modules.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DEV_BASE_URL, rewriteManifestUrls } = require('./scripts/manifest-urls');
const { STYLE_HASHES, contentSecurityPolicy, styleHashes, withStyleHashes } = require('./scripts/csp');
const { manifestVersion, setManifestVersion } = require('./scripts/manifest-version');

/** office.js and its companion files (host scripts, locale folders) as published by Microsoft. */
const OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** The ES5 script that shows the fallback page in old webviews (dist/old-webview.js). */
const OLD_WEBVIEW_SCRIPT = path.resolve(__dirname, 'src', 'taskpane', 'old-webview.es5.js');

/** Microsoft's public CDN for office.js (used only with OFFICE_JS_CDN=1). */
const OFFICE_JS_CDN_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The CDN's origin: the only one a page may load scripts from besides its own, and only with OFFICE_JS_CDN=1. */
const OFFICE_JS_CDN_ORIGIN = new URL(OFFICE_JS_CDN_URL).origin;

/** Where each build records its chunks (for test/build): name, initial or not, files, packages inside. */
// In the working copy, not in node_modules (which several working copies may share).
const CHUNK_REPORT = path.resolve(__dirname, '.cache', 'build-chunks.json');

/**
 * Writes CHUNK_REPORT after every build (not under the dev server): {mode, chunks: [{name, initial, files, packages}]}
 * where packages lists the npm packages whose modules the chunk holds (e.g. 'exceljs', '@e965/xlsx'). Lets tests
 * prove what the first paint loads.
 */
class ChunkReportPlugin {
  apply(compiler) {
    compiler.hooks.afterEmit.tap('ChunkReportPlugin', (compilation) => {
      const chunks = [...compilation.chunks].map((chunk) => {
        const packages = new Set();
        for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
          const resources = module.modules ? module.modules.map((m) => m.resource) : [module.resource];
          for (const resource of resources) {
            const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(resource || '');
            if (match) packages.add(match[1].replace(/\\/g, '/'));
          }
        }
        return { name: chunk.name ?? null, initial: chunk.canBeInitial(), files: [...chunk.files], packages: [...packages].sort() };
      });
      fs.mkdirSync(path.dirname(CHUNK_REPORT), { recursive: true });
      fs.writeFileSync(CHUNK_REPORT, JSON.stringify({ mode: compilation.options.mode, chunks }, null, 2));
    });
  }
}

/**
 * Puts each page's own <style> hashes into its Content-Security-Policy (scripts/csp.js) once the pages are final:
 * html-webpack-plugin minifies them after its own hooks, so this runs on the emitted .html assets, at the summarize
 * stage (after every optimisation), and hashes the text exactly as served. Also writes `csp-header.txt`: the one
 * policy with every page's hashes, for the intranet server's Content-Security-Policy header (README, 内网部署; a
 * browser enforces the header and the page's <meta> both, so the header must allow what every page's <meta> does).
 */
class CspStyleHashPlugin {
  constructor(policy) {
    this.policy = policy;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CspStyleHashPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'CspStyleHashPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, (assets) => {
        const all = new Set();
        for (const name of Object.keys(assets).filter((n) => n.endsWith('.html'))) {
          const html = assets[name].source().toString();
          for (const h of styleHashes(html)) all.add(h);
          const hashed = withStyleHashes(html);
          if (hashed !== html) compilation.updateAsset(name, new sources.RawSource(hashed));
        }
        const header = this.policy.split(STYLE_HASHES).join([...all].join(' ')).replace(/ +;/g, ';');
        compilation.emitAsset('csp-header.txt', new sources.RawSource(`${header}\n`));
      });
    });
  }
}

/** Dev server port: the manifest's dev base https://localhost:3000. */
const DEV_PORT = Number(new URL(DEV_BASE_URL).port);

module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  const useCdn = process.env.OFFICE_JS_CDN === '1';
  const baseUrl = process.env.ADDIN_BASE_URL;
  const officeJsUrl = useCdn ? OFFICE_JS_CDN_URL : 'office-js/office.js';
  // The pages' one Content-Security-Policy (scripts/csp.js): script-src adds the CDN's origin only when office.js
  // comes from it; the style hashes are filled in per page by CspStyleHashPlugin.
  const csp = contentSecurityPolicy({ scriptOrigins: useCdn ? [OFFICE_JS_CDN_ORIGIN] : [] });
  // <Version> of dist/manifest.xml: package.json's version (scripts/manifest-version.js).
  const version = manifestVersion(require('./package.json').version);

  const copyPatterns = [
    { from: 'assets', to: 'assets' },
    // The ES5 old-webview check (IE11 / EdgeHTML fallback page) every page loads first: copied as written, never
    // through terser (which may rewrite it with ES2015 syntax), so it still parses in Internet Explorer 11.
    { from: OLD_WEBVIEW_SCRIPT, to: 'old-webview.js', info: { minimized: true } },
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      transform: (content) => {
        const xml = setManifestVersion(content.toString('utf8'), version);
        return production && baseUrl ? rewriteManifestUrls(xml, baseUrl) : xml;
      },
    },
  ];
  if (!useCdn && !serving) {
    // The whole folder: office.js alone never resolves Office.onReady (it loads o15apptofilemappingtable.js, the
    // host script and its locale strings from its own folder). Already minified: keep terser off it.
    copyPatterns.push({ from: OFFICE_JS_DIR, to: 'office-js', info: { minimized: true } });
  }

  let server = 'http';
  if (serving) {
    const { devHttpsOptions } = require('./scripts/dev-certs');
    const certs = await devHttpsOptions();
    if (certs.https) {
      server = { type: 'https', options: certs.options };
    } else {
      console.warn(`[dev-server] 未能生成 https 证书，改用 http://localhost:${DEV_PORT}（Office 需要 https，浏览器可用）/ certificates failed (${certs.reason}): serving http`);
    }
  }

  return {
    mode: production ? 'production' : 'development',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      result: './src/commands/result.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      // Content-hashed in production, so an updated add-in is never served from an old cached copy: the pages
      // (taskpane.html …) keep their names (the manifest names them) and are sent with Cache-Control: no-cache
      // (README, 内网部署); everything they load has a new name whenever its content changes.
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Relative to the page: chunks load from wherever the add-in is hosted (a sub-path on an intranet server).
      publicPath: '',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js', '.json'],
      // The browser never reads files or streams itself: the xlsx libraries' optional Node imports resolve to nothing.
      fallback: { fs: false, path: false, stream: false, crypto: false, buffer: false, process: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true } },
        },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: 'exceljs', chunks: 'async', enforce: true, priority: 20 },
          xlsx: { test: /[\\/]node_modules[\\/]@e965[\\/]xlsx[\\/]/, name: 'xlsx', chunks: 'async', enforce: true, priority: 20 },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        officeJsUrl,
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        officeJsUrl,
        csp,
      }),
      // The result dialog of the ribbon's 一键校验 (displayDialogAsync opens it on the same host).
      new HtmlWebpackPlugin({
        filename: 'result.html',
        template: './src/commands/result.html',
        chunks: ['result'],
        officeJsUrl,
        csp,
      }),
      new CspStyleHashPlugin(csp),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      ...(serving ? [] : [new ChunkReportPlugin()]),
    ],
    performance: {
      hints: production ? 'warning' : false,
      // The initial pane (React + Fluent UI v9) is ~500 KB minified; the xlsx chunks load on demand and are larger.
      maxEntrypointSize: 1200 * 1024,
      maxAssetSize: 1500 * 1024,
      assetFilter: (file) => file.endsWith('.js') && !file.startsWith('office-js/') && !/^(exceljs|xlsx)\./.test(file),
    },
    stats: production ? { preset: 'normal', excludeAssets: [/^office-js\//, /^assets\//] } : 'minimal',
    devServer: {
      host: 'localhost',
      port: DEV_PORT,
      server,
      // In development office.js is served straight from node_modules rather than copied into memory (86 MB).
      static: [{ directory: OFFICE_JS_DIR, publicPath: '/office-js', watch: false }],
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: { errors: true, warnings: false } },
      open: false,
    },
  };
};

module.exports.OFFICE_JS_DIR = OFFICE_JS_DIR;
module.exports.OFFICE_JS_CDN_URL = OFFICE_JS_CDN_URL;
module.exports.OFFICE_JS_CDN_ORIGIN = OFFICE_JS_CDN_ORIGIN;
module.exports.CHUNK_REPORT = CHUNK_REPORT;
