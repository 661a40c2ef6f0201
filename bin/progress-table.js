#!/usr/bin/env node
// The `progress-table` command: runs the TypeScript CLI (src/cli/main.ts) through tsx, so no build step is needed.
'use strict';
const path = require('path');
require('tsx/cjs/api').register();
const { main, quietOnBrokenPipe } = require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));
quietOnBrokenPipe();
main(process.argv).then((code) => {
  process.exitCode = code;
});
