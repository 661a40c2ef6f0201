/**
 * `npm run examples` — writes `examples/`: a realistic 第三季度 (quarter 3) set of the 2026 list, as the
 * coordinator (区妇联) would receive it, made from the template so it stays in step with the layout:
 *
 * - one file per responsible unit, filled the way people fill them: long texts with figures, 一是…二是…, line
 *   breaks, 完成时限 as date cells and as text (2026年12月底, 2026.12, 12月31日前, 年底, 长期坚持), indicator figures;
 * - 区民政局 retyped the table by hand (two-row title, an extra blank row, a 备注 column, another sheet name, no
 *   indicator sheet), written with ExcelJS directly;
 * - 区卫健局's file has errors (a row of its own left empty, an unreadable 完成时限, a rate over 100%);
 * - 区科协 sent nothing;
 * - 区妇联 sent a corrected second file with a later 填报日期.
 *
 * The fill cells are found in the template plan by their content (序号 of the item row, 指标编号 of the target row,
 * the 填报日期 line) and the column keys (`progressColumn`, `indicatorColumn`), never by fixed positions.
 * Output is deterministic: no clock is read; the zip entries and the document properties carry `FIXED_TIME`, so
 * re-running gives the same bytes with the same ExcelJS/JSZip versions.
 *
 * Usage: `tsx scripts/make-examples.ts [OUTPUT_DIR]` (default `examples/` beside this folder).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { indicatorColumn, progressColumn, templateWorkbookPlan, TEMPLATE_SHEET_NAMES } from '../src/core/layout';
import type { PlanCell, SheetPlan, WorkbookPlan } from '../src/core/sheet/plan';
import { LINZI_2026 } from '../src/core/spec/linzi-2026';
import type { TemplateSpec } from '../src/core/spec/schema';
import { writeWorkbook } from '../src/xlsx/write';

/** The time written into every file (document properties and zip entries): the day the set was made. */
export const FIXED_TIME = new Date(Date.UTC(2026, 9, 12, 8, 0, 0));

/** The quarter of the example set (第三季度: 1—9月 cumulative, 7—9月 this quarter). */
export const EXAMPLE_QUARTER = 3 as const;

/** A 完成时限 as filled: text as typed, or a date cell (ISO day, shown with `format`). */
export type DeadlineInput = string | { date: string; format: string };

/** What one unit wrote in one item row: 本季度具体措施及任务进度情况 and 完成时限 (null = left empty). */
export interface RowInput {
  text: string | null;
  deadline: DeadlineInput | null;
}

/** One file a unit sent, filled in the template made for it. */
export interface Filing {
  /** File name in examples/. */
  file: string;
  /** Spec unit id. */
  unit: string;
  /** 填报日期 as written after the label, e.g. "2026年10月9日". */
  filledOn: string;
  /** Item number -> what the unit wrote. */
  rows: Record<number, RowInput>;
  /** Target id -> [本季度完成, 累计完成]; a target not listed is left blank. */
  figures: Record<string, [number | string, number | string]>;
  /** What README.md says about this file. */
  about: string;
}

const FILE = (unit: string, suffix = ''): string => `${unit}-2026年第三季度进展情况表${suffix}.xlsx`;
const DEC31 = (format: string): DeadlineInput => ({ date: '2026-12-31', format });

