#!/usr/bin/env node
// The `progress-table` command: runs the CLI compiled once by scripts/build-cli.js (dist-cli/progress-table.js, built
// by `npm install` / `npm ci` through `prepare`, and by `npm run build`). No TypeScript is compiled at run time.
'use strict';
const fs = require('fs');
const path = require('path');

const compiled = path.join(__dirname, '..', 'dist-cli', 'progress-table.js');
if (!fs.existsSync(compiled)) {
  process.stderr.write(
    '错误：命令行工具还没有生成（缺少 dist-cli/progress-table.js）。请在项目文件夹中运行 npm run build:cli（或 npm install）后再试。\n' +
      'The CLI is not built yet (dist-cli/progress-table.js is missing): run `npm run build:cli` (or `npm install`) in the project folder.\n',
  );
  process.exitCode = 2;
} else {
  const { main, quietOnBrokenPipe } = require(compiled);
  quietOnBrokenPipe();
  main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
