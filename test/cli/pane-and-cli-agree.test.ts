/**
 * Issue 3, "The CLI and the pane give the same findings for the same file": the pane's file use-cases
 * (src/taskpane/usecases/files.ts, what the page calls outside Excel) and the CLI (`validate --json`,
 * `merge --json`) run on the same example files and must say the same things.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { filesHost } from '../../src/taskpane/usecases/files';
import { registerValidate } from '../../src/cli/validate';
import { registerMerge } from '../../src/cli/merge';
import { cliRunner } from '../helpers/cli';

const EXAMPLES = path.join(__dirname, '..', '..', 'examples');
const files = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.xlsx')).sort();
const asFile = (name: string) => new File([fs.readFileSync(path.join(EXAMPLES, name))], name);
const TODAY = '2026-10-15';

type Brief = { code: string; severity: string; sheet: string | null; cell: string | null; message: string };
const brief = (f: Brief): Brief => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell, message: f.message });

beforeAll(() => {
  // The pane takes "today" from the clock; fake the date only, so both sides judge deadlines on the same day.
  jest.useFakeTimers({ now: new Date(`${TODAY}T09:00:00`), doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval', 'nextTick', 'queueMicrotask'] });
});
afterAll(() => jest.useRealTimers());

test.each(files)('validate: the pane and the CLI give the same findings for %s', async (name) => {
  const pane = await filesHost(LINZI_2026).files.validateFile(asFile(name), 3);
  const run = await cliRunner('validate', registerValidate)([path.join(EXAMPLES, name), '--quarter', '3', '--json', '--today', TODAY]);
  const json = JSON.parse(run.out) as { files: { unit: string | null; quarter: number | null; findings: Brief[] }[] };
  expect(json.files).toHaveLength(1);
  expect(json.files[0].findings).toEqual(pane.findings.map(brief));
  expect(json.files[0].unit ?? undefined).toBe(pane.report.identity.unit);
});

test('merge: the pane and the CLI give the same roster for the examples', async () => {
  const pane = await filesHost(LINZI_2026).mergeFiles(files.map(asFile), { quarter: 3, layout: 'official' });
  const run = await cliRunner('merge', registerMerge)([EXAMPLES, '--quarter', '3', '--json']);
  const json = JSON.parse(run.out) as { roster: { units: { unit: string; status: string }[] } };
  expect(json.roster.units.map((u) => [u.unit, u.status])).toEqual(pane.summary.roster.units.map((u) => [u.unit, u.status]));
  expect(pane.summary.roster.units.find((u) => u.unit === '区科协')?.status).toBe('missing');
});
