import { readFileSync } from 'fs';
import { join } from 'path';
import { parseNotice } from '../../../../src/core/spec/parse-notice';
import type { SpecDraft } from '../../../../src/core/spec/schema';

/**
 * The facts of a parsed notice that issue 11 scores strictly: the year (undefined when unknown), and per item its
 * name, its units (ids, in order) and each target's value and measure word. Tests compare whole digests.
 */
export type Digest = { year?: number; items: { name: string; units: string[]; targets: [number, string][] }[] };

/** A fixture notice of test/fixtures/notices by file name. */
export function fixture(name: string): string {
  return readFileSync(join(__dirname, '../../../fixtures/notices', name), 'utf8');
}

/** The digest of a spec draft. */
export function digestOf(spec: SpecDraft): Digest {
  const items = spec.items.map((i) => ({ name: i.name, units: i.units, targets: i.targets.map((t): [number, string] => [t.value, t.measure]) }));
  return spec.year === undefined ? { items } : { year: spec.year, items };
}

/** Parse a fixture and give its digest. */
export function digestFixture(name: string): Digest {
  return digestOf(parseNotice(fixture(name)).spec);
}

/** What a style test checks of a fixture: its digest, list title and issuer. */
export function styleFacts(name: string): { digest: Digest; listTitle: string; issuer: string } {
  const { spec } = parseNotice(fixture(name));
  return { digest: digestOf(spec), listTitle: spec.listTitle, issuer: spec.issuer };
}
