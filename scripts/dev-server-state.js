// Where `npm start` records the dev server it started in the background, so `npm stop` ends exactly that
// process (by its id, after checking it is still our webpack server) and nothing else.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

/** Folder for the pid and log files (inside node_modules, so never committed). */
const STATE_DIR = path.resolve(__dirname, '..', 'node_modules', '.cache', 'progress-table');
/** JSON `{pid, url, startedAt}` of the running dev server. */
const PID_FILE = path.join(STATE_DIR, 'dev-server.json');
/** The dev server's output. */
const LOG_FILE = path.join(STATE_DIR, 'dev-server.log');

/**
 * Reads the pid file.
 * @returns {{pid: number, url: string, startedAt: string} | undefined} undefined when absent or unreadable
 */
function readState() {
  try {
    const state = JSON.parse(fs.readFileSync(PID_FILE, 'utf8'));
    return Number.isInteger(state.pid) && state.pid > 1 ? state : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the pid file. */
function writeState(state) {
  fs.mkdirSync(STATE_DIR, { recursive: true });
  fs.writeFileSync(PID_FILE, JSON.stringify(state, null, 2));
}

/** Removes the pid file (no error when absent). */
function clearState() {
  fs.rmSync(PID_FILE, { force: true });
}

/**
 * Is `pid` alive and (where /proc exists) a webpack process? Guards against a recycled pid.
 * @param {number} pid
 * @returns {boolean}
 */
function isOurServer(pid) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return cmdline.includes('webpack');
  } catch {
    return true; // no /proc (macOS, Windows): trust the pid file
  }
}

module.exports = { STATE_DIR, PID_FILE, LOG_FILE, readState, writeState, clearState, isOurServer };
