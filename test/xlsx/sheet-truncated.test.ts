import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/xlsx/read';

test('a sheet over the row and column cap is read in part and marked truncated with its full size', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('big');
  for (let i = 1; i <= 6000; i++) ws.getCell(i, 1).value = i;
  ws.getCell(3, 120).value = 'x';
  wb.addWorksheet('small').getCell(2, 2).value = 1;
  const book = readWorkbook(new Uint8Array(await wb.xlsx.writeBuffer()), 'b.xlsx');
  expect(book.sheets.map((s) => ({ name: s.name, truncated: s.truncated, rows: s.rows.length }))).toEqual([
    { name: 'big', truncated: { rows: 6000, cols: 120 }, rows: 5000 },
    { name: 'small', truncated: undefined, rows: 1 },
  ]);
});
