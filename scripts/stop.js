#!/usr/bin/env node
// `npm stop`: the counterpart of `npm start`.
// - Windows / macOS: `office-addin-debugging stop manifest.xml` (removes the sideloaded add-in, stops its dev server).
// - Everywhere: ends the background dev server that `npm start` recorded in its pid file — that process group only,
//   after checking the pid still belongs to a webpack process — or says that none is running.
'use strict';

const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { readState, clearState, isOurServer } = require('./dev-server-state');

const ROOT = path.resolve(__dirname, '..');

function stopSideload() {
  let cli;
  try {
    cli = require.resolve('office-addin-debugging/cli.js');
  } catch {
    return;
  }
  spawnSync(process.execPath, [cli, 'stop', 'manifest.xml'], { cwd: ROOT, stdio: 'inherit' });
}

/** Sends SIGTERM to the recorded dev server's process group (it was started detached, as its leader). */
function stopDevServer() {
  const state = readState();
  if (!state) {
    console.log('没有由 npm start 启动的开发服务器在运行 / no dev server started by npm start is running.');
    return 0;
  }
  if (!isOurServer(state.pid)) {
    clearState();
    console.log(`开发服务器 (pid ${state.pid}) 已不在运行 / the dev server (pid ${state.pid}) is no longer running.`);
    return 0;
  }
  try {
    if (process.platform === 'win32') process.kill(state.pid);
    else process.kill(-state.pid, 'SIGTERM');
  } catch (err) {
    console.error(`无法停止 pid ${state.pid} / could not stop pid ${state.pid}: ${err.message}`);
    return 1;
  }
  clearState();
  console.log(`已停止开发服务器 (pid ${state.pid}, ${state.url}) / dev server stopped.`);
  return 0;
}

if (process.platform === 'win32' || process.platform === 'darwin') stopSideload();
process.exitCode = stopDevServer();
