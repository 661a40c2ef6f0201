import { metadataPlan, readMetadataSheet, type WorkbookMetadata } from '../../src/core/sheet/metadata';
import type { Grid } from '../../src/core/sheet/grid';
import { parseTemplateSpec, type TemplateSpec } from '../../src/core/spec/schema';
import { LINZI_2026 } from '../../src/core/spec/linzi-2026';
import { readWorkbookSpec, writeWorkbookSpec } from '../../src/excel/spec-store';
import { supportUpTo } from '../../src/excel/requirements';
import { countSyncs } from '../../src/excel/sync';
import { fakeExcel, type FakeExcel, type FakeSheet } from './fake-excel';

const all = supportUpTo('1.18');

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

function metaSheet(name: string, meta: WorkbookMetadata, protectedSheet = true): FakeSheet {
  const plan = metadataPlan(meta);
  const rows = Math.max(...plan.cells.map((c) => c.row)) + 1;
  const values: unknown[][] = Array.from({ length: rows }, () => ['', '']);
  for (const c of plan.cells) values[c.row][c.col] = c.value;
  return { name, visibility: 'VeryHidden', used: { row: 0, col: 0, values }, protected: protectedSheet };
}

const TEMPLATE_META: WorkbookMetadata = { templateId: LINZI_2026.id, templateVersion: LINZI_2026.version, year: 2026, quarter: 3, sheets: { progress: '进展情况表' } };

/** Every value written to `sheet` (the last write of each cell wins), as a grid the core can read back. */
function writtenGrid(fake: FakeExcel, sheet: string): Grid {
  const rows: { value: string; text: string }[][] = [];
  for (const op of fake.ops) {
    const m = new RegExp(`^${sheet.replace(/[()]/g, '\\$&')}!A1:B(\\d+)\\.values$`).exec(op.path);
    if (!m || op.kind !== 'set') continue;
    (op.value as string[][]).forEach((row, r) => {
      rows[r] = row.map((v) => ({ value: v, text: v }));
    });
  }
  return { name: sheet, visibility: 'veryHidden', origin: { row: 0, col: 0 }, rows, merges: [] };
}

