/**
 * The import rules of .dependency-cruiser.js (run by `npm run lint`) fail on the imports they are there to stop: a
 * back-arrow inside core, core reaching an adapter or a Node built-in, a module cycle. Each case is a tiny source
 * tree in a temporary folder, cruised with the project's own config; a clean downward tree passes.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.js');
const DEPCRUISE = path.join(ROOT, 'node_modules', '.bin', 'depcruise');

/** Cruise a tree of `files` (path -> source) with the project's rules: exit status and the violations as "rule: from". */
function cruise(files: Record<string, string>): { status: number | null; violations: string[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pt-deps-'));
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'esnext', moduleResolution: 'bundler', strict: true } }));
  for (const [file, source] of Object.entries(files)) {
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), source);
  }
  const run = spawnSync(DEPCRUISE, ['src', '--config', CONFIG, '--output-type', 'err'], { cwd: dir, encoding: 'utf8' });
  fs.rmSync(dir, { recursive: true, force: true });
  const violations = [...run.stdout.matchAll(/^\s*error ([\w-]+): (\S+)/gm)].map((m) => `${m[1]}: ${m[2]}`);
  return { status: run.status, violations: [...new Set(violations)].sort() };
}

const LEAF = 'export const x = 1;\n';
/** A module that imports `x` from `from`. */
const importing = (from: string) => `import { x } from '${from}';\nexport const y = x;\n`;

test('imports that point down the floors pass', () => {
  expect(
    cruise({
      'src/core/text/a.ts': LEAF,
      'src/core/read/b.ts': importing('../text/a'),
      'src/core/layout/c.ts': "import { y } from '../read/b';\nexport const x = y;\n",
      'src/core/ledger/g.ts': importing('../read/b'),
      'src/core/merge/h.ts': "import { y } from '../ledger/g';\nexport const z = y;\n",
      'src/core/report/d.ts': importing('../layout/c'),
      'src/core/validate/messages.ts': importing('../text/a'),
      'src/core/i18n/e.ts': "import { y } from '../validate/messages';\nexport const z = y;\n",
      'src/xlsx/f.ts': "import { y } from '../core/report/d';\nexport const z = y;\n",
      'src/browser/g.ts': "import { z } from '../xlsx/f';\nexport const x = z;\n",
      'src/taskpane/usecases/h.ts': "import { x } from '../../browser/g';\nexport const z = x;\n",
      'src/commands/i.ts': "import { x } from '../browser/g';\nexport const z = x;\n",
      'src/wps/addin/j.ts': "import { z } from '../../taskpane/usecases/h';\nexport const y = z;\n",
    }),
  ).toEqual({ status: 0, violations: [] });
});

test('deliberate bad imports fail, each on its rule', () => {
  const { status, violations } = cruise({
    'src/core/layout/leaf.ts': LEAF,
    'src/core/layout/types.ts': 'export type T = number;\n',
    'src/core/read/leaf.ts': LEAF,
    'src/xlsx/leaf.ts': LEAF,
    // the vocabulary importing a floor above
    'src/core/spec/up.ts': importing('../layout/leaf'),
    // validate importing layout (what the rules did with targetsFor)
    'src/core/validate/up.ts': importing('../layout/leaf'),
    // merge importing layout, a type only
    'src/core/merge/type-up.ts': "import type { T } from '../layout/types';\nexport const y: T = 1;\n",
    // the ledger importing layout, which sits above it
    'src/core/ledger/up.ts': importing('../layout/leaf'),
    // a messages table importing its own room
    'src/core/read/messages.ts': importing('./leaf'),
    // core importing an adapter, and a Node built-in
    'src/core/marks/adapter.ts': importing('../../xlsx/leaf'),
    'src/core/marks/node.ts': "import * as fs from 'node:fs';\nexport const y = fs.existsSync;\n",
    // a module cycle
    'src/core/sheet/a.ts': "import { y } from './b';\nexport const x = () => y;\n",
    'src/core/sheet/b.ts': "import { x } from './a';\nexport const y = () => x;\n",
    // an adapter importing the pane, and the ribbon importing the pane's jobs
    'src/taskpane/usecases/jobs.ts': LEAF,
    'src/browser/up.ts': importing('../taskpane/usecases/jobs'),
    'src/commands/pane.ts': importing('../taskpane/usecases/jobs'),
  });
  expect(status).not.toBe(0);
  expect(violations).toEqual(
    [
      'core-vocabulary-imports-upward: src/core/spec/up.ts',
      'core-validate-imports-upward: src/core/validate/up.ts',
      'core-merge-ledger-imports-upward: src/core/merge/type-up.ts',
      'core-merge-ledger-imports-upward: src/core/ledger/up.ts',
      'core-vocabulary-imports-upward: src/core/read/messages.ts',
      'core-imports-an-adapter: src/core/marks/adapter.ts',
      'core-imports-a-package: src/core/marks/node.ts',
      'no-cycle: src/core/sheet/a.ts',
      'adapter-imports-the-pane: src/browser/up.ts',
      'commands-import-the-pane: src/commands/pane.ts',
    ].sort(),
  );
});
