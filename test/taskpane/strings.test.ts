import { placeholders } from '../../src/core/i18n';
import { LEDGER_STRINGS, pickLang, STRINGS } from '../../src/taskpane/strings';
import { errorText } from '../../src/taskpane/error-text';
import { detectHost } from '../../src/taskpane/host';
import { groupFindings } from '../../src/taskpane/components/FindingList';

describe('pickLang', () => {
  it('takes Office’s display language first, then the browser’s, Chinese by default', () => {
    expect(pickLang('en-US', 'zh-CN')).toBe('en-US');
    expect(pickLang('zh-CN', 'en-US')).toBe('zh-CN');
    expect(pickLang(undefined, 'en-GB')).toBe('en-US');
    expect(pickLang('fr-FR', undefined)).toBe('zh-CN');
  });
});

/** Every leaf of a table as [path, text]. */
function leaves(table: unknown, prefix = ''): [string, string][] {
  if (typeof table === 'string') return [[prefix, table]];
  return Object.entries(table as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe('the string tables', () => {
  it('give every label in both languages, with the same placeholders', () => {
    const zh = new Map(leaves(STRINGS['zh-CN']));
    const en = new Map(leaves(STRINGS['en-US']));
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    const differ = [...zh].filter(([k, v]) => placeholders(v).join() !== placeholders(en.get(k) ?? '').join()).map(([k]) => k);
    expect(differ).toEqual([]);
    for (const [k, v] of [...zh, ...en]) expect({ k, empty: v.trim() === '' }).toEqual({ k, empty: false });
  });

  it('keep Chinese punctuation out of the en-US labels (one style per language; the hint that names the “、” separator excepted)', () => {
    const mixed = leaves(STRINGS['en-US']).filter(([k, v]) => !['desk.language', 'spec.itemUnitsHint'].includes(k) && /[，。：；（）、！？]/.test(v));
    expect(mixed).toEqual([]);
  });

  it('give the ledger panel’s words in both languages, with the same placeholders', () => {
    const zh = new Map(leaves(LEDGER_STRINGS['zh-CN']));
    const en = new Map(leaves(LEDGER_STRINGS['en-US']));
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
    expect([...zh].filter(([k, v]) => placeholders(v).join() !== placeholders(en.get(k) ?? '').join()).map(([k]) => k)).toEqual([]);
  });

  it('have the same keys in both languages, none empty', () => {
    expect(Object.keys(STRINGS['en-US']).sort()).toEqual(Object.keys(STRINGS['zh-CN']).sort());
    for (const table of Object.values(STRINGS)) for (const v of Object.values(table)) expect(v).toBeTruthy();
  });
});

describe('errorText', () => {
  it('maps reader codes, Office codes and RangeErrors; never the raw message', () => {
    expect(errorText({ code: 'file-encrypted', message: 'raw' }, 'zh-CN')).toBe('文件设置了打开密码，无法读取。请取消打开密码后再发送。');
    expect(errorText({ code: 'AccessDenied', message: 'raw' }, 'en-US')).toContain('cannot be changed');
    expect(errorText(new RangeError('raw'), 'zh-CN')).toBe('季度或填报单位无效，请重新选择。');
    expect(errorText(new Error('raw'), 'en-US')).toBe(STRINGS['en-US'].errorGeneric);
  });

  it('says the add-in’s files could not be fetched for webpack’s ChunkLoadError (name set as webpack 5’s runtime does)', () => {
    const chunk = Object.assign(new Error('Loading chunk 953 failed.\n(error: https://intranet/953.js)'), { name: 'ChunkLoadError', type: 'error' });
    expect(errorText(chunk, 'zh-CN')).toBe(STRINGS['zh-CN'].errorLoadFailed);
    expect(errorText(chunk, 'en-US')).toBe(STRINGS['en-US'].errorLoadFailed);
    expect(errorText(chunk, 'zh-CN')).not.toContain('953');
  });

  it('says what a foreign file is and what to do, from the reader catalogue, when the pane has no words of its own', () => {
    expect(errorText({ code: 'file-is-word', message: 'raw' }, 'zh-CN')).toBe(
      '文件是 Word 文档，不是 Excel 表格。请把内容填在 Excel 模板（进展情况表）中，保存为 .xlsx 后再发送；只改文件扩展名没有用。',
    );
    expect(errorText({ code: 'file-is-word', message: 'raw' }, 'en-US')).toBe(
      'The file is a Word document, not a workbook. Fill in the Excel template and send it as .xlsx; renaming the file does not help.',
    );
  });
});

describe('detectHost', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it('is a browser when office.js did not load', async () => {
    expect(await detectHost()).toEqual({ host: 'browser', lang: 'zh-CN' });
  });

  it('is a browser when Office.onReady resolves with host null (outside Office)', async () => {
    (globalThis as { Office?: unknown }).Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
    expect((await detectHost()).host).toBe('browser');
  });

  it('is Excel, in Excel’s display language, inside Excel', async () => {
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => Promise.resolve({ host: 'Excel', platform: 'PC' }),
      context: { displayLanguage: 'en-US' },
    };
    expect(await detectHost()).toEqual({ host: 'excel', lang: 'en-US' });
  });
});

describe('groupFindings', () => {
  it('groups by sheet and 1-based row, file- and sheet-level apart, keeping order', () => {
    const base = { code: 'c', severity: 'error' as const, message: 'm', hint: 'h' };
    const groups = groupFindings(
      [
        { ...base, sheet: null, cell: null, file: 'a.xlsx' },
        { ...base, sheet: 'S', cell: 'D7' },
        { ...base, sheet: 'S', cell: null },
        { ...base, sheet: 'S', cell: 'E7' },
      ],
      STRINGS['zh-CN'],
    );
    expect(groups.map((g) => [g.title, g.findings.length])).toEqual([
      ['整个文件', 1],
      ['S · 第 7 行', 2],
      ['S · 整张工作表', 1],
    ]);
  });
});
