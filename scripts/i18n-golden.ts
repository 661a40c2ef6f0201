/**
 * Writes test/core/i18n/zh-CN.golden.json: the literal zh-CN wording of every finding message and every catalogue
 * word. The test test/core/i18n/catalogue.test.ts fails whenever the catalogue and this file disagree, so a change
 * of wording is a visible decision: change the catalogue, run `npx tsx scripts/i18n-golden.ts`, review the diff.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { MESSAGES } from '../src/core/i18n/messages';
import { WORDS } from '../src/core/i18n/words';

const messages: Record<string, { severity: string; message: string; hint: string }> = {};
for (const code of Object.keys(MESSAGES).sort()) {
  const e = MESSAGES[code];
  messages[code] = { severity: e.severity, message: e['zh-CN'].message, hint: e['zh-CN'].hint };
}
const words: Record<string, string> = {};
for (const key of Object.keys(WORDS).sort()) words[key] = WORDS[key as keyof typeof WORDS]['zh-CN'];
writeFileSync(join(__dirname, '..', 'test', 'core', 'i18n', 'zh-CN.golden.json'), JSON.stringify({ messages, words }, null, 2) + '\n');
