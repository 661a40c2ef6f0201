import { readMetadataSheet, type WorkbookMetadata } from '../../src/core/sheet/metadata';
import type { Grid } from '../../src/core/sheet/grid';
import { parseTemplateSpec, type TemplateSpec } from '../../src/core/spec/schema';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { readWorkbookSpec, writeWorkbookSpec } from '../../src/excel/spec-store';
import { countSyncs } from '../../src/excel/sync';
import { strictHost, type StrictHost } from './strict/host';
import { metadataSheet } from './strict/metadata-sheet';

/**
 * The 清单 kept in the workbook (excel/spec-store) beside the add-in's other metadata sheets, under the strict host at
 * ExcelApi 1.18: which sheet is written or read, what it holds afterwards, its protection, and the round trips.
 * (Ported from the office-addin-mock tests; keeping and reading at every level is in strict/ribbon-and-spec-flows.)
 */

/** A small spec made from a notice (not the embedded one). */
const SMALL: TemplateSpec = {
  ...LINZI_2026,
  id: 'notice-2027-test',
  version: '1',
  year: 2027,
  listTitle: '2027年为全区妇女儿童办实事项目清单',
  tableTitle: '2027年为全区妇女儿童办实事工作进展情况表',
  items: [LINZI_2026.items[0]],
};

const TEMPLATE_META: WorkbookMetadata = { templateId: LINZI_2026.id, templateVersion: LINZI_2026.version, year: 2026, quarter: 3, sheets: { progress: '进展情况表' } };

/** A sheet of the host as the core reads it. */
function gridOf(host: StrictHost, name: string): Grid {
  const rows = host.values(name).map((row) => row.map((v) => (v === null ? null : { value: v, text: String(v) })));
  return { name, visibility: 'veryHidden', origin: { row: 0, col: 0 }, rows, merges: [] };
}

/** Everything of a sheet a write could change. */
const stateOf = (host: StrictHost, name: string) => {
  const s = host.sheet(name)!;
  return JSON.stringify([s.name, s.visibility, [...s.cells], s.protection]);
};

describe('writeWorkbookSpec', () => {
  it('adds a very hidden, protected spec sheet beside a template, in 3 syncs, never touching other sheets', async () => {
    const host = strictHost({ level: '1.18', sheets: [{ name: '进展情况表', rows: [['序号']] }, metadataSheet('_ptmeta', TEMPLATE_META)] });
    const before = ['进展情况表', '_ptmeta'].map((n) => stateOf(host, n));
    const c = countSyncs();
    const result = await writeWorkbookSpec(host.context(), SMALL, { support: host.support });
    c.stop();
    expect(result).toEqual({ sheet: '_ptmeta (2)', added: true });
    expect(c.labels).toEqual(['spec-write:sheets', 'spec-write:metadata', 'spec-write:write']);
    expect(host.book.sheets.map((s) => s.name)).toEqual(['进展情况表', '_ptmeta', '_ptmeta (2)']);
    const sheet = host.sheet('_ptmeta (2)')!;
    expect([sheet.visibility, sheet.protection.protected]).toEqual(['VeryHidden', true]);
    expect(['进展情况表', '_ptmeta'].map((n) => stateOf(host, n))).toEqual(before);
    const meta = readMetadataSheet(gridOf(host, '_ptmeta (2)'));
    expect(meta).toEqual({ templateId: 'notice-2027-test', templateVersion: '1', year: 2027, sheets: {}, specJson: JSON.stringify(SMALL), quarter: undefined, unit: undefined, createdAt: undefined });
    expect(parseTemplateSpec(JSON.parse(meta!.specJson!))).toEqual({ ok: true, spec: SMALL });
  });

  it('replaces the spec chunks of the existing spec sheet, keeping its other keys, unprotecting and protecting it again', async () => {
    const oldMeta: WorkbookMetadata = { templateId: 'old', templateVersion: '9', year: 2025, createdAt: '2026-01-02T00:00:00Z', sheets: {}, specJson: 'x'.repeat(65000) };
    const host = strictHost({ level: '1.18', sheets: [metadataSheet('_ptmeta', TEMPLATE_META), metadataSheet('_ptmeta (2)', oldMeta)] });
    const oldRows = host.values('_ptmeta (2)').length;
    const template = stateOf(host, '_ptmeta');
    const c = countSyncs();
    const result = await writeWorkbookSpec(host.context(), SMALL, { support: host.support });
    c.stop();
    expect(result).toEqual({ sheet: '_ptmeta (2)', added: false });
    expect(c.count).toBe(3);
    expect(host.book.sheets.map((s) => s.name)).toEqual(['_ptmeta', '_ptmeta (2)']);
    expect(host.sheet('_ptmeta (2)')!.protection.protected).toBe(true);
    expect(host.requests.flatMap((r) => r.actions.map((a) => a.name)).filter((n) => /protect/i.test(n))).toEqual(['Unprotect', 'Protect']);
    // The old value had three chunks: the rows it used are blanked, not left behind.
    expect(host.values('_ptmeta (2)').length).toBeLessThan(oldRows);
    expect(readMetadataSheet(gridOf(host, '_ptmeta (2)'))).toEqual({
      templateId: 'notice-2027-test', templateVersion: '1', year: 2027, createdAt: '2026-01-02T00:00:00Z', sheets: {}, specJson: JSON.stringify(SMALL), quarter: undefined, unit: undefined,
    });
    expect(stateOf(host, '_ptmeta')).toBe(template);
  });
});

describe('readWorkbookSpec', () => {
  it('reads back the spec sheet’s spec in 2 syncs', async () => {
    const host = strictHost({
      level: '1.18',
      sheets: [
        { name: '进展情况表', rows: [['序号']] },
        metadataSheet('_ptmeta', TEMPLATE_META),
        metadataSheet('_ptmeta (2)', { templateId: SMALL.id, templateVersion: '1', year: 2027, sheets: {}, specJson: JSON.stringify(SMALL) }),
      ],
    });
    const c = countSyncs();
    const found = await readWorkbookSpec(host.context(), host.support);
    c.stop();
    expect(c.labels).toEqual(['spec-read:sheets', 'spec-read:metadata']);
    expect(found).toEqual({ sheet: '_ptmeta (2)', chosen: true, specJson: JSON.stringify(SMALL) });
  });

  it('takes the spec a template’s metadata carries when there is no spec sheet', async () => {
    const host = strictHost({ level: '1.18', sheets: [{ name: '进展情况表' }, metadataSheet('_ptmeta', { ...TEMPLATE_META, specJson: JSON.stringify(SMALL) })] });
    expect(await readWorkbookSpec(host.context(), host.support)).toEqual({ sheet: '_ptmeta', chosen: false, specJson: JSON.stringify(SMALL) });
  });

  it('says nothing for a workbook without the add-in’s sheets, in 1 sync', async () => {
    const host = strictHost({ level: '1.18', sheets: [{ name: 'Sheet1', rows: [['a']] }] });
    const c = countSyncs();
    expect(await readWorkbookSpec(host.context(), host.support)).toEqual({ chosen: false });
    c.stop();
    expect(c.count).toBe(1);
  });
});
