import type { Digest } from './digest';

/**
 * The facts of each fixture notice (test/fixtures/notices), read by a person from the notice text: the answers the
 * style tests and the strict score compare the parser with. The notices were written for these tests.
 */
export const EXPECTED: Record<string, Digest> = {
  'one-line.txt': {
    year: 2029,
    items: [
      { name: '建设社区食堂', units: ['区民政局'], targets: [[12, '处'], [3000, '人次']] },
      { name: '改善就学条件', units: ['区教体局', '区住建局'], targets: [[5, '所'], [4200, '个']] },
      { name: '守护母婴安全', units: ['区卫健局'], targets: [[12, '/10万'], [4, '‰']] },
    ],
  },
  'one-paragraph.txt': {
    year: 2028,
    items: [
      { name: '改造农村公路85公里', units: ['县交通局', '县财政局'], targets: [[85, '公里']] },
      { name: '为全县65岁以上老人免费体检1.2万人次', units: ['县卫健局'], targets: [[12000, '人次']] },
      { name: '新增城镇就业岗位不少于2600个', units: ['县人社局', '县总工会'], targets: [[2600, '个']] },
    ],
  },
  'cells-per-line.txt': {
    year: 2027,
    items: [
      { name: '开展适龄妇女“两癌”筛查', units: ['市卫健委', '市妇联'], targets: [[24000, '人'], [24000, '人']] },
      { name: '建设母婴室', units: ['市妇联'], targets: [[30, '个']] },
      { name: '儿童之家提升', units: ['市民政局'], targets: [[15, '个'], [300, '场次']] },
    ],
  },
  'pipe-rows.txt': {
    year: 2026,
    items: [
      { name: '老旧小区改造', units: ['区住建局', '区财政局', '区城管局'], targets: [[28, '个']] },
      { name: '托育服务扩容', units: ['区卫健局', '区教体局', '区人社局'], targets: [[600, '个'], [150, '名']] },
      { name: '食品安全抽检', units: ['区市场监管局'], targets: [[98, '%']] },
    ],
  },
  'tab-rows.txt': {
    year: 2025,
    items: [
      { name: '居家养老上门服务', units: ['区民政局'], targets: [[8000, '人次']] },
      { name: '老年助餐点建设', units: ['区民政局', '区市场监管局'], targets: [[20, '个']] },
      { name: '老年人意外伤害保险', units: ['区民政局', '区财政局'], targets: [[95, '%']] },
    ],
  },
  'units-own-lines.txt': {
    year: 2030,
    items: [
      { name: '实施女性创业扶持', units: ['县人社局', '县妇联', '县财政局'], targets: [[30000000, '元'], [500, '人']] },
      { name: '开展儿童营养改善', units: ['县教体局'], targets: [[5, '元'], [23000, '名']] },
      { name: '建设妇女儿童活动阵地', units: ['县妇联', '县民政局'], targets: [[40, '个']] },
    ],
  },
  'title-line-targets.txt': {
    year: 2031,
    items: [
      { name: '新建成公办中小学、幼儿园6所，新增公办学位5400个', units: ['区教体局'], targets: [[6, '所'], [5400, '个']] },
      { name: '城乡居民医保参保率稳定在96%以上', units: ['区医保局', '区税务局'], targets: [[96, '%']] },
      { name: '居民人均可支配收入增长6%左右', units: ['区发改局'], targets: [[6, '%']] },
      { name: '新增城镇就业8000人', units: ['区人社局'], targets: [[8000, '人']] },
    ],
  },
  'sections-headline.txt': {
    year: 2032,
    items: [
      { name: '城区积水点改造', units: ['区城管局'], targets: [[12, '处']] },
      { name: '公交线路优化', units: ['区交通局'], targets: [[6, '条']] },
      { name: '全民健身设施', units: ['区文旅局', '区教体局'], targets: [[20, '公里'], [300, '件']] },
    ],
  },
  'never-invent.txt': {
    items: [
      { name: '助学帮扶', units: ['区民政局'], targets: [[1500, '元']] },
      { name: '暑期托管', units: [], targets: [[40, '个']] },
    ],
  },
  'web-one-paragraph.txt': {
    year: 2030,
    items: [
      { name: '开展新生儿听力筛查', units: ['县卫生健康局', '各乡镇人民政府'], targets: [[21000, '名'], [95, '%']] },
      { name: '开展妇女技能培训', units: ['县妇联', '县人社局'], targets: [[40, '期'], [1600, '人次']] },
      { name: '实施困境儿童助学', units: ['县民政局', '县教体局'], targets: [[180, '名'], [1000, '元']] },
    ],
  },
  'cells-blank-lines.txt': {
    year: 2027,
    items: [
      { name: '新建城市公园3个', units: ['县住建局', '县自然资源局'], targets: [[3, '个']] },
      { name: '改造农村危房420户', units: ['县住建局'], targets: [[420, '户']] },
      { name: '新建乡镇卫生院2所', units: ['县卫健局', '县发改局'], targets: [[2, '所'], [60, '场次']] },
      { name: '新增停车泊位1500个', units: ['县城管局'], targets: [[1500, '个']] },
    ],
  },
  'domain-column.txt': {
    year: 2021,
    items: [
      { name: '儿童健康水平持续提高', units: ['市卫健委', '市妇儿工委办'], targets: [[3, '‰'], [5, '‰']] },
      { name: '儿童营养状况改善', units: ['市卫健委'], targets: [[50, '%']] },
      { name: '儿童体质健康达标', units: ['市教育局', '市体育局'], targets: [[55, '%']] },
    ],
  },
  'role-brackets.txt': {
    year: 2034,
    items: [
      { name: '新建社区养老服务中心6个，提供助餐服务不少于5万人次', units: ['区民政局', '区财政局', '各街道办事处'], targets: [[6, '个'], [50000, '人次']] },
      { name: '开设女性成长课堂，推出课程120学时', units: ['区妇联'], targets: [[120, '学时']] },
      { name: '提供心理咨询服务800件次', units: ['区卫健局'], targets: [[800, '件次']] },
    ],
  },
  'news-no-units.txt': {
    year: 2019,
    items: [
      { name: '推出女性素养提升课程240学时，方便妇女就近学习', units: [], targets: [[240, '学时']] },
      { name: '在车站、医院等公共场所新建母婴室40个', units: [], targets: [[40, '个']] },
      { name: '新建社区“儿童之家”150个', units: [], targets: [[150, '个']] },
    ],
  },
  'tab-rows-cn-numbers.txt': {
    year: 2031,
    items: [
      { name: '城市更新', units: ['区住建局'], targets: [[15, '个']] },
      { name: '养老服务', units: ['区民政局'], targets: [[8, '个']] },
    ],
  },
  'domains-restart.txt': {
    year: 2021,
    items: [
      { name: '妇女常见病筛查率达到85%以上', units: ['市卫健委', '市妇联'], targets: [[85, '%']] },
      { name: '孕产妇死亡率控制在10/10万以下', units: ['市卫健委'], targets: [[10, '/10万']] },
      { name: '女性高中阶段毛入学率达到95%以上', units: ['市教育局'], targets: [[95, '%']] },
      { name: '每年培训农村妇女不少于5000人次', units: ['市农业农村局', '市妇联'], targets: [[5000, '人次']] },
    ],
  },
  'nested-no-restart.txt': {
    year: 2032,
    items: [
      { name: '教育', units: ['区教育局'], targets: [[2, '所'], [600, '个']] },
      { name: '养老', units: ['区民政局'], targets: [[10, '个'], [3000, '人次']] },
    ],
  },
  'two-numbered-lists.txt': {
    year: 2033,
    items: [
      { name: '新建口袋公园12个', units: ['区城管局'], targets: [[12, '个']] },
      { name: '新增停车位900个', units: ['区交通局'], targets: [[900, '个']] },
      { name: '改造背街小巷30条', units: ['区住建局'], targets: [[30, '条']] },
    ],
  },
};
