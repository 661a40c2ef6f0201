/**
 * The old-webview script (src/taskpane/old-webview.es5.js, copied to dist/old-webview.js) must run in Internet
 * Explorer 11: it parses under an ES5-only parser (acorn, ecmaVersion 5, as a classic script), and it uses none of
 * the ES2015+ library members IE11 lacks. What it shows is tested in Chromium (test/e2e/old-webview.test.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'acorn';

const SOURCE = fs.readFileSync(path.join(__dirname, '..', '..', 'src', 'taskpane', 'old-webview.es5.js'), 'utf8');

test('parses as ECMAScript 5 (a classic script, no module syntax)', () => {
  expect(() => parse(SOURCE, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
});

test('an ES2015 line would not parse (the check is real)', () => {
  expect(() => parse(`${SOURCE}\nvar f = () => 1;`, { ecmaVersion: 5, sourceType: 'script' })).toThrow(/Unexpected token/);
});

test('uses no library member IE11 lacks', () => {
  const newer = /\b(Promise|Symbol|Map|Set|WeakMap|fetch|Array\.from|Object\.assign|Object\.entries|Object\.values|currentScript)\b|\.(includes|startsWith|endsWith|find|findIndex|padStart|repeat)\(/g;
  expect(SOURCE.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '').match(newer)).toBeNull();
});
