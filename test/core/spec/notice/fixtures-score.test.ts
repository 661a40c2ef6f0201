import { digestFixture } from './digest';
import { EXPECTED } from './expected';
import { strictScore } from './score';

/**
 * Issue 11's strict score over our fixture notices (one per style): item count, names, each item's units, each
 * target's value and measure word, the year. Prints the score per notice and in total; every fact must be found.
 */
test('strict score over the fixture notices is 100 %', () => {
  let found = 0;
  let facts = 0;
  const lines: string[] = [];
  for (const [file, want] of Object.entries(EXPECTED)) {
    const s = strictScore(digestFixture(file), want);
    found += s.found;
    facts += s.facts;
    lines.push(`${file}: ${s.found}/${s.facts}`);
  }
  lines.push(`total: ${found}/${facts} = ${((100 * found) / facts).toFixed(1)} %`);
  process.stdout.write(`notice parser strict score\n${lines.join('\n')}\n`);
  expect({ found, facts }).toEqual({ found: facts, facts });
});
