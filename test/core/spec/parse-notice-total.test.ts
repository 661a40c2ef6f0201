import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { parseNotice } from '../../../src/core/spec/parse-notice';

/** parseNotice is total: any text, however broken or hostile, gives a result and never throws. */
const NOTICE = readFileSync(join(__dirname, '../../../data/2026-linzi-notice.txt'), 'utf8');
const PIECES = NOTICE.split(/(?<=[。，、；\n（）：])/u);

test('any string gives a spec and findings, never a throw', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
      const r = parseNotice(text);
      expect(Array.isArray(r.findings)).toBe(true);
      expect(Array.isArray(r.spec.items)).toBe(true);
    }),
    { numRuns: 300 },
  );
});

test('shuffled and cut pieces of the seed notice never throw', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }), (pieces) => {
      const r = parseNotice(pieces.join(''));
      // An item without units is left without (never a placeholder) and always has its finding.
      for (const item of r.spec.items.filter((i) => i.units.length === 0)) {
        expect(r.findings.filter((f) => f.code === 'item-no-units' && f.message.startsWith(`第${item.number}项`)).length).toBe(1);
      }
    }),
    { numRuns: 200 },
  );
});

test('a notice fifty times the seed size parses in well under a second per copy', () => {
  const big = Array.from({ length: 50 }, () => NOTICE).join('\n');
  const start = Date.now();
  parseNotice(big);
  expect(Date.now() - start).toBeLessThan(5000);
});
