/**
 * Runs one CLI command in-process for the tests: a fresh commander program with only that command registered,
 * stdout / stderr captured, `process.exitCode` read back and reset.
 */
import { Command } from 'commander';

/** What one run gave: the exit code (0 when none was set; 2 when commander threw) and the printed text. */
export type CliRun = { code: number; out: string; err: string };

/**
 * Run `fn` with process.stdout / process.stderr captured and `process.exitCode` cleared before and after:
 * resolves to what `fn` returned and the printed text.
 */
export async function captureOutput<T>(fn: () => Promise<T>): Promise<{ value: T; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = undefined;
  try {
    const value = await fn();
    return { value, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/**
 * A runner for `progress-table <name> args…`: `register` adds the command to a fresh program on each run
 * (`exitOverride`, so a usage error throws instead of exiting the test process).
 */
export function cliRunner(name: string, register: (program: Command) => void): (args: string[]) => Promise<CliRun> {
  return async (args) => {
    const program = new Command().exitOverride();
    register(program);
    const { out, err } = await captureOutput(async () => {
      try {
        await program.parseAsync(['node', 'progress-table', name, ...args]);
      } catch {
        process.exitCode = process.exitCode ?? 2;
      }
    });
    const code = typeof process.exitCode === 'number' ? process.exitCode : 0;
    process.exitCode = undefined;
    return { code, out, err };
  };
}