/** The texts of 区妇联, shared by its first and its corrected file. */
const FULIAN_ROWS: Record<number, RowInput> = {
  1: {
    text:
      '联合区人社局举办“春风行动”巾帼女性就业专场招聘会1场，现场发放政策宣传资料2000余份。\n' +
      '依托“齐姐学堂”开设巾帼电商公益课堂3场，邀请本土电商达人围绕直播带货、农产品网销等内容授课，1—9月累计开设6场，培训“妈妈”群体420余人次；推荐3名女性创业者参加全市巾帼创业创新大赛。',
    deadline: '2026年12月底',
  },
  2: {
    text:
      '会同区卫健局做好“两癌”免费检查宣传发动，利用“临淄女性”公众号、村（社区）妇联执委入户等方式动员适龄妇女参检。\n' +
      '为符合条件的低收入妇女购买“两癌”保险，每人保额3万元，1—9月累计参保1862人；对新确诊的6名低收入“两癌”患病妇女每人一次性救助1万元，发放救助金6万元。',
    deadline: '2026年12月底',
  },
  4: {
    text:
      '组织“家庭教育大讲堂”进社区、进企业活动12场，1—9月累计35场；在8个规范化社区（村）家长学校以“讲师精讲+圆桌交流”模式开展家庭教育圆桌课堂14场，累计38场，参与家长1100余人次。',
    deadline: '2026年12月底',
  },
  7: {
    text:
      '依托12个儿童友好社区开展“悦读伴成长”亲子阅读、“小小志愿者”亲子实践等活动3场，1—9月累计8场，参与家庭260余户。',
    deadline: '长期坚持',
  },
  8: {
    text:
      '举办“齐都有缘·相约七夕”单身青年联谊活动1场，1—9月累计3场。\n实施“幸福护航”婚姻家庭辅导项目，开展婚姻家庭辅导42人次、女性心理健康讲座4期。',
    deadline: '2026年12月底',
  },
  9: {
    text:
      '在“三八”维权周、反家暴日等节点开展“巾帼普法进基层”“齐心护航”心理健康讲座等宣传活动2场，1—9月累计5场；联合区检察院对涉案未成年人开展心理辅导1人次，累计2人次。',
    deadline: '2026年12月底',
  },
  10: {
    text: '开展“春蕾计划”公益助学摸底，已初步确定资助对象名单；组织爱心妈妈对32名重点关注困境儿童开展第3次入户走访，开展“中秋送温暖”集体关爱活动1次。',
    deadline: '2026年12月底',
  },
};

const FULIAN_FIGURES: Filing['figures'] = {
  '1.2': [3, 6],
  '2.2': [30000, 30000],
  '2.3': [10000, 10000],
  '4.1': [12, 35],
  '4.3': [3, 8],
  '4.4': [14, 38],
  '7.1': [3, 8],
  '8.1': [1, 3],
  '9.1': [2, 5],
  '9.3': [1, 2],
  '10.2': [0, 0],
  '10.3': [32, 32],
  '10.4': [1, 3],
  '10.5': [1, 1],
};

