import { htmlToNoticeText, pdfPagesToNoticeText } from '../../../../src/core/spec/notice/document-text';
import { parseNotice } from '../../../../src/core/spec/parse-notice';
import { digestOf } from './digest';

/** Notice files as text with their tables kept (issue 11): mammoth's HTML of a .docx, pdf.js's positioned pieces. */

test('a .docx table (mammoth HTML) becomes one TAB row per line, a cell of two paragraphs joined by U+2028', () => {
  const html = '<p>2034年民生实事项目</p><table><tr><td><p>序号</p></td><td><p>项目名称</p></td><td><p>目标任务</p></td><td><p>责任单位</p></td></tr>'
    + '<tr><td><p>1</p></td><td><p>社区食堂</p></td><td><p>新建社区食堂8处</p></td><td><p>区民政局</p><p>区商务局</p></td></tr>'
    + '<tr><td><p>2</p></td><td><p>托育&amp;早教</p></td><td><p>新增托位300个</p></td><td><p>区卫健局</p></td></tr></table><p>以上项目请抓好落实。</p>';
  const text = htmlToNoticeText(html);
  expect(text).toBe('2034年民生实事项目\n序号\t项目名称\t目标任务\t责任单位\n1\t社区食堂\t新建社区食堂8处\t区民政局\u2028区商务局\n2\t托育&早教\t新增托位300个\t区卫健局\n以上项目请抓好落实。');
  expect(digestOf(parseNotice(text).spec)).toEqual({
    year: 2034,
    items: [
      { name: '社区食堂', units: ['区民政局', '区商务局'], targets: [[8, '处']] },
      { name: '托育&早教', units: ['区卫健局'], targets: [[300, '个']] },
    ],
  });
});

test('a .docx row whose 序号 and name cells are merged with the row above (vertical merge) is a sub-row of that item', () => {
  const html = '<table><tr><td>序号</td><td>项目名称</td><td>目标任务</td><td>牵头单位</td></tr>'
    + '<tr><td rowspan="2">1</td><td rowspan="2">就业帮扶</td><td>新增就业1200人</td><td>区人社局</td></tr>'
    + '<tr><td>开展培训不少于20期</td><td>区总工会</td></tr></table><p>2035年1月4日</p>';
  const { spec } = parseNotice(`2035年就业实事\n${htmlToNoticeText(html)}`);
  expect(digestOf(spec)).toEqual({ year: 2035, items: [{ name: '就业帮扶', units: ['区人社局', '区总工会'], targets: [[1200, '人'], [20, '期']] }] });
  expect(spec.items[0].leadUnits).toEqual(['区人社局', '区总工会']);
});

test('PDF pieces on one baseline make a line, left to right; a wide gap or a wide run of spaces is a TAB', () => {
  const piece = (str: string, x: number, y: number) => ({ str, x, y, width: str.length * 10, height: 10 });
  const text = pdfPagesToNoticeText([
    [piece('项目名称', 60, 700), piece('序号', 10, 700), piece('  ', 40, 700), piece('1', 10, 680), piece('托育', 60, 680), piece('服务', 80, 680)],
    [piece('第二页', 10, 700)],
  ]);
  expect(text).toBe('序号\t项目名称\n1\t托育服务\n\n第二页');
});

test('a PDF without any text (a scan) gives an empty text', () => {
  expect(pdfPagesToNoticeText([[], [{ str: '', x: 0, y: 0, width: 0, height: 0 }]])).toBe('');
});
