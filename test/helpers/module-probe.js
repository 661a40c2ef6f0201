// Preload for tests (node -r test/helpers/module-probe.js …): at exit, writes to stderr one line
// "LOADED [..]" naming what the process loaded, from the module cache: npm packages by name ("@e965/xlsx", "jszip")
// and files of dist-cli/ as "dist-cli/<file>".
'use strict';
process.on('exit', () => {
  const seen = new Set();
  for (const file of Object.keys(require.cache)) {
    const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file);
    const own = /[\\/]dist-cli[\\/]([^\\/]+)$/.exec(file);
    if (pkg) seen.add(pkg[1].replace(/\\/g, '/'));
    else if (own) seen.add(`dist-cli/${own[1]}`);
  }
  process.stderr.write(`LOADED ${JSON.stringify([...seen].sort())}\n`);
});
