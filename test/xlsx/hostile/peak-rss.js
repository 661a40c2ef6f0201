// Preloaded into a child process by test/xlsx/hostile-files.test.ts (`node -r …`): prints the process's peak resident
// set size (process.resourceUsage().maxRSS, kilobytes) on stderr when it exits.
'use strict';
process.on('exit', () => {
  process.stderr.write(`\nPEAK_RSS_KB=${process.resourceUsage().maxRSS}\n`);
});