/** The files made from the template, one per unit (区民政局's hand-made file is `HAND_MADE`). */
export const FILINGS: Filing[] = [
  {
    file: FILE('区人社局'),
    unit: '区人社局',
    filledOn: '2026年10月9日',
    about: '完成时限为日期单元格（显示为 2026年12月31日）；两项指标均已填报。',
    rows: {
      1: {
        text:
          '一是搭建招聘平台。7月联合区妇联在齐文化广场举办“春风行动”巾帼女性就业专场招聘会，组织52家企业提供适合女性的岗位1360个，现场达成就业意向218人；1—9月累计举办巾帼女性就业专场招聘活动3场次。\n' +
          '二是开展补贴性职业技能培训。围绕育婴员、养老护理员、中式面点师等工种开设培训班6期，培训有就业创业需求的妇女312人，发放培训补贴18.7万元。\n' +
          '三是开设巾帼电商公益课堂。与区妇联、区商务局联合开设直播带货、短视频运营课程2场，1—9月累计5场。',
        deadline: DEC31('yyyy"年"m"月"d"日"'),
      },
    },
    figures: { '1.1': [1, 3], '1.2': [2, 5] },
  },
  {
    file: FILE('区妇联'),
    unit: '区妇联',
    filledOn: '2026年10月9日',
    about: '区妇联第一次报送的文件（“春蕾计划”资助人数填的是0，校验给出进度滞后的警告），被更正文件替代。',
    rows: FULIAN_ROWS,
    figures: FULIAN_FIGURES,
  },
  {
    file: FILE('区妇联', '(更正)'),
    unit: '区妇联',
    filledOn: '2026年10月11日',
    about: '区妇联的更正文件：填报日期更晚（10月11日），补报“春蕾计划”资助困境女童68名；汇总时以此文件为准。',
    rows: {
      ...FULIAN_ROWS,
      10: {
        text:
          '开展“春蕾计划”公益助学，9月开学前资助困境女童68名，每人发放助学金2000元。\n' +
          '持续开展爱心妈妈一对一结对关爱活动，组织爱心妈妈对32名重点关注困境儿童开展第3次入户走访，开展“中秋送温暖”集体关爱活动1次。',
        deadline: '2026年12月底',
      },
    },
    figures: { ...FULIAN_FIGURES, '10.2': [68, 68] },
  },
  {
    file: FILE('区商务局'),
    unit: '区商务局',
    filledOn: '2026年10月8日',
    about: '完成时限写作“2026.12”。',
    rows: {
      1: {
        text:
          '结合电子商务进农村综合示范项目，在朱台镇、皇城镇电商服务站开设巾帼电商公益课堂2场，培训农村妇女136人，1—9月累计3场；组织12名女性电商从业者参加省级直播电商培训，帮助5家女性创办的网店入驻“齐品临淄”线上馆。',
        deadline: '2026.12',
      },
    },
    figures: { '1.2': [2, 3] },
  },
  {
    file: FILE('区卫健局'),
    unit: '区卫健局',
    filledOn: '2026年10月10日',
    about:
      '有错误的文件（4处错误）：第5项（本单位负责）的进度情况和完成时限都未填；第2项完成时限写作“尽快”，无法识别；指标5.2 新生儿遗传代谢病筛查率累计填 102.6（超过100%）。' +
      '另有一条警告：“两癌”检查累计1.42万人，低于第三季度应完成的75%。',
    rows: {
      2: {
        text:
          '1—9月，共开展“两癌”免费检查1.42万人，完成年度任务的74.7%，其中宫颈癌筛查1.42万人、乳腺癌筛查1.39万人，查出宫颈癌前病变及宫颈癌23例、乳腺癌9例，均已转诊治疗。\n' +
          '下一步：10月起在凤凰镇、金山镇集中开展检查，确保11月底前完成1.9万人的年度任务。',
        deadline: '尽快',
      },
      5: { text: null, deadline: null },
    },
    figures: { '2.1': [5100, 14200], '2.2': [30000, 30000], '2.3': [10000, 10000], '5.1': [96.3, 95.8], '5.2': [98.9, 102.6] },
  },
  {
    file: FILE('区教体局'),
    unit: '区教体局',
    filledOn: '2026年10月9日',
    about: '负责4项实事、10项指标；完成时限有“2026年12月31日”和“长期坚持”。',
    rows: {
      3: {
        text:
          '推进幼儿园托幼一体化建设，本季度在稷下街道中心幼儿园、齐都镇中心幼儿园等6处幼儿园新增2—3岁托育班，新增托育学位60个，1—9月累计新增托育学位220个；配备保育人员28名，开展托育从业人员岗前培训2期。\n' +
          '完成12所中小学校园“微运动”场地提档改造，新增篮球架、乒乓球台等设施140余件。',
        deadline: '2026年12月31日',
      },
      4: {
        text:
          '依托家长学校和家庭教育指导师团队，开展家庭教育大讲堂、订单式入校服务、新生家长培训等活动15场，1—9月累计48场。\n' +
          '秋季开学后组织全员大家访，教师走访学生家庭2.3万户，落实每学年4次8课时家庭教育指导要求；在6个社区（村）家长学校开展家庭教育圆桌课堂8场。',
        deadline: '2026年12月31日',
      },
      5: {
        text:
          '全区中小学落实两周一节心理健康课，心理咨询室每周开放不少于10小时。\n' +
          '9月开展秋季全员心理筛查，覆盖学生4.6万人，建立“一生一档”心理档案，对重点关注学生实行班级心理委员—班主任—心理教师三级跟踪；举办心理健康教育月活动32场。',
        deadline: '长期坚持',
      },
      6: {
        text:
          '常态化开展国民体质监测，本季度为180名市民提供监测服务，其中女性95人，1—9月累计监测640人，其中女性332人；举办社会体育指导员培训班2期，培训女性社会体育指导员36名，累计86名。',
        deadline: '2026年12月31日',
      },
    },
    figures: {
      '3.1': [60, 220],
      '4.1': [15, 48],
      '4.2': [4, 4],
      '4.3': [2, 6],
      '4.4': [8, 20],
      '5.3': [1, 1],
      '5.4': [10, 10],
      '6.2': [180, 640],
      '6.3': [95, 332],
      '6.4': [36, 86],
    },
  },
  {
    file: FILE('区委宣传部'),
    unit: '区委宣传部',
    filledOn: '2026年10月9日',
    about: '完成时限写作“年底”。',
    rows: {
      4: {
        text:
          '开展2026年度“五好家庭”宣传选树活动，评选区级“五好家庭”30户，在“齐都临淄”客户端开设“最美家庭”专栏，刊发家风故事15篇；依托新时代文明实践站开展家庭家教家风宣讲8场，1—9月累计22场；推动5个社区（村）家长学校开展圆桌课堂。',
        deadline: '年底',
      },
    },
    figures: { '4.1': [8, 22], '4.3': [2, 5], '4.4': [10, 22] },
  },
  {
    file: FILE('区文旅局'),
    unit: '区文旅局',
    filledOn: '2026年10月10日',
    about: '本单位没有量化指标（指标表只有一行说明）；完成时限写作“12月31日前”。',
    rows: {
      6: {
        text:
          '持续优化市民艺术夜校服务模式，秋季学期开设舞蹈、声乐、书法、非遗剪纸等课程26门，招收学员1040人，其中女性学员占82%。\n开展“齐风少年”亲子艺术研学活动6场，组织“文化惠民”进社区演出12场。',
        deadline: '12月31日前',
      },
    },
    figures: {},
  },
  {
    file: FILE('区检察院'),
    unit: '区检察院',
    filledOn: '2026年10月9日',
    about: '完成时限写作“2026-12-31”（文本）。',
    rows: {
      7: {
        text:
          '围绕《未成年人保护法》《预防未成年人犯罪法》，组织检察官深入区第二中学、雪宫中学等重点学校开展“法治进校园”靶向宣传，通过案例解析、情景模拟、互动问答等形式，本季度覆盖师生160人次，1—9月累计420人次。',
        deadline: '2026-12-31',
      },
      9: {
        text:
          '对涉案未成年人家庭开展家庭教育指导12次，本季度制发督促监护令3份，1—9月累计9份；联合“五老”志愿者对涉案未成年人开展心理辅导服务2人次，累计6人次；宪法日前开展普法宣传活动1场。',
        deadline: '2026-12-31',
      },
    },
    figures: { '7.2': [160, 420], '9.1': [1, 3], '9.3': [2, 6], '9.4': [3, 9] },
  },
  {
    file: FILE('区总工会'),
    unit: '区总工会',
    filledOn: '2026年10月8日',
    about: '托管班1—9月累计14个班次，已超过全年12个班次的目标。',
    rows: {
      8: {
        text: '联合团区委举办“工会有爱·缘来是你”青年职工交友联谊活动1场，参与单身职工86人，现场牵手12对，1—9月累计2场。',
        deadline: '2026年12月底',
      },
      9: {
        text:
          '秉承“工助未来”服务品牌理念，暑假期间推动齐鲁石化、区人民医院等企事业单位开办职工子女托管班8个班次，服务职工子女420人，提供学业辅导、传统文化教育和文体兴趣服务，1—9月累计开办14个班次。\n开展女职工维权普法宣传活动1场。',
        deadline: '2026年12月底',
      },
    },
    figures: { '8.1': [1, 2], '9.1': [1, 1], '9.2': [8, 14], '9.3': [0, 0] },
  },
  {
    file: FILE('团区委'),
    unit: '团区委',
    filledOn: '2026年10月9日',
    about: '完成时限写作“2026年12月”。',
    rows: {
      8: {
        text: '举办“青春有约·邂逅齐都”青年交友联谊活动2场，吸引全区适龄单身青年230余人参加，1—9月累计4场；在“青春临淄”公众号开设婚恋观教育专栏，推送文章6期。',
        deadline: '2026年12月',
      },
    },
    figures: { '8.1': [2, 4] },
  },
  {
    file: FILE('临淄公安分局'),
    unit: '临淄公安分局',
    filledOn: '2026年10月10日',
    about: '完成时限写作“长期坚持”。',
    rows: {
      9: {
        text:
          '为保障中高考和学生出行需求，采取开门办、上门办、预约办、错时办、延时办、集中办等方式，本季度为全区学生办理居民身份证3120张，其中上门办理186张、延时办理410张。\n开展“护苗”普法宣传进校园活动1场，1—9月累计2场。',
        deadline: '长期坚持',
      },
    },
    figures: { '9.1': [1, 2], '9.3': [0, 0] },
  },
  {
    file: FILE('区残联'),
    unit: '区残联',
    filledOn: '2026年10月9日',
    about: '进度文字按公文习惯首行缩进两个全角空格；完成时限为日期单元格（显示为 2026/12/31）。',
    rows: {
      9: {
        text:
          '\u3000\u3000实施残疾儿童康复救助项目，本季度新增救助20名，1—9月累计为176名符合条件的残疾儿童实施康复救助，拨付救助资金238.6万元；在定点康复机构开展“助残日”普法宣传活动1场。',
        deadline: DEC31('yyyy/m/d'),
      },
    },
    figures: { '9.1': [1, 1], '9.3': [0, 0], '9.5': [20, 176] },
  },
  {
    file: FILE('临淄医保分局'),
    unit: '临淄医保分局',
    filledOn: '2026年10月10日',
    about: '指标表未填（这几项指标由区妇联、区民政局报送）：校验对每个空格给一条“未填写”的警告（共6条），没有错误。',
    rows: {
      10: {
        text:
          '将全区孤儿全部纳入医疗救助范围，参照特困人员落实医疗救助待遇，1—9月为孤儿报销医疗费用21人次，救助金额4.8万元；落实参保资助政策，为孤儿、事实无人抚养儿童代缴城乡居民医保费用。',
        deadline: '长期坚持',
      },
    },
    figures: {},
  },
];

