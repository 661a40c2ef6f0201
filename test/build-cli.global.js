// Jest globalSetup: compile the CLI (scripts/build-cli.js, under a second) before any test runs, so tests that start
// `bin/progress-table.js` as a process run today's source, never a stale dist-cli/.
'use strict';
const { buildCli } = require('../scripts/build-cli');

module.exports = async () => {
  await buildCli({ quiet: true });
};
