/**
 * LibreOffice headless for the tests: convert a workbook to CSV (UTF-8, every sheet) or PDF, and read a PDF's pages
 * with poppler's `pdfinfo` / `pdftotext`. Debian packages: libreoffice-calc-nogui, fonts-wqy-zenhei (without a CJK
 * font every Chinese character renders as a box), poppler-utils. Each conversion runs with its own fresh profile
 * (`-env:UserInstallation=file://…`) so parallel runs never share one.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Path of an executable on PATH, or undefined. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const p = path.join(dir, name);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The soffice binary, or undefined when LibreOffice is not installed. */
export function soffice(): string | undefined {
  return onPath('soffice') ?? onPath('libreoffice');
}

/**
 * CSV filter options (NOTES.md): comma, double quote, UTF-8 (76), start row 1, …, and token 12 = -1: every sheet to
 * its own file `<name>-<sheet>.csv` (LibreOffice 7.2+).
 */
export const CSV_FILTER = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

/**
 * `describe` for checks that need LibreOffice: runs `fn` when soffice is installed. Without it, on a developer's
 * machine the block is skipped with a loud warning naming `what`; under CI (the `CI` variable set, as .ci/run and CI
 * services do) one test fails instead, so a missing LibreOffice can never pass a CI run by skipping.
 */
export function describeWithLibreOffice(name: string, what: string, fn: () => void): void {
  if (soffice() !== undefined) return describe(name, fn);
  if (process.env.CI) {
    describe(name, () => {
      test('LibreOffice is installed (required under CI)', missingUnderCi(what));
    });
    return;
  }
  warnSkipped(what);
  describe.skip(name, fn);
}

/**
 * `test` for a single check that needs LibreOffice, as `describeWithLibreOffice` for a block: with soffice the test
 * runs; without it under CI the test fails naming what is missing; elsewhere it is skipped with a loud warning.
 */
export function testWithLibreOffice(what: string): (name: string, fn: jest.ProvidesCallback, timeout?: number) => void {
  if (soffice() !== undefined) return (name, fn, timeout) => test(name, fn, timeout);
  if (process.env.CI) return (name) => test(name, missingUnderCi(what));
  warnSkipped(what);
  return (name, fn, timeout) => test.skip(name, fn, timeout);
}

/** The body of the test that stands for LibreOffice checks under CI when soffice is missing: it throws. */
function missingUnderCi(what: string): () => void {
  return () => {
    throw new Error(`soffice not found on PATH: ${what} cannot run. Install: apt-get install --no-install-recommends libreoffice-calc-nogui libreoffice-writer-nogui fonts-wqy-zenhei poppler-utils`);
  };
}

function warnSkipped(what: string): void {
  console.warn(`\n*** LibreOffice (soffice) NOT FOUND: ${what} are SKIPPED (under CI this fails). ***\n`);
}

/** Convert `input` with `--convert-to target` into `outDir`; resolves when soffice exits (2 minutes at most). */
export async function convert(input: string, target: string, outDir: string): Promise<void> {
  const bin = soffice();
  if (!bin) throw new Error('soffice not found');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    await run(bin, [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', target, '--outdir', outDir, input], {
      timeout: 120000,
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Parse CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, line breaks) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Page count and each page's size in points (from `pdfinfo -f 1 -l N`). */
export async function pdfPages(file: string): Promise<{ count: number; sizes: { width: number; height: number }[] }> {
  const { stdout } = await run('pdfinfo', ['-f', '1', '-l', '1000', file]);
  const count = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
  const sizes = [...stdout.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
  return { count, sizes };
}

/** The text of one PDF page (1-based), laid out (`pdftotext -layout`). */
export async function pdfPageText(file: string, page: number): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-f', String(page), '-l', String(page), file, '-']);
  return stdout;
}