/** 区民政局's hand-made table: retyped from a copy of the attachment, with its own drift. */
export const HAND_MADE = {
  file: '临淄区民政局2026年三季度妇女儿童实事进展.xlsx',
  unit: '区民政局',
  sheetName: '2026年三季度',
  unitLine: '填报单位：临淄区民政局',
  dateLine: '填报日期：2026年10月10日',
  itemNumber: 10,
  text:
    '一是发放孤儿助学金。按每人每学年1万元标准，为符合条件的14名孤儿发放2026—2027学年助学金14万元。\n' +
    '二是落实医疗救助。将孤儿纳入医疗救助范围，参照特困人员落实医疗救助待遇。\n' +
    '三是开展关爱帮扶。联合区妇联对32名重点关注困境儿童开展入户走访。',
  deadline: '2026年12月底',
  note: '已报送纸质版',
  about:
    '区民政局按附件自己重新录入的表：标题分两行、多一个空行、多一列“备注”、工作表名为“2026年三季度”、责任单位用“、”分隔，没有指标表（校验只给一条警告）。',
} as const;

/** 区科协 sent nothing this quarter (the roster lists it as 未报送). */
export const MISSING_UNIT = '区科协';

/** The plan cell at (row, col), made when absent. */
function planCell(sheet: SheetPlan, row: number, col: number): PlanCell {
  let c = sheet.cells.find((x) => x.row === row && x.col === col);
  if (!c) {
    c = { row, col, value: null };
    sheet.cells.push(c);
  }
  return c;
}

