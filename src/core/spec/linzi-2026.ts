import type { TemplateSpec, Unit } from './schema';

/**
 * The 15 responsible departments (责任单位) of the 2026 Linzi list, in the order the notice first names them.
 * `id` is the short name the notice uses (区人社局); `fullName` the department's formal name; `aliases` what
 * people also write (区卫生健康局, 卫健局, 卫生健康局 …). `resolveUnit` (core/text/units) also tolerates the
 * prefixes 淄博市 / 临淄区 / 临淄 / 区 / 中共 and full-width forms, so aliases need not list every prefix variant.
 * The parser (`parseNotice`) uses these as its directory of known departments: the notice itself has short names only.
 * Source: 临政办字〔2026〕2号, the items' （责任单位：…） and the attachment's 责任单位 column.
 */
export const LINZI_2026_UNITS: Unit[] = [
  { id: '区人社局', fullName: '临淄区人力资源和社会保障局', aliases: ['人社局', '区人力资源和社会保障局', '人力资源和社会保障局', '淄博市临淄区人力资源和社会保障局', '区人社', '人社'] },
  { id: '区妇联', fullName: '临淄区妇女联合会', aliases: ['妇联', '区妇女联合会', '妇女联合会', '淄博市临淄区妇女联合会', '临淄区妇联'] },
  { id: '区商务局', fullName: '临淄区商务局', aliases: ['商务局', '淄博市临淄区商务局'] },
  { id: '区卫健局', fullName: '临淄区卫生健康局', aliases: ['卫健局', '区卫生健康局', '卫生健康局', '淄博市临淄区卫生健康局', '区卫健', '卫健', '区卫健委', '卫健委', '区卫生健康委员会'] },
  { id: '区教体局', fullName: '临淄区教育和体育局', aliases: ['教体局', '区教育和体育局', '教育和体育局', '淄博市临淄区教育和体育局', '区教育体育局', '教育体育局', '区教育局', '教育局'] },
  { id: '区委宣传部', fullName: '中共临淄区委宣传部', aliases: ['宣传部', '临淄区委宣传部', '中共淄博市临淄区委宣传部', '区委宣传'] },
  { id: '区文旅局', fullName: '临淄区文化和旅游局', aliases: ['文旅局', '区文化和旅游局', '文化和旅游局', '淄博市临淄区文化和旅游局', '区文化旅游局', '文化旅游局'] },
  { id: '区科协', fullName: '临淄区科学技术协会', aliases: ['科协', '区科学技术协会', '科学技术协会', '淄博市临淄区科学技术协会'] },
  { id: '区检察院', fullName: '临淄区人民检察院', aliases: ['检察院', '区人民检察院', '人民检察院', '淄博市临淄区人民检察院', '临淄检察院'] },
  { id: '区总工会', fullName: '临淄区总工会', aliases: ['总工会', '工会', '区工会', '淄博市临淄区总工会'] },
  { id: '团区委', fullName: '共青团临淄区委员会', aliases: ['团委', '区团委', '共青团临淄区委', '共青团淄博市临淄区委员会', '临淄团区委', '共青团区委'] },
  { id: '临淄公安分局', fullName: '淄博市公安局临淄分局', aliases: ['公安临淄分局', '临淄分局', '公安分局', '区公安分局', '市公安局临淄分局', '临淄区公安分局', '公安局临淄分局'] },
  { id: '区残联', fullName: '临淄区残疾人联合会', aliases: ['残联', '区残疾人联合会', '残疾人联合会', '淄博市临淄区残疾人联合会'] },
  { id: '区民政局', fullName: '临淄区民政局', aliases: ['民政局', '淄博市临淄区民政局'] },
  { id: '临淄医保分局', fullName: '淄博市医疗保障局临淄分局', aliases: ['医保分局', '区医保分局', '临淄区医疗保障分局', '淄博市临淄区医疗保障分局', '医疗保障局临淄分局', '市医保局临淄分局', '区医保局', '医保局', '临淄区医保局'] },
];