describe('writeWorkbookSpec', () => {
  it('adds a very hidden, protected spec sheet beside a template, in 3 syncs, never touching other sheets', async () => {
    const fake = fakeExcel([{ name: '进展情况表', used: { row: 0, col: 0, values: [['序号']] } }, metaSheet('_ptmeta', TEMPLATE_META)]);
    const c = countSyncs();
    const result = await writeWorkbookSpec(fake.context, SMALL, { support: all });
    c.stop();
    expect(result).toEqual({ sheet: '_ptmeta (2)', added: true });
    expect(c.labels).toEqual(['spec-write:sheets', 'spec-write:metadata', 'spec-write:write']);
    expect(fake.added).toEqual(['_ptmeta (2)']);
    expect(fake.setsOf('_ptmeta (2).visibility')).toEqual(['VeryHidden']);
    expect(fake.callsTo('_ptmeta (2).protection.protect')).toHaveLength(1);
    const touched = fake.ops.filter((o) => o.kind === 'set' && (o.path.startsWith('进展情况表') || o.path.startsWith('_ptmeta!') || o.path.startsWith('_ptmeta.')));
    expect(touched).toEqual([]);
    const meta = readMetadataSheet(writtenGrid(fake, '_ptmeta (2)'));
    expect(meta).toEqual({ templateId: 'notice-2027-test', templateVersion: '1', year: 2027, sheets: {}, specJson: JSON.stringify(SMALL), quarter: undefined, unit: undefined, createdAt: undefined });
    expect(parseTemplateSpec(JSON.parse(meta!.specJson!))).toEqual({ ok: true, spec: SMALL });
  });

  it('replaces the spec chunks of the existing spec sheet, keeping its other keys, unprotecting and protecting it again', async () => {
    const old = metaSheet('_ptmeta (2)', { templateId: 'old', templateVersion: '9', year: 2025, createdAt: '2026-01-02T00:00:00Z', sheets: {}, specJson: 'x'.repeat(65000) });
    const fake = fakeExcel([metaSheet('_ptmeta', TEMPLATE_META), old]);
    const c = countSyncs();
    const result = await writeWorkbookSpec(fake.context, SMALL, { support: all });
    c.stop();
    expect(result).toEqual({ sheet: '_ptmeta (2)', added: false });
    expect(c.count).toBe(3);
    expect(fake.added).toEqual([]);
    expect(fake.callsTo('_ptmeta (2).protection.unprotect')).toHaveLength(1);
    expect(fake.callsTo('_ptmeta (2).protection.protect')).toHaveLength(1);
    const grid = writtenGrid(fake, '_ptmeta (2)');
    // The old value had three chunks: the rows it used are blanked, not left behind.
    expect(grid.rows.length).toBe(old.used!.values.length);
    expect(readMetadataSheet(grid)).toEqual({
      templateId: 'notice-2027-test', templateVersion: '1', year: 2027, createdAt: '2026-01-02T00:00:00Z', sheets: {}, specJson: JSON.stringify(SMALL), quarter: undefined, unit: undefined,
    });
    const template = fake.ops.filter((o) => (o.path.startsWith('_ptmeta!') || o.path.startsWith('_ptmeta.')) && (o.kind === 'set' || o.path.includes('protection')));
    expect(template).toEqual([]);
  });

  it('records the embedded spec as chosen without spec chunks', async () => {
    const fake = fakeExcel([metaSheet('_ptmeta', { templateId: 'x', templateVersion: '1', year: 2027, sheets: {}, specJson: JSON.stringify(SMALL) })]);
    await writeWorkbookSpec(fake.context, LINZI_2026, { embedded: true, support: all });
    const meta = readMetadataSheet(writtenGrid(fake, '_ptmeta'));
    expect(meta?.templateId).toBe(LINZI_2026.id);
    expect(meta?.specJson).toBeUndefined();
  });

  it('writes nothing on Excel 2016 (ExcelApi 1.1), where no sheet can be hidden', async () => {
    const fake = fakeExcel([{ name: 'Sheet1', used: null }]);
    const c = countSyncs();
    expect(await writeWorkbookSpec(fake.context, SMALL, { support: supportUpTo('1.1') })).toEqual({ added: false });
    c.stop();
    expect(c.count).toBe(0);
    expect(fake.ops.filter((o) => o.kind === 'set')).toEqual([]);
  });
});

describe('readWorkbookSpec', () => {
  it('reads back the spec sheet’s spec in 2 syncs', async () => {
    const fake = fakeExcel([
      { name: '进展情况表', used: { row: 0, col: 0, values: [['序号']] } },
      metaSheet('_ptmeta', TEMPLATE_META),
      metaSheet('_ptmeta (2)', { templateId: SMALL.id, templateVersion: '1', year: 2027, sheets: {}, specJson: JSON.stringify(SMALL) }),
    ]);
    const c = countSyncs();
    const found = await readWorkbookSpec(fake.context, all);
    c.stop();
    expect(c.labels).toEqual(['spec-read:sheets', 'spec-read:metadata']);
    expect(found).toEqual({ sheet: '_ptmeta (2)', chosen: true, specJson: JSON.stringify(SMALL) });
  });

  it('takes the spec a template’s metadata carries when there is no spec sheet', async () => {
    const fake = fakeExcel([metaSheet('_ptmeta', { ...TEMPLATE_META, specJson: JSON.stringify(SMALL) })]);
    expect(await readWorkbookSpec(fake.context, all)).toEqual({ sheet: '_ptmeta', chosen: false, specJson: JSON.stringify(SMALL) });
  });

  it('says nothing for a workbook without the add-in’s sheets, in 1 sync', async () => {
    const fake = fakeExcel([{ name: 'Sheet1', used: { row: 0, col: 0, values: [['a']] } }]);
    const c = countSyncs();
    expect(await readWorkbookSpec(fake.context, all)).toEqual({ chosen: false });
    c.stop();
    expect(c.count).toBe(1);
  });
});
