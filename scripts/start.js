#!/usr/bin/env node
// `npm start`
// - Windows / macOS with desktop Excel: `office-addin-debugging start manifest.xml` sideloads the add-in and starts
//   the dev server (`npm run dev-server`), as Microsoft's add-in template does.
// - Elsewhere (Linux, or when office-addin-debugging answers "platform is not supported" or fails): starts the
//   webpack dev server in the background and prints the address to open in a browser, where the same pane works
//   on files. `npm stop` ends it.
// Options: --browser   skip sideloading even where Excel exists
//          --foreground keep the dev server attached to this terminal (Ctrl+C ends it)
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const https = require('node:https');
const http = require('node:http');
const { spawn } = require('node:child_process');
const { DEV_BASE_URL } = require('./manifest-urls');
const { devHttpsOptions } = require('./dev-certs');
const { STATE_DIR, LOG_FILE, readState, writeState, clearState, isOurServer } = require('./dev-server-state');

const ROOT = path.resolve(__dirname, '..');
const WEBPACK_CLI = require.resolve('webpack-cli/bin/cli.js');
const PORT = Number(new URL(DEV_BASE_URL).port);
/** How long to wait for the first compile before giving up. */
const READY_TIMEOUT_MS = 240_000;

/**
 * Runs office-addin-debugging start and mirrors its output.
 * @returns {Promise<{ok: boolean, unsupported: boolean}>}
 */
function sideload() {
  return new Promise((resolve) => {
    let cli;
    try {
      cli = require.resolve('office-addin-debugging/cli.js');
    } catch {
      resolve({ ok: false, unsupported: true });
      return;
    }
    const child = spawn(process.execPath, [cli, 'start', 'manifest.xml'], { cwd: ROOT, stdio: ['inherit', 'pipe', 'pipe'] });
    let text = '';
    const tee = (stream, out) => stream.on('data', (d) => {
      text += d;
      out.write(d);
    });
    tee(child.stdout, process.stdout);
    tee(child.stderr, process.stderr);
    child.on('error', () => resolve({ ok: false, unsupported: false }));
    child.on('exit', (code) => resolve({ ok: code === 0 && !/not supported/i.test(text), unsupported: /platform is not supported/i.test(text) }));
  });
}

/** Resolves true when GET url answers 200 (certificate not checked: it is our own dev certificate). */
function answers(url) {
  return new Promise((resolve) => {
    const lib = url.startsWith('https:') ? https : http;
    const req = lib.get(url, { rejectUnauthorized: false, timeout: 3000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

function printAddress(url, httpsOk) {
  const page = `${url}/taskpane.html`;
  console.log('');
  console.log(`在浏览器中打开 ${page} — 同一个任务窗格可以处理文件（下载模板、校验、汇总）。`);
  console.log(`Open ${page} in a browser — the same pane works on files (template, check, merge).`);
  if (httpsOk) console.log('（证书为本机自签名证书，浏览器首次打开时会提示，确认继续即可 / self-signed local certificate: accept the browser warning once.)');
  console.log('停止 / stop: npm stop');
}

function tail(file, lines = 25) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function serveInBrowser(foreground) {
  const running = readState();
  if (running && isOurServer(running.pid)) {
    console.log(`开发服务器已在运行 (pid ${running.pid}) / the dev server is already running.`);
    printAddress(running.url, running.url.startsWith('https:'));
    return 0;
  }
  clearState();

  const certs = await devHttpsOptions();
  if (!certs.https) console.warn(`未能生成 https 证书，改用 http（Office 需要 https，浏览器可用）/ no certificates (${certs.reason}): serving http.`);
  else console.log(`https 证书 / certificates: ${certs.where}`);
  const url = `${certs.https ? 'https' : 'http'}://localhost:${PORT}`;
  const env = { ...process.env, ...(certs.https ? {} : { DEV_SERVER_HTTP: '1' }) };
  const args = [WEBPACK_CLI, 'serve', '--mode', 'development'];

  if (foreground) {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'inherit' });
    const ready = setInterval(async () => {
      if (await answers(`${url}/taskpane.html`)) {
        clearInterval(ready);
        printAddress(url, certs.https);
      }
    }, 2000);
    return new Promise((resolve) => child.on('exit', (code) => {
      clearInterval(ready);
      resolve(code ?? 0);
    }));
  }

  fs.mkdirSync(STATE_DIR, { recursive: true });
  const log = fs.openSync(LOG_FILE, 'w');
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', log, log], detached: true });
  writeState({ pid: child.pid, url, startedAt: new Date().toISOString() });
  let exited = null;
  child.on('exit', (code) => {
    exited = code ?? 1;
  });
  console.log(`正在编译并启动开发服务器 (pid ${child.pid})… / building and starting the dev server… log: ${path.relative(process.cwd(), LOG_FILE)}`);
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (exited !== null) {
      clearState();
      console.error(`开发服务器未能启动 / the dev server stopped (exit ${exited}):\n${tail(LOG_FILE)}`);
      if (/EADDRINUSE/.test(tail(LOG_FILE))) console.error(`端口 ${PORT} 已被占用：先运行 npm stop，或关闭占用该端口的程序 / port ${PORT} is in use: run npm stop or close the program using it.`);
      return 1;
    }
    if (await answers(`${url}/taskpane.html`)) {
      child.unref();
      printAddress(url, certs.https);
      return 0;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  console.error(`开发服务器 ${READY_TIMEOUT_MS / 1000} 秒内没有响应 / no answer within ${READY_TIMEOUT_MS / 1000} s:\n${tail(LOG_FILE)}`);
  child.unref();
  return 1;
}

async function main(argv) {
  const browserOnly = argv.includes('--browser');
  const foreground = argv.includes('--foreground');
  const desktopExcel = process.platform === 'win32' || process.platform === 'darwin';
  if (desktopExcel && !browserOnly) {
    const result = await sideload();
    if (result.ok) return 0;
    console.warn(result.unsupported
      ? '此平台不支持旁加载到 Excel，改为在浏览器中使用 / sideloading is not supported here: serving the pane for a browser.'
      : '旁加载失败，改为在浏览器中使用 / sideloading failed: serving the pane for a browser instead.');
  } else if (!browserOnly) {
    console.log('本机没有桌面版 Excel，将在浏览器中使用任务窗格 / no desktop Excel on this platform: serving the pane for a browser.');
  }
  return serveInBrowser(foreground);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    console.error(err && err.stack ? err.stack : err);
    process.exitCode = 1;
  },
);
