/**
 * toHalfWidth folds in one pass (it runs on every compared cell); it must give what the three-step definition gives:
 * newlines (CRLF, CR, _x000D_) to LF, full-width ASCII U+FF01..U+FF5E to half-width, Unicode spaces to ' '.
 */
import fc from 'fast-check';
import { toHalfWidth } from '../../../src/core/text/normalize';

/** The definition, step by step, as it was written before the one-pass version. */
function byDefinition(text: string): string {
  return text
    .replace(/_x000D_\n?/gi, '\n')
    .replace(/\r\n?/g, '\n')
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0\u2000-\u200B\u202F\u205F\uFEFF]/g, ' ');
}

const pieces = ['_x000D_', '_X000d_\n', '\r\n', '\r', '\n', 'ＡＢ１', '（）：，', '\u3000', '\u00A0', '\u200B', '\uFEFF', '区卫健局', 'abc', ' '];

test('one pass gives the same text as the step-by-step definition', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => toHalfWidth(parts.join('')) === byDefinition(parts.join(''))));
  fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => toHalfWidth(s) === byDefinition(s)));
});

test('a text with nothing to fold comes back as it is', () => {
  const text = '已完成全部任务';
  expect(toHalfWidth(text)).toBe(text);
  expect(toHalfWidth('２０２６年１２月底\r\n')).toBe('2026年12月底\n');
});
