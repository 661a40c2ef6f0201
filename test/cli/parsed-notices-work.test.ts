import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { registerMerge } from '../../src/cli/merge';
import { registerParseNotice } from '../../src/cli/parse-notice';
import { registerTemplate } from '../../src/cli/template';
import { registerValidate } from '../../src/cli/validate';
import { cliRunner } from '../helpers/cli';

/**
 * Issue 11, done when: `template --spec`, `validate --spec` and `merge --spec` work on every parsed notice, with no
 * placeholder unit and no invented year. Each fixture notice (one per style) is parsed to a spec file (`--year` only
 * for the notice that names none), a template is made from it for all units and for its first unit, validated, and
 * merged.
 */
const FIXTURES = path.join(__dirname, '../fixtures/notices');
const NOTICES = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();
const parse = cliRunner('parse-notice', registerParseNotice);
const template = cliRunner('template', registerTemplate);
const validate = cliRunner('validate', registerValidate);
const merge = cliRunner('merge', registerMerge);

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'parsed-notices-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test.each(NOTICES)('%s: parse-notice, then template, validate and merge with --spec', async (name) => {
  const work = path.join(dir, path.basename(name, '.txt'));
  fs.mkdirSync(path.join(work, 'in'), { recursive: true });
  const specFile = path.join(work, 'spec.json');
  const noYear = name === 'never-invent.txt';
  const parsed = await parse([path.join(FIXTURES, name), '-o', specFile, ...(noYear ? ['--year', '2026'] : [])]);
  expect(parsed.code).toBe(0);
  const json = fs.readFileSync(specFile, 'utf8');
  expect(json).not.toContain('待定');
  const spec = JSON.parse(json) as { year: number; units: { id: string }[] };
  const all = path.join(work, 'in', '全部.xlsx');
  expect((await template(['--quarter', '1', '--spec', specFile, '-o', all])).code).toBe(0);
  // A notice that names no unit at all (news-no-units.txt) has only the table for all units.
  const unit = spec.units[0]?.id;
  const own = unit ? path.join(work, 'in', `${unit}.xlsx`) : all;
  if (unit) expect((await template(['--quarter', '1', '--unit', unit, '--spec', specFile, '-o', own])).code).toBe(0);
  expect([0, 1]).toContain((await validate([own, '--quarter', '1', '--spec', specFile])).code);
  const merged = await merge([path.join(work, 'in'), '--quarter', '1', '--spec', specFile, '-o', path.join(work, '汇总.xlsx')]);
  expect(merged.code).toBe(0);
  expect(merged.out + merged.err).not.toContain('待定');
  expect(merged.out).toContain(`${spec.year}年第一季度`);
});
