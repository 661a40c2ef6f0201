import { handXlsx, officialRows } from '../test/helpers/received';
import JSZip from 'jszip';
(async () => {
  const b = await handXlsx([{ name: '表', title: 't', unitLine: '填报单位：区卫健局', rows: officialRows('区卫健局'), merges: ['E5:E6'] }]);
  const z = await JSZip.loadAsync(b);
  console.log(Object.keys(z.files));
  const x = await z.file('xl/worksheets/sheet1.xml')!.async('string');
  console.log(x.slice(0, 3000));
})();
