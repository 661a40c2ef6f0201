/* eslint-disable @typescript-eslint/no-explicit-any -- the real client's proxies are untyped values from the vm. */
import { strictHost, WEB_PAYLOAD_LIMIT } from './host';

/**
 * The strict host fails where Excel fails: these are the behaviours the adapter tests rely on it for. Each names
 * whether Microsoft documents it or the host assumes it (see objects.ts).
 */
describe('strict Excel host', () => {
  it('two load() calls on one collection in one batch lose the first one (the real client, PropertyNotLoaded)', async () => {
    const host = strictHost({ level: '1.8', sheets: [{ name: 'A' }, { name: 'B' }] });
    const context = host.context();
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    worksheets.load('items/protection/protected');
    await context.sync();
    expect(worksheets.items.map((w: any) => w.protection.protected)).toEqual([false, false]);
    let code: string | undefined;
    try {
      void worksheets.items[0].name;
    } catch (e) {
      code = (e as { code?: string }).code;
    }
    expect(code).toBe('PropertyNotLoaded');
  });

  it('one load() with both paths gives both', async () => {
    const host = strictHost({ level: '1.8', sheets: [{ name: '进展情况表', protection: true }, { name: 'B' }] });
    const context = host.context();
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name,items/protection/protected');
    await context.sync();
    expect(worksheets.items.map((w: any) => [w.name, w.protection.protected])).toEqual([['进展情况表', true], ['B', false]]);
    expect(host.requests).toHaveLength(1);
  });

  it('reads values, text and number formats of the used range; a blank sheet gives a null object', async () => {
    const host = strictHost({
      level: '1.4',
      sheets: [{ name: 'T', rows: [['序号', null], [1, 46387]], numberFormats: { B2: 'yyyy"年"m"月"d"日"' } }, { name: 'Empty' }],
    });
    const context = host.context();
    const used = context.workbook.worksheets.getItem('T').getUsedRangeOrNullObject(true);
    used.load('address,values,text,numberFormat,rowIndex');
    const none = context.workbook.worksheets.getItem('Empty').getUsedRangeOrNullObject(true);
    none.load('address');
    await context.sync();
    expect([used.address, used.values, used.text, used.numberFormat, used.rowIndex]).toEqual([
      'T!A1:B2',
      [['序号', ''], [1, 46387]],
      [['序号', ''], ['1', '2026年12月31日']],
      [['General', 'General'], ['General', 'yyyy"年"m"月"d"日"']],
      0,
    ]);
    expect(none.isNullObject).toBe(true);
  });

  it('a member of a newer set than the host has fails with ApiNotFound (Excel 2016: no getUsedRangeOrNullObject)', async () => {
    const host = strictHost({ level: '1.1', sheets: [{ name: 'T' }] });
    const context = host.context();
    context.workbook.worksheets.getItem('T').getUsedRangeOrNullObject(true).load('address');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
  });

  it('a write to a locked cell of a protected sheet is AccessDenied (documented), and stops the rest of the batch', async () => {
    const host = strictHost({ level: '1.8', sheets: [{ name: 'T', protection: { allowFormatCells: true }, unlocked: ['B1'] }] });
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem('T');
    sheet.getRange('B1').values = [['ok']];
    sheet.getRange('A1').values = [['no']];
    sheet.getRange('C1').values = [['never']];
    await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    expect(host.values('T')).toEqual([[null, 'ok']]);
  });

  it('protect() on a protected sheet is AccessDenied', async () => {
    const host = strictHost({ level: '1.8', sheets: [{ name: 'T', protection: true }] });
    const context = host.context();
    context.workbook.worksheets.getItem('T').protection.protect();
    await expect(context.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  it('text starting with = becomes a formula unless the cell is text (@) first (documented)', async () => {
    const host = strictHost({ level: '1.1', sheets: [{ name: 'T' }] });
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem('T');
    sheet.getRange('A1').values = [['=1+1']];
    const b = sheet.getRange('B1');
    b.numberFormat = [['@']];
    b.values = [['=1+1']];
    await context.sync();
    expect([host.cell('T', 'A1').formula, host.cell('T', 'B1').formula, host.cell('T', 'B1').value]).toEqual(['=1+1', undefined, '=1+1']);
  });

  it('cell-edit mode fails every request with InvalidOperationInCellEditMode', async () => {
    const host = strictHost({ level: '1.18', sheets: [{ name: 'T' }] });
    host.cellEditMode = true;
    const context = host.context();
    context.workbook.worksheets.load('items/name');
    await expect(context.sync()).rejects.toMatchObject({ code: 'InvalidOperationInCellEditMode' });
  });

  it('the web refuses a request over 5 MB', async () => {
    const host = strictHost({ level: 'web', sheets: [{ name: 'T' }] });
    const context = host.context();
    const big = 'x'.repeat(30000);
    const rows = Math.ceil(WEB_PAYLOAD_LIMIT / big.length) + 1;
    const r = context.workbook.worksheets.getItem('T').getRange(`A1:A${rows}`);
    r.values = Array.from({ length: rows }, () => [big]);
    await expect(context.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(host.values('T')).toEqual([]);
  });

  it('a sheet added in one batch is addressed by its id in the next; a clashing name is ItemAlreadyExists', async () => {
    const host = strictHost({ level: '1.4', sheets: [{ name: 'A' }] });
    const context = host.context();
    const added = context.workbook.worksheets.add('New');
    await context.sync();
    added.getRange('A1').values = [['x']];
    await context.sync();
    expect(host.values('New')).toEqual([['x']]);
    context.workbook.worksheets.add('new');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemAlreadyExists' });
  });

  it('Excel.run of the real client goes to the host', async () => {
    const host = strictHost({ level: '1.4', sheets: [{ name: 'A' }] });
    const names = await host.run(async (context) => {
      const ws = context.workbook.worksheets;
      ws.load('items/name');
      await context.sync();
      return ws.items.map((w: any) => w.name);
    });
    expect(names).toEqual(['A']);
  });

  it('a chart keeps what was set on it; a 1.8 member (an axis number format) on a 1.4 host is ApiNotFound (documented)', async () => {
    const host = strictHost({ level: '1.9', sheets: [{ name: 'T' }] });
    const context = host.context();
    const sheet = context.workbook.worksheets.getItem('T');
    const chart = sheet.charts.add('BarClustered', sheet.getRange('A1:B3'), 'Columns');
    chart.title.text = '完成率';
    chart.series.getItemAt(0).setXAxisValues(sheet.getRange('C1:C3'));
    await context.sync();
    expect(host.sheet('T')!.charts.map((c) => [c.type, c.source, c.props.Title, (c.props.Series as any)['GetItemAt([0])']['SetXAxisValues()']])).toEqual([
      ['BarClustered', 'A1:B3', { Text: '完成率' }, [['C1:C3']]],
    ]);
    const old = strictHost({ level: '1.4', sheets: [{ name: 'T' }] });
    const next = old.context();
    const later = next.workbook.worksheets.getItem('T');
    later.charts.add('BarClustered', later.getRange('A1:B3'), 'Columns').axes.valueAxis.numberFormat = '0%';
    await expect(next.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(old.sheet('T')!.charts).toHaveLength(1); // the add before the refused member stays (a failed sync does not roll back)
  });
});
