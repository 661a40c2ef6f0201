import { VALIDATE_MESSAGES } from '../../../src/core/validate/messages';
import { READ_MESSAGES } from '../../../src/core/read/messages';
import * as fs from 'node:fs';
import * as path from 'node:path';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe.each([
  ['validate', VALIDATE_MESSAGES],
  ['read', READ_MESSAGES],
])('%s messages', (_name, table) => {
  test.each(Object.keys(table))('%s: kebab-case, zh-CN and en-US with the same placeholders', (code) => {
    expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const e = table[code];
    expect(e['zh-CN'].message).not.toBe('');
    expect(e['en-US'].message).not.toBe('');
    expect(placeholders(e['en-US'].message + e['en-US'].hint)).toEqual(placeholders(e['zh-CN'].message + e['zh-CN'].hint));
  });
});

test('every rule file has its test and every code a rule', () => {
  const root = path.join(__dirname, '../../../src/core/validate/rules');
  const rules = fs.readdirSync(root).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  for (const f of rules) expect(fs.existsSync(path.join(__dirname, 'rules', f.replace(/\.ts$/, '.test.ts')))).toBe(true);
  // findings-truncated is made by validate/cap.ts (the per-code cap), not by a rule.
  const source = [...rules.map((f) => path.join(root, f)), path.join(root, '..', 'cap.ts')].map((f) => fs.readFileSync(f, 'utf8')).join('\n');
  for (const code of Object.keys(VALIDATE_MESSAGES)) expect(source).toContain(`'${code}'`);
});