/** The 0-based row whose cell in column `col` holds `value` (compared as text), below the header. */
function rowWith(sheet: SheetPlan, col: number, value: string | number): number {
  const hit = sheet.cells.find((c) => c.col === col && c.value !== null && String(c.value) === String(value) && c.row > 0);
  if (!hit) throw new Error(`${sheet.name}: no row with ${String(value)} in column ${col}`);
  return hit.row;
}

/** Excel serial day number of an ISO day (1900 date system). */
export function serialOf(isoDay: string): number {
  const [y, m, d] = isoDay.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** Write a deadline into a plan cell: text as is, a date as a serial with a date style derived from the cell's. */
function putDeadline(sheet: SheetPlan, cell: PlanCell, deadline: DeadlineInput | null): void {
  if (deadline === null || typeof deadline === 'string') {
    cell.value = deadline;
    return;
  }
  const key = `${cell.style ?? 'date'}-date-${deadline.format}`;
  sheet.styles[key] ??= { ...(cell.style ? sheet.styles[cell.style] : {}), numberFormat: deadline.format };
  cell.style = key;
  cell.value = serialOf(deadline.date);
}

/** The template plan for a filing's unit and quarter 3, with its cells filled as the filing says. */
export function filledPlan(spec: TemplateSpec, filing: Filing): WorkbookPlan {
  const plan = templateWorkbookPlan(spec, { quarter: EXAMPLE_QUARTER, unit: filing.unit });
  const progress = plan.sheets.find((s) => s.role === 'progress');
  const indicator = plan.sheets.find((s) => s.role === 'indicator');
  if (!progress || !indicator) throw new Error('template plan without its two sheets');

  const dateCell = progress.cells.find((c) => typeof c.value === 'string' && c.value.startsWith('填报日期'));
  if (dateCell) dateCell.value = `填报日期：${filing.filledOn}`;

  const numberCol = progressColumn(spec, 'number');
  for (const [n, input] of Object.entries(filing.rows)) {
    const row = rowWith(progress, numberCol, Number(n));
    planCell(progress, row, progressColumn(spec, 'progressText')).value = input.text;
    putDeadline(progress, planCell(progress, row, progressColumn(spec, 'deadline')), input.deadline);
  }
  for (const [id, [quarterValue, cumulative]] of Object.entries(filing.figures)) {
    const row = rowWith(indicator, indicatorColumn('targetId'), id);
    planCell(indicator, row, indicatorColumn('quarterValue')).value = quarterValue;
    planCell(indicator, row, indicatorColumn('cumulativeValue')).value = cumulative;
  }
  return plan;
}

/** The hand-made table of `HAND_MADE`, written with ExcelJS as a person would type it (no template, no metadata). */
export async function handMadeWorkbook(spec: TemplateSpec): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'mzj';
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  const ws = wb.addWorksheet(HAND_MADE.sheetName);
  ws.columns = [{ width: 5 }, { width: 18 }, { width: 20 }, { width: 60 }, { width: 12 }, { width: 12 }];
  const border: Partial<ExcelJS.Borders> = {
    top: { style: 'thin' },
    left: { style: 'thin' },
    bottom: { style: 'thin' },
    right: { style: 'thin' },
  };
  const titleFont: Partial<ExcelJS.Font> = { name: '宋体', size: 16, bold: true };
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = `${spec.year}年为全区妇女儿童办实事`;
  ws.mergeCells('A2:F2');
  ws.getCell('A2').value = '工作进展情况表（第三季度）';
  for (const a of ['A1', 'A2']) {
    ws.getCell(a).font = titleFont;
    ws.getCell(a).alignment = { horizontal: 'center', vertical: 'middle' };
  }
  ws.mergeCells('A3:C3');
  ws.getCell('A3').value = HAND_MADE.unitLine;
  ws.getCell('D3').value = HAND_MADE.dateLine;
  // Row 4 stays blank: the extra blank row.
  const header = ['序号', '实事名称', '责任单位', '本季度具体措施及任务进度情况', '完成时限', '备注'];
  const headerRow = ws.getRow(5);
  header.forEach((h, i) => {
    const c = headerRow.getCell(i + 1);
    c.value = h;
    c.font = { name: '黑体', size: 11 };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    c.border = border;
  });
  spec.items.forEach((item, k) => {
    const r = ws.getRow(6 + k);
    const mine = item.number === HAND_MADE.itemNumber;
    const values: (string | number | null)[] = [
      item.number,
      item.name,
      item.units.join('、'),
      mine ? HAND_MADE.text : null,
      mine ? HAND_MADE.deadline : null,
      mine ? HAND_MADE.note : null,
    ];
    values.forEach((v, i) => {
      const c = r.getCell(i + 1);
      c.value = v;
      c.font = { name: '仿宋', size: 12 };
      c.alignment = { vertical: 'middle', wrapText: true, ...(i === 1 || i === 3 ? {} : { horizontal: 'center' as const }) };
      c.border = border;
    });
    r.height = mine ? 110 : 36;
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/**
 * Make the bytes deterministic: every zip entry dated `FIXED_TIME`, the document's created/modified set to it.
 * The cell contents are untouched.
 */
export async function stableBytes(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const iso = FIXED_TIME.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(
      /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      `$1${iso}$3`,
    );
    zip.file('docProps/core.xml', xml);
  }
  const out = new JSZip();
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  for (const name of names) {
    out.file(name, await zip.files[name].async('uint8array'), { date: FIXED_TIME, createFolders: false });
  }
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** The README of the example set. */
export function readmeText(): string {
  const lines: string[] = [
    '# 示例：2026年第三季度各单位报送的进展情况表',
    '',
    '这些文件由 `npm run examples`（`scripts/make-examples.ts`）根据内置的 2026 年清单和模板生成，内容为虚构，',
    '但按各单位实际填报的习惯书写：长段文字、数字、换行，完成时限有日期单元格也有各种文字写法，指标表填了数字。',
    '模板改动后重新运行 `npm run examples` 即可保持同步（`test/examples/examples.test.ts` 会检查）。',
    '',
    '汇总这一组文件（不需要 Excel）：',
    '',
    '```sh',
    'npx progress-table merge examples -o 汇总.xlsx',
    '```',
    '',
    '将打印报送情况：15 个单位中 14 个已报送，区科协未报送；区妇联重复报送（以更正文件为准）；区卫健局的文件有错误。',
    '单独校验有错误的文件：',
    '',
    '```sh',
    'npx progress-table validate examples/区卫健局-2026年第三季度进展情况表.xlsx',
    '```',
    '',
    '| 文件 | 单位 | 说明 |',
    '| --- | --- | --- |',
  ];
  const rows = [
    ...FILINGS.map((f) => ({ file: f.file, unit: f.unit, about: `填报日期 ${f.filledOn}。${f.about}` })),
    { file: HAND_MADE.file, unit: HAND_MADE.unit, about: `${HAND_MADE.dateLine.replace('：', ' ')}。${HAND_MADE.about}` },
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const r of rows) lines.push(`| ${r.file} | ${r.unit} | ${r.about} |`);
  lines.push(`| （无） | ${MISSING_UNIT} | 未报送：汇总时列为“未报送”，并生成催报提示。 |`, '');
  return lines.join('\n');
}

/** Write the whole set into `dir` (made when absent). Returns the workbook file names written, sorted. */
export async function makeExamples(dir: string, spec: TemplateSpec = LINZI_2026): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const filing of FILINGS) {
    const bytes = await stableBytes(await writeWorkbook(filledPlan(spec, filing)));
    fs.writeFileSync(path.join(dir, filing.file), bytes);
    written.push(filing.file);
  }
  fs.writeFileSync(path.join(dir, HAND_MADE.file), await stableBytes(await handMadeWorkbook(spec)));
  written.push(HAND_MADE.file);
  fs.writeFileSync(path.join(dir, 'README.md'), readmeText());
  return written.sort();
}

/** The sheet names the template files carry (for README and tests). */
export const EXAMPLE_SHEETS = TEMPLATE_SHEET_NAMES;

if (require.main === module) {
  const dir = process.argv[2] ?? path.join(__dirname, '..', 'examples');
  makeExamples(dir).then(
    (files) => process.stdout.write(`已生成 ${files.length} 个示例文件和 README.md：${dir}\n`),
    (err: unknown) => {
      process.stderr.write(`生成示例失败：${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