/**
 * The embedded 2026 spec: 临政办字〔2026〕2号 《2026年为全区妇女儿童办实事项目清单》 and its attachment
 * 2026年为全区妇女儿童办实事工作进展情况表, transcribed from `data/2026-linzi-notice.txt` and checked against it
 * by `test/core/spec/linzi-2026-vs-notice.test.ts` (every figure with a measure word) and
 * `test/core/spec/parse-notice-seed.test.ts` (`parseNotice` of the notice gives the same items, units and targets).
 *
 * Targets, one per figure of the notice, in the notice's order (`id` = item.index, 1-based):
 * - `text` is the figure as written: [每人/每周/两周… marker] [comparator] number measure [以上/左右];
 * - `value` is in base units (1.9万名 -> 19000 persons, 3万元 -> 30000 yuan, 90% -> 90);
 * - `measure` is the notice's measure word without its multiplier (万元 -> 元; 个班次 kept as written);
 * - comparators: 不少于/不低于/达到…以上 -> '>=', 约 -> '~', 余 ("800余人": more than 800) -> '>=' (the checkable
 *   minimum), a bare figure ("16场") -> '=' (the planned figure);
 * - one figure naming two rates ("产前筛查率和新生儿遗传代谢病筛查率均达到90%以上") gives two targets;
 * - "每学年4次8课时" is one frequency target of 4 sessions (次); the 8 class hours describe the sessions;
 * - `units` is set where the target is plainly one department's work (e.g. 督促监护令 -> 区检察院); this is a
 *   reading of the notice, not written in it, so `parseNotice` leaves it unset.
 * Figures that are not targets (age ranges 35—64岁, 2—3岁, 0—3岁; 三年一周期; 四种; 春秋两季; 三级; dates and the
 * document number) are listed with reasons in the vs-notice test.
 */
