// Benchmark floor: a bare SheetJS read of every workbook in a folder (XLSX.read with its defaults, the same library
// and version the CLI reads with), nothing else. Usage: node bench/floors/sheetjs.js DIR
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const XLSX = require('@e965/xlsx');

const dir = process.argv[2];
let sheets = 0;
for (const name of fs.readdirSync(dir).sort()) {
  if (!name.endsWith('.xlsx')) continue;
  const wb = XLSX.read(fs.readFileSync(path.join(dir, name)), { type: 'buffer' });
  sheets += wb.SheetNames.length;
}
process.stdout.write(`${sheets} sheets\n`);
