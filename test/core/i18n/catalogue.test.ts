import { fillTemplate, placeholders } from '../../../src/core/i18n/catalogue';
import { MESSAGES } from '../../../src/core/i18n/messages';
import { WORDS } from '../../../src/core/i18n/words';
import golden from './zh-CN.golden.json';

/** Every text of the catalogue by language: finding messages and hints, and the other words. */
function texts(lang: 'zh-CN' | 'en-US'): [string, string][] {
  return [
    ...Object.entries(MESSAGES).flatMap(([code, e]): [string, string][] => [
      [`${code}.message`, e[lang].message],
      [`${code}.hint`, e[lang].hint],
    ]),
    ...Object.entries(WORDS).map(([key, w]): [string, string] => [key, w[lang]]),
  ];
}

test('every key has both languages, none empty (a separator may be a space)', () => {
  for (const lang of ['zh-CN', 'en-US'] as const) {
    for (const [key, text] of texts(lang)) expect([key, typeof text, text.length > 0]).toEqual([key, 'string', true]);
  }
});

test('both languages of a key use the same placeholders', () => {
  const en = new Map(texts('en-US'));
  for (const [key, zh] of texts('zh-CN')) expect([key, placeholders(en.get(key) ?? '')]).toEqual([key, placeholders(zh)]);
});

test('the literal zh-CN wording of every message and word is the reviewed one (zh-CN.golden.json)', () => {
  const messages = Object.fromEntries(
    Object.keys(MESSAGES).sort().map((c) => [c, { severity: MESSAGES[c].severity, message: MESSAGES[c]['zh-CN'].message, hint: MESSAGES[c]['zh-CN'].hint }]),
  );
  const words = Object.fromEntries(Object.keys(WORDS).sort().map((k) => [k, WORDS[k as keyof typeof WORDS]['zh-CN']]));
  expect({ messages, words }).toEqual(golden);
});

test('en-US uses English punctuation only (a Chinese label may keep its own characters)', () => {
  for (const [key, text] of texts('en-US')) {
    // Full-width punctuation not inside a Chinese name: ，：（）；。、 anywhere but right after a CJK character.
    const bad = text.match(/(^|[^\u4e00-\u9fff])[，：（）；。、]/);
    expect([key, bad?.[0] ?? null]).toEqual([key, null]);
  }
});

test('en-US plurals: a count placeholder before a plural noun has a plural form', () => {
  for (const [key, text] of texts('en-US')) {
    const bare = text.match(/\{(count|n|due|sent|parts|rows|cols|length|errors|warnings)\} (?!\{)[a-z]+s\b/);
    expect([key, bare?.[0] ?? null]).toEqual([key, null]);
  }
  expect(fillTemplate(WORDS['count-warnings']['en-US'], { count: 1 })).toBe('1 warning');
  expect(fillTemplate(WORDS['count-warnings']['en-US'], { count: 2 })).toBe('2 warnings');
  expect(fillTemplate(WORDS['count-errors']['zh-CN'], { count: 1 })).toBe('1 处错误');
});
