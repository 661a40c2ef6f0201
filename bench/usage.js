// Preloaded into every process the benchmark starts (node -r bench/usage.js …): when the process exits it appends
// one JSON line {cpuMs, userMs, systemMs, maxRssMb} to the file named by $BENCH_USAGE_FILE. process.cpuUsage and
// resourceUsage are the whole process's (every thread: the CLI's read worker too), from its start, Node's own
// start-up included: what the user waits for, as CPU time (wall time on a shared machine says little).
'use strict';
const fs = require('node:fs');

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const cpu = process.cpuUsage();
    const usage = process.resourceUsage();
    const line = { cpuMs: (cpu.user + cpu.system) / 1000, userMs: cpu.user / 1000, systemMs: cpu.system / 1000, maxRssMb: usage.maxRSS / 1024 };
    fs.appendFileSync(file, `${JSON.stringify(line)}\n`);
  });
}
