import { readFileSync } from 'fs';
import { join } from 'path';
import { LINZI_2026 } from '../../../src/core/spec/linzi-2026';
import { parseTemplateSpec, type Target } from '../../../src/core/spec/schema';

/**
 * Guards the transcription of the 2026 notice: every figure in the notice's text that carries a measure word is found
 * by a regex of its own (independent of core/text/numbers) and must be either a target of the embedded spec with the
 * right value and measure, or one of the listed non-targets with its reason. A figure added, dropped or mistyped in
 * the spec, or a figure in the notice that nobody accounted for, fails the test.
 */
const NOTICE = readFileSync(join(__dirname, '../../../data/2026-linzi-notice.txt'), 'utf8');

const FIGURE_RE =
  /(?:\d+[—–~-])?(\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(万|千|亿)?(余)?(个百分点|个学位|个班次|个|场次|场|名|人次|人|份|户|处|万元|元|小时|次|课时|节|季|种|级|岁|周期|年|月|日|号|%|％|周|批|项|所|家|期|班|天|篇|件)/g;

type Expected =
  | { figure: string; targets: string[]; value: number; measure: string }
  | { figure: string; reason: string };

const DATE = 'a date or year in the heading, signature or attachment title, not a target';
const EXPECTED: Expected[] = [
  { figure: '2号', reason: 'document number 临政办字〔2026〕2号' },
  { figure: '2026年', reason: DATE },
  { figure: '2026年', reason: DATE },
  { figure: '2026年', reason: DATE },
  { figure: '6月', reason: DATE },
  { figure: '22日', reason: DATE },
  { figure: '2026年', reason: DATE },
  { figure: '2场次', targets: ['1.1'], value: 2, measure: '场次' },
  { figure: '16场', targets: ['1.2'], value: 16, measure: '场' },
  { figure: '35—64岁', reason: 'age range of the women screened (who, not how many)' },
  { figure: '三年', reason: '三年一周期: the screening cycle, not a count' },
  { figure: '一周期', reason: '三年一周期: the screening cycle, not a count' },
  { figure: '1.9万名', targets: ['2.1'], value: 19000, measure: '名' },
  { figure: '35—64岁', reason: 'age range of the women screened' },
  { figure: '35—64岁', reason: 'age range of the insured low-income women' },
  { figure: '3万元', targets: ['2.2'], value: 30000, measure: '元' },
  { figure: '一次', reason: '一次性 (lump sum) is an adverb, not a count' },
  { figure: '1万元', targets: ['2.3'], value: 10000, measure: '元' },
  { figure: '280个', targets: ['3.1'], value: 280, measure: '个' },
  { figure: '2—3岁', reason: 'age range of the children the places are for' },
  { figure: '120场', targets: ['4.1'], value: 120, measure: '场' },
  { figure: '4次', targets: ['4.2'], value: 4, measure: '次' },
  { figure: '8课时', reason: 'part of 4.2 "每学年4次8课时": the class hours of the 4 sessions' },
  { figure: '20个', targets: ['4.3'], value: 20, measure: '个' },
  { figure: '100场', targets: ['4.4'], value: 100, measure: '场' },
  { figure: '四种', reason: 'names the scope of newborn screening (four diseases), not a count to report' },
  { figure: '90%', targets: ['5.1', '5.2'], value: 90, measure: '%' },
  { figure: '0—3岁', reason: 'age range of the infants served by childcare' },
  { figure: '两周', reason: 'part of 5.3 "两周一节": the period of the frequency' },
  { figure: '一节', targets: ['5.3'], value: 1, measure: '节' },
  { figure: '10小时', targets: ['5.4'], value: 10, measure: '小时' },
  { figure: '两季', reason: '春秋两季 names when the screening happens (spring and autumn)' },
  { figure: '三级', reason: 'three-level mechanism (班级心理委员—班主任—心理教师), not a count' },
  { figure: '8场', targets: ['6.1'], value: 8, measure: '场' },
  { figure: '800余人', targets: ['6.2'], value: 800, measure: '人' },
  { figure: '400人', targets: ['6.3'], value: 400, measure: '人' },
  { figure: '100人', targets: ['6.4'], value: 100, measure: '人' },
  { figure: '10场', targets: ['7.1'], value: 10, measure: '场' },
  { figure: '500人次', targets: ['7.2'], value: 500, measure: '人次' },
  { figure: '10场', targets: ['8.1'], value: 10, measure: '场' },
  { figure: '10场', targets: ['9.1'], value: 10, measure: '场' },
  { figure: '12个班次', targets: ['9.2'], value: 12, measure: '个班次' },
  { figure: '5人次', targets: ['9.3'], value: 5, measure: '人次' },
  { figure: '10份', targets: ['9.4'], value: 10, measure: '份' },
  { figure: '190名', targets: ['9.5'], value: 190, measure: '名' },
  { figure: '1万元', targets: ['10.1'], value: 10000, measure: '元' },
  { figure: '68名', targets: ['10.2'], value: 68, measure: '名' },
  { figure: '32名', targets: ['10.3'], value: 32, measure: '名' },
  { figure: '4次', targets: ['10.4'], value: 4, measure: '次' },
  { figure: '2次', targets: ['10.5'], value: 2, measure: '次' },
  { figure: '2026年', reason: DATE },
  { figure: '2026年', reason: DATE },
];

const targetsById = new Map<string, Target>(LINZI_2026.items.flatMap((i) => i.targets.map((t) => [t.id, t] as const)));

test('the embedded spec is a valid TemplateSpec', () => {
  expect(parseTemplateSpec(LINZI_2026)).toEqual({ ok: true, spec: LINZI_2026 });
});

test('every figure with a measure word in the notice is accounted for, in order', () => {
  const found = [...NOTICE.matchAll(FIGURE_RE)].map((m) => m[0]);
  expect(found).toEqual(EXPECTED.map((e) => e.figure));
});

test.each(EXPECTED.filter((e): e is Extract<Expected, { targets: string[] }> => 'targets' in e).map((e) => [e.figure, e]))(
  'figure %s is a target with the right value and measure',
  (figure, e) => {
    for (const id of e.targets) {
      const t = targetsById.get(id);
      expect(t).toBeDefined();
      expect({ value: t?.value, measure: t?.measure }).toEqual({ value: e.value, measure: e.measure });
      expect(t?.text.replace('余', '')).toContain(figure.replace('余', ''));
      expect(NOTICE).toContain(t?.text);
    }
  },
);

test('every target of the spec comes from a figure of the notice (none invented)', () => {
  const fromFigures = EXPECTED.flatMap((e) => ('targets' in e ? e.targets : []));
  expect(fromFigures.sort()).toEqual([...targetsById.keys()].sort());
});

test('target ids are item.index, 1-based, in order', () => {
  for (const item of LINZI_2026.items) {
    expect(item.targets.map((t) => t.id)).toEqual(item.targets.map((_, i) => `${item.number}.${i + 1}`));
  }
});

test('items, names and units follow the notice and the attachment', () => {
  const heads = [...NOTICE.matchAll(/^[一二三四五六七八九十]+、([^。]+)。.*（责任单位：(.+)）$/gmu)];
  expect(LINZI_2026.items.map((i) => [i.name, i.units.join('、')])).toEqual(heads.map((m) => [m[1], m[2]]));
  for (const item of LINZI_2026.items) expect(NOTICE).toContain(item.description);
  const attachment = NOTICE.slice(NOTICE.lastIndexOf('附件\n'));
  for (const item of LINZI_2026.items) expect(attachment).toContain(`\t${item.number}\n\t${item.name}\n\t${item.units.join('\n')}\n`);
  const firstSeen = [...new Set(LINZI_2026.items.flatMap((i) => i.units))];
  expect(LINZI_2026.units.map((u) => u.id)).toEqual(firstSeen);
});

test('the heading facts come from the notice', () => {
  expect(NOTICE).toContain(LINZI_2026.documentNumber);
  expect(NOTICE).toContain(LINZI_2026.issuer);
  expect(NOTICE).toContain(LINZI_2026.listTitle);
  expect(NOTICE).toContain(LINZI_2026.tableTitle);
  expect(NOTICE).toContain('2026年6月22日');
  expect(LINZI_2026.issuedOn).toBe('2026-06-22');
  expect(NOTICE).toContain(`${LINZI_2026.coordinator}按季度开展工作统筹调度`);
  for (const c of LINZI_2026.columns) expect(NOTICE).toContain(`\t${c.header}\n`);
});