export const LINZI_2026: TemplateSpec = {
  id: 'linzi-2026-women-children',
  version: '1',
  year: 2026,
  listTitle: '2026年为全区妇女儿童办实事项目清单',
  tableTitle: '2026年为全区妇女儿童办实事工作进展情况表',
  issuer: '临淄区人民政府办公室',
  documentNumber: '临政办字〔2026〕2号',
  issuedOn: '2026-06-22',
  coordinator: '区妇联',
  // Widths in Excel character units: 6 + 22 + 16 + 72 + 14 = 130, about 257 mm of an A4 landscape page (297 mm less margins).
  columns: [
    { key: 'number', header: '序号', width: 6 },
    { key: 'name', header: '实事名称', width: 22 },
    { key: 'unit', header: '责任单位', width: 16 },
    { key: 'progressText', header: '本季度具体措施\n及任务进度情况', width: 72 },
    { key: 'deadline', header: '完成时限', width: 14 },
  ],
  units: LINZI_2026_UNITS,
  items: [
    {
      number: 1,
      name: '促进女性高质量充分就业',
      description: '举办“春风行动”巾帼女性就业专场招聘活动不少于2场次，促进女性稳岗就业、灵活就业。开展补贴性职业技能培训，为有需求的妇女提供就业创业培训。年内开设巾帼电商公益课堂等16场，帮助“妈妈”群体掌握实用技能，引导妇女创业就业。',
      units: ['区人社局', '区妇联', '区商务局'],
      targets: [
        { id: '1.1', text: '不少于2场次', metric: '“春风行动”巾帼女性就业专场招聘活动', comparator: '>=', value: 2, measure: '场次', kind: 'cumulative', units: ['区人社局'] },
        { id: '1.2', text: '16场', metric: '巾帼电商公益课堂', comparator: '=', value: 16, measure: '场', kind: 'cumulative' },
      ],
    },
    {
      number: 2,
      name: '保护和增进妇女健康',
      description: '在全区实施35—64岁适龄妇女“两癌”（宫颈癌、乳腺癌）免费检查城乡全覆盖，按照三年一周期，年内对全区1.9万名35—64岁妇女开展“两癌”免费检查，降低宫颈癌、乳腺癌发病率，提高全区适龄妇女的健康水平。实施低收入适龄妇女“两癌”保险救助项目,为符合条件的35—64岁低收入妇女，每人购买保额不低于3万元的“两癌”保险。开展低收入“两癌”患病妇女救助，每名救助对象一次性救助1万元。',
      units: ['区卫健局', '区妇联'],
      targets: [
        { id: '2.1', text: '1.9万名', metric: '35—64岁妇女“两癌”免费检查', comparator: '=', value: 19000, measure: '名', kind: 'cumulative', units: ['区卫健局'] },
        { id: '2.2', text: '每人购买保额不低于3万元', metric: '低收入适龄妇女“两癌”保险每人保额', comparator: '>=', value: 30000, measure: '元', kind: 'per-person' },
        { id: '2.3', text: '每名救助对象一次性救助1万元', metric: '低收入“两癌”患病妇女每名一次性救助', comparator: '=', value: 10000, measure: '元', kind: 'per-person' },
      ],
    },
    {
      number: 3,
      name: '推进教育设施优化提升',
      description: '推进幼儿园托幼一体化建设，新增280个2—3岁幼儿托育学位。实施中小学校园“微运动”场地提档改造，进一步拓展校园体育活动载体。',
      units: ['区教体局'],
      targets: [
        { id: '3.1', text: '280个', metric: '新增2—3岁幼儿托育学位', comparator: '=', value: 280, measure: '个', kind: 'cumulative' },
      ],
    },
    {
      number: 4,
      name: '深化家庭家教家风建设',
      description: '开展“五好家庭”宣传选树活动，弘扬社会主义家庭文明新风尚。家庭教育指导服务进校园，依托家长学校、家庭教育指导师团队，全年开展家庭教育大讲堂、订单式入校服务、新生家长培训等活动不少于120场；落实每学年4次8课时家庭教育指导、全员大家访，构建校家社协同育人体系，覆盖全区中小学、幼儿园家长群体。推进家庭教育指导服务体系建设，年内在20个规范化社区（村）家长学校以“讲师精讲+圆桌交流”模式开展家庭教育圆桌课堂100场，引导家长倾诉困惑、交流研讨、获取解答，进一步增强家校社协同育人合力。',
      units: ['区委宣传部', '区妇联', '区教体局'],
      targets: [
        { id: '4.1', text: '不少于120场', metric: '家庭教育大讲堂、订单式入校服务、新生家长培训等活动', comparator: '>=', value: 120, measure: '场', kind: 'cumulative' },
        { id: '4.2', text: '每学年4次8课时', metric: '家庭教育指导（每学年次数）', comparator: '=', value: 4, measure: '次', kind: 'frequency', units: ['区教体局'] },
        { id: '4.3', text: '20个', metric: '开展圆桌课堂的规范化社区（村）家长学校', comparator: '=', value: 20, measure: '个', kind: 'cumulative' },
        { id: '4.4', text: '100场', metric: '家庭教育圆桌课堂', comparator: '=', value: 100, measure: '场', kind: 'cumulative' },
      ],
    },
    {
      number: 5,
      name: '提高优生优育服务水平',
      description: '开展免费产前筛查、新生儿四种遗传代谢性疾病筛查，推动患儿早诊早治，减少出生缺陷，产前筛查率和新生儿遗传代谢病筛查率均达到90%以上。扩大托育资源供给，发展社区嵌入式托育服务，利用社区闲置房屋降低运营成本，打造老百姓“家门口的平价托育”。推动托育资源向基层延伸、向家门口覆盖，让0—3岁婴幼儿家庭既能就近托、又能便宜托，切实减轻育儿负担。护航中小学生心理健康，落实两周一节心理健康课，心理咨询室每周开放不少于10小时，开展春秋两季全员心理筛查、心理健康教育月活动，建立班级心理委员—班主任—心理教师三级防护与干预机制，“一生一档”做好跟踪服务，全面守护儿童心理健康。',
      units: ['区卫健局', '区教体局'],
      targets: [
        { id: '5.1', text: '达到90%以上', metric: '产前筛查率', comparator: '>=', value: 90, measure: '%', kind: 'rate', units: ['区卫健局'] },
        { id: '5.2', text: '达到90%以上', metric: '新生儿遗传代谢病筛查率', comparator: '>=', value: 90, measure: '%', kind: 'rate', units: ['区卫健局'] },
        { id: '5.3', text: '两周一节', metric: '中小学心理健康课', comparator: '=', value: 1, measure: '节', kind: 'frequency', units: ['区教体局'] },
        { id: '5.4', text: '每周开放不少于10小时', metric: '心理咨询室每周开放时间', comparator: '>=', value: 10, measure: '小时', kind: 'frequency', units: ['区教体局'] },
      ],
    },
    {
      number: 6,
      name: '丰富文化体育服务供给',
      description: '持续优化临淄区市民艺术夜校服务模式，深度整合各类公共文化资源，不断丰富课程门类，创新教学形式，满足妇女儿童多元化艺术学习需求。开展科普大篷车进基层活动8场，提升儿童科技素养。常态化开展国民体质监测，计划为全区800余人提供监测，其中女性群体不低于400人。举办社会体育指导员培训班，女性社会体育指导员不低于100人。',
      units: ['区文旅局', '区科协', '区教体局'],
      targets: [
        { id: '6.1', text: '8场', metric: '科普大篷车进基层活动', comparator: '=', value: 8, measure: '场', kind: 'cumulative', units: ['区科协'] },
        { id: '6.2', text: '800余人', metric: '国民体质监测人数', comparator: '>=', value: 800, measure: '人', kind: 'cumulative', units: ['区教体局'] },
        { id: '6.3', text: '不低于400人', metric: '国民体质监测中女性群体人数', comparator: '>=', value: 400, measure: '人', kind: 'cumulative', units: ['区教体局'] },
        { id: '6.4', text: '不低于100人', metric: '女性社会体育指导员', comparator: '>=', value: 100, measure: '人', kind: 'cumulative', units: ['区教体局'] },
      ],
    },
    {
      number: 7,
      name: '深化儿童友好城市建设',
      description: '依托儿童友好社区平台，提升儿童友好社区活动质量，开展丰富多彩的亲子阅读、亲子实践等活动不少于10场，营造儿童友好的良好社会氛围，为家庭和儿童创造良好的活动平台与实践机会。针对重点学校，围绕《未成年人保护法》等法律法规，通过案例解析、互动问答、情景模拟等生动形式深入开展靶向宣传，不少于500人次。',
      units: ['区妇联', '区检察院'],
      targets: [
        { id: '7.1', text: '不少于10场', metric: '儿童友好社区亲子阅读、亲子实践等活动', comparator: '>=', value: 10, measure: '场', kind: 'cumulative', units: ['区妇联'] },
        { id: '7.2', text: '不少于500人次', metric: '重点学校《未成年人保护法》等法律法规靶向宣传', comparator: '>=', value: 500, measure: '人次', kind: 'cumulative', units: ['区检察院'] },
      ],
    },
    {
      number: 8,
      name: '持续培育婚恋新风',
      description: '深化婚恋服务项目内涵与服务形式，精准开展形式多样的线下交友联谊活动10场，用心用情帮助适龄青年拓宽交友渠道、解决婚恋交友问题，积极引导树立正确的婚恋观、生育观、家庭观。实施“幸福护航”婚姻家庭辅导项目，做优婚姻家庭辅导服务、女性心理健康呵护等行动，筑牢婚姻家庭幸福根基，促进家庭和美、社会和谐。',
      units: ['区总工会', '团区委', '区妇联'],
      targets: [
        { id: '8.1', text: '10场', metric: '线下交友联谊活动', comparator: '=', value: 10, measure: '场', kind: 'cumulative' },
      ],
    },
    {
      number: 9,
      name: '强化妇女儿童权益保障',
      description: '在“三八”维权周、反家暴日、宪法日等重大时间节点，开展“巾帼普法进基层”“齐心护航”心理健康讲座等妇女儿童权益相关的法律法规宣传活动不少于10场。为保障儿童权益及中高考需求，通过采取开门办、上门办、预约办、错时办、延时办、集中办等多种方式，为全区学生办理居民身份证提供便利。秉承“工助未来”服务品牌理念，推动企事业单位寒暑假开办职工子女托管班，提供学业辅导、传统文化教育以及文体兴趣服务，全年不少于12个班次。依托“五老”志愿者为涉案未成年人开展心理辅导等服务不少于5人次；为涉案未成年人家庭开展家庭教育指导，制发督促监护令不少于10份，督促监护人依法履行监护职责，从源头预防未成年人违法犯罪和侵害未成年人案件发生。开展残疾儿童康复救助项目，为约190名符合条件且有康复需求的残疾儿童实施康复救助。',
      units: ['区妇联', '临淄公安分局', '区总工会', '区检察院', '区残联'],
      targets: [
        { id: '9.1', text: '不少于10场', metric: '妇女儿童权益相关的法律法规宣传活动', comparator: '>=', value: 10, measure: '场', kind: 'cumulative' },
        { id: '9.2', text: '不少于12个班次', metric: '寒暑假职工子女托管班', comparator: '>=', value: 12, measure: '个班次', kind: 'cumulative', units: ['区总工会'] },
        { id: '9.3', text: '不少于5人次', metric: '“五老”志愿者为涉案未成年人开展心理辅导等服务', comparator: '>=', value: 5, measure: '人次', kind: 'cumulative' },
        { id: '9.4', text: '不少于10份', metric: '制发督促监护令', comparator: '>=', value: 10, measure: '份', kind: 'cumulative', units: ['区检察院'] },
        { id: '9.5', text: '约190名', metric: '残疾儿童康复救助', comparator: '~', value: 190, measure: '名', kind: 'cumulative', units: ['区残联'] },
      ],
    },
    {
      number: 10,
      name: '深化困难儿童关爱帮扶',
      description: '实施“福彩圆梦·孤儿助学工程”项目，为符合条件的孤儿按每人每学年1万元标准发放助学金。将孤儿纳入医疗救助范围，参照特困人员落实医疗救助待遇。开展“春蕾计划”公益助学，资助困境女童68名，加大困境儿童关心关爱，持续开展爱心妈妈一对一结对关爱活动，对重点关注的32名困境儿童年内开展入户走访4次，开展集体关爱活动2次。',
      units: ['区民政局', '临淄医保分局', '区妇联'],
      targets: [
        { id: '10.1', text: '每人每学年1万元', metric: '孤儿助学金标准（每人每学年）', comparator: '=', value: 10000, measure: '元', kind: 'per-person', units: ['区民政局'] },
        { id: '10.2', text: '68名', metric: '“春蕾计划”资助困境女童', comparator: '=', value: 68, measure: '名', kind: 'cumulative', units: ['区妇联'] },
        { id: '10.3', text: '32名', metric: '重点关注的困境儿童', comparator: '=', value: 32, measure: '名', kind: 'cumulative' },
        { id: '10.4', text: '4次', metric: '重点关注困境儿童年内入户走访', comparator: '=', value: 4, measure: '次', kind: 'cumulative' },
        { id: '10.5', text: '2次', metric: '困境儿童集体关爱活动', comparator: '=', value: 2, measure: '次', kind: 'cumulative' },
      ],
    },
  ],
};
