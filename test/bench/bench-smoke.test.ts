/**
 * `npm run bench` still runs: 2 files, 1 round, every process started and measured, the table and the targets
 * printed. Says nothing about speed (that is the benchmark's job, not a test's).
 */
import { benchOptions, runBench } from '../../bench/merge';

test('the benchmark runs the CLI and both floors as processes and prints the table', async () => {
  let text = '';
  const result = await runBench({ sizes: [2], rounds: 1, write: (t) => (text += t) });
  expect(result.sizes.map((z) => [z.files, z.ours.length, z.sheetjs.length, z.unzip.length])).toEqual([[2, 1, 1, 1]]);
  for (const u of [...result.sizes[0].ours, ...result.help, ...result.bareNode]) {
    expect(u.cpuMs).toBeGreaterThan(0);
    expect(u.maxRssMb).toBeGreaterThan(0);
  }
  expect(text).toContain('| 2 |');
  expect(text).toContain('--help CPU');
});

test('sizes and rounds come from the command line; a bad value is refused', () => {
  expect(benchOptions(['--sizes', '15,500', '--rounds', '3'])).toEqual({ sizes: [15, 500], rounds: 3 });
  expect(benchOptions([])).toEqual({ sizes: [15, 500, 1500], rounds: 5 });
  expect(() => benchOptions(['--rounds', 'x'])).toThrow('usage');
  expect(() => benchOptions(['--size', '15'])).toThrow('usage');
});
