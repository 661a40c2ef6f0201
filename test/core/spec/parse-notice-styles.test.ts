import { LINZI_2026_UNITS } from '../../../src/core/spec/linzi-2026';
import { parseNotice } from '../../../src/core/spec/parse-notice';

/**
 * One small notice per style of issue 6, each checking the whole parsed result (spec and findings). The notices are
 * written for these tests; the expected specs were checked by reading them against the notice text.
 */

/** A unit of the built-in (2026 Linzi) directory, by id. */
const linziUnit = (id: string) => LINZI_2026_UNITS.find((u) => u.id === id);

/** Default columns, used when a notice has no attachment header. */
const DEFAULT_COLUMNS = [
  { key: 'number', header: '序号', width: 6 },
  { key: 'name', header: '实事名称', width: 22 },
  { key: 'unit', header: '责任单位', width: 16 },
  { key: 'progressText', header: '本季度具体措施\n及任务进度情况', width: 72 },
  { key: 'deadline', header: '完成时限', width: 14 },
];
const COLUMNS_NOT_FOUND = {
  code: 'columns-not-found',
  message: '未找到附件进展情况表的表头，已使用默认表头（序号/实事名称/责任单位/本季度具体措施及任务进度情况/完成时限）。',
};

test("style cn-paren: （一） items with a half-width (牵头单位:…,责任单位:…) bracket, Chinese numerals and 万", () => {
  const notice = `测试区人民政府办公室
关于印发2030年民生实事项目清单的通知

2030年民生实事项目清单
（一）促进就业。举办招聘会不少于十二场，培训1.5万人次。(牵头单位:区人社局,责任单位:区妇联、区商务局)
（二）改善养老。新建养老服务站3处，老年人体检率达到95%以上。（责任单位：区民政局，区卫健局）
各责任单位要按季度报送进展，区民政局按季度开展统筹调度。

测试区人民政府办公室
2030年3月1日
`;
  expect(parseNotice(notice)).toEqual({
  "spec": {
    "id": "notice-2030-ugwvrm",
    "version": "1",
    "year": 2030,
    "listTitle": "2030年民生实事项目清单",
    "tableTitle": "2030年民生实事工作进展情况表",
    "issuer": "测试区人民政府办公室",
    "documentNumber": "",
    "coordinator": "区民政局",
    "columns": DEFAULT_COLUMNS,
    "units": [
      {
        "id": "区人社局",
        "fullName": "测试区人力资源和社会保障局",
        "aliases": [
          "人社局",
          "人力资源和社会保障局"
        ]
      },
      {
        "id": "区妇联",
        "fullName": "测试区妇女联合会",
        "aliases": [
          "妇联",
          "妇女联合会"
        ]
      },
      {
        "id": "区商务局",
        "fullName": "测试区商务局",
        "aliases": [
          "商务局"
        ]
      },
      {
        "id": "区民政局",
        "fullName": "测试区民政局",
        "aliases": [
          "民政局"
        ]
      },
      {
        "id": "区卫健局",
        "fullName": "测试区卫生健康局",
        "aliases": [
          "卫健局",
          "卫生健康局"
        ]
      }
    ],
    "items": [
      {
        "number": 1,
        "name": "促进就业",
        "description": "举办招聘会不少于十二场，培训1.5万人次。",
        "units": [
          "区人社局",
          "区妇联",
          "区商务局"
        ],
        "targets": [
          {
            "id": "1.1",
            "text": "不少于十二场",
            "metric": "招聘会",
            "comparator": ">=",
            "value": 12,
            "measure": "场",
            "kind": "cumulative"
          },
          {
            "id": "1.2",
            "text": "1.5万人次",
            "metric": "培训",
            "comparator": "=",
            "value": 15000,
            "measure": "人次",
            "kind": "cumulative"
          }
        ],
        "leadUnits": [
          "区人社局"
        ]
      },
      {
        "number": 2,
        "name": "改善养老",
        "description": "新建养老服务站3处，老年人体检率达到95%以上。",
        "units": [
          "区民政局",
          "区卫健局"
        ],
        "targets": [
          {
            "id": "2.1",
            "text": "3处",
            "metric": "新建养老服务站",
            "comparator": "=",
            "value": 3,
            "measure": "处",
            "kind": "cumulative"
          },
          {
            "id": "2.2",
            "text": "达到95%以上",
            "metric": "老年人体检率",
            "comparator": ">=",
            "value": 95,
            "measure": "%",
            "kind": "rate"
          }
        ]
      }
    ],
    "issuedOn": "2030-03-01"
  },
  "findings": [
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“区人社局”不在已知部门名录中，全称暂按“测试区人力资源和社会保障局”，请核对。",
      "line": 5
    },
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“区妇联”不在已知部门名录中，全称暂按“测试区妇女联合会”，请核对。",
      "line": 5
    },
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“区商务局”不在已知部门名录中，全称暂按“测试区商务局”，请核对。",
      "line": 5
    },
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“区民政局”不在已知部门名录中，全称暂按“测试区民政局”，请核对。",
      "line": 6
    },
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“区卫健局”不在已知部门名录中，全称暂按“测试区卫生健康局”，请核对。",
      "line": 6
    },
    {
      "code": "table-title-derived",
      "message": "未找到附件表标题，暂按“2030年民生实事工作进展情况表”，请核对。"
    },
    {
      "code": "document-number-not-found",
      "message": "未找到发文字号，请补充。"
    },
    COLUMNS_NOT_FOUND
  ]
});
});

test("style arabic-dot: 1. items with 牵头单位：/责任单位： on lines of their own; 万元, 控制在…以内, 超过, 每户, 个百分点, 约…左右", () => {
  const notice = `测政办发〔2031〕5号
2031年为民办实事任务分解
1. 稳定物价
投入资金500万元，居民消费价格涨幅控制在3%以内，平价商店超过200户。
困难家庭每户补贴不低于2000元，低保标准提高2个百分点。
牵头单位：区发改局
责任单位：区市场监管局、区财政局
2. 安居工程
改造老旧小区约30个左右。
牵头单位：区住建局
责任单位：区住建局；区自然资源局
测试区人民政府
2031年1月5日
`;
  expect(parseNotice(notice)).toEqual({
  "spec": {
    "id": "notice-2031-17rmrl4",
    "version": "1",
    "year": 2031,
    "listTitle": "2031年为民办实事任务分解",
    "tableTitle": "2031年为民办实事任务分解工作进展情况表",
    "issuer": "测试区人民政府",
    "documentNumber": "测政办发〔2031〕5号",
    "coordinator": "区发改局",
    "columns": DEFAULT_COLUMNS,
    "units": [
      {
        "id": "区发改局",
        "fullName": "测试区发展和改革局",
        "aliases": [
          "发改局",
          "发展和改革局"
        ]
      },
      {
        "id": "区市场监管局",
        "fullName": "测试区市场监督管理局",
        "aliases": [
          "市场监管局",
          "市场监督管理局"
        ]
      },
      {
        "id": "区财政局",
        "fullName": "测试区财政局",
        "aliases": [
          "财政局"
        ]
      },
      {
        "id": "区住建局",
        "fullName": "测试区住房和城乡建设局",
        "aliases": [
          "住建局",
          "住房和城乡建设局"
        ]
      },
      {
        "id": "区自然资源局",
        "fullName": "测试区自然资源局",
        "aliases": [
          "自然资源局"
        ]
      }
    ],
    "items": [
      {
        "number": 1,
        "name": "稳定物价",
        "description": "投入资金500万元，居民消费价格涨幅控制在3%以内，平价商店超过200户。\n困难家庭每户补贴不低于2000元，低保标准提高2个百分点。",
        "units": [
          "区发改局",
          "区市场监管局",
          "区财政局"
        ],
        "targets": [
          {
            "id": "1.1",
            "text": "500万元",
            "metric": "投入资金",
            "comparator": "=",
            "value": 5000000,
            "measure": "元",
            "kind": "cumulative"
          },
          {
            "id": "1.2",
            "text": "控制在3%以内",
            "metric": "居民消费价格涨幅",
            "comparator": "<=",
            "value": 3,
            "measure": "%",
            "kind": "rate"
          },
          {
            "id": "1.3",
            "text": "超过200户",
            "metric": "平价商店",
            "comparator": ">",
            "value": 200,
            "measure": "户",
            "kind": "cumulative"
          },
          {
            "id": "1.4",
            "text": "每户补贴不低于2000元",
            "metric": "困难家庭补贴",
            "comparator": ">=",
            "value": 2000,
            "measure": "元",
            "kind": "per-person"
          },
          {
            "id": "1.5",
            "text": "2个百分点",
            "metric": "低保标准提高",
            "comparator": "=",
            "value": 2,
            "measure": "个百分点",
            "kind": "rate"
          }
        ],
        "leadUnits": [
          "区发改局"
        ]
      },
      {
        "number": 2,
        "name": "安居工程",
        "description": "改造老旧小区约30个左右。",
        "units": [
          "区住建局",
          "区自然资源局"
        ],
        "targets": [
          {
            "id": "2.1",
            "text": "约30个左右",
            "metric": "改造老旧小区",
            "comparator": "~",
            "value": 30,
            "measure": "个",
            "kind": "cumulative"
          }
        ],
        "leadUnits": [
          "区住建局"
        ]
      }
    ],
    "issuedOn": "2031-01-05"
  },
  "findings": [
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“区发改局”不在已知部门名录中，全称暂按“测试区发展和改革局”，请核对。",
      "line": 3
    },
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“区市场监管局”不在已知部门名录中，全称暂按“测试区市场监督管理局”，请核对。",
      "line": 3
    },
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“区财政局”不在已知部门名录中，全称暂按“测试区财政局”，请核对。",
      "line": 3
    },
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“区住建局”不在已知部门名录中，全称暂按“测试区住房和城乡建设局”，请核对。",
      "line": 8
    },
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“区自然资源局”不在已知部门名录中，全称暂按“测试区自然资源局”，请核对。",
      "line": 8
    },
    {
      "code": "table-title-derived",
      "message": "未找到附件表标题，暂按“2031年为民办实事任务分解工作进展情况表”，请核对。"
    },
    COLUMNS_NOT_FOUND,
    {
      "code": "coordinator-not-found",
      "message": "未找到汇总（统筹调度）单位，暂按“区发改局”，请核对。"
    }
  ]
});
});

test("style arabic-comma: 1、 items with ； between units; 余, 千, 每月 (frequency), 以下; no issuer: the Linzi directory completes units", () => {
  const notice = `2032年妇女儿童实事清单
1、关爱残疾儿童。为300余名残疾儿童提供康复训练，服务3千人次。（责任单位：区残联；区妇联）
2、守护儿童健康。每月开展儿童健康义诊1次，学生近视率控制在50%以下。（责任单位：区卫健局、区教体局）
`;
  expect(parseNotice(notice)).toEqual({
  "spec": {
    "id": "notice-2032-16papf3",
    "version": "1",
    "year": 2032,
    "listTitle": "2032年妇女儿童实事清单",
    "tableTitle": "2032年妇女儿童实事工作进展情况表",
    "issuer": "（未注明）",
    "documentNumber": "",
    "coordinator": "区残联",
    "columns": DEFAULT_COLUMNS,
    "units": [
      linziUnit("区残联"),
      linziUnit("区妇联"),
      linziUnit("区卫健局"),
      linziUnit("区教体局")
    ],
    "items": [
      {
        "number": 1,
        "name": "关爱残疾儿童",
        "description": "为300余名残疾儿童提供康复训练，服务3千人次。",
        "units": [
          "区残联",
          "区妇联"
        ],
        "targets": [
          {
            "id": "1.1",
            "text": "300余名",
            "metric": "残疾儿童提供康复训练",
            "comparator": ">=",
            "value": 300,
            "measure": "名",
            "kind": "cumulative"
          },
          {
            "id": "1.2",
            "text": "3千人次",
            "metric": "服务",
            "comparator": "=",
            "value": 3000,
            "measure": "人次",
            "kind": "cumulative"
          }
        ]
      },
      {
        "number": 2,
        "name": "守护儿童健康",
        "description": "每月开展儿童健康义诊1次，学生近视率控制在50%以下。",
        "units": [
          "区卫健局",
          "区教体局"
        ],
        "targets": [
          {
            "id": "2.1",
            "text": "每月开展儿童健康义诊1次",
            "metric": "儿童健康义诊",
            "comparator": "=",
            "value": 1,
            "measure": "次",
            "kind": "frequency"
          },
          {
            "id": "2.2",
            "text": "控制在50%以下",
            "metric": "学生近视率",
            "comparator": "<=",
            "value": 50,
            "measure": "%",
            "kind": "rate"
          }
        ]
      }
    ]
  },
  "findings": [
    {
      "code": "issuer-not-found",
      "message": "未找到发文单位，请补充。"
    },
    {
      "code": "table-title-derived",
      "message": "未找到附件表标题，暂按“2032年妇女儿童实事工作进展情况表”，请核对。"
    },
    {
      "code": "document-number-not-found",
      "message": "未找到发文字号，请补充。"
    },
    {
      "code": "date-not-found",
      "message": "未找到成文日期。"
    },
    COLUMNS_NOT_FOUND,
    {
      "code": "coordinator-not-found",
      "message": "未找到汇总（统筹调度）单位，暂按“区残联”，请核对。"
    }
  ]
});
});

test("style arabic-paren: （１） items in full-width digits; 个学位, 两周…一次, 每所 (per place), 每周; a 县 notice with inferred units", () => {
  const notice = `示例县人民政府办公室
关于印发2033年教育实事清单的通知
2033年教育实事清单
（１）增加学位。新增公办幼儿园学位不少于２０个学位，两周开展一次家访。（责任单位：县教体局）
（２）心理健康。每所学校配备心理教师不少于１名，每周开放心理咨询室不少于８小时。（责任单位：县教体局、县卫健局）
县教体局按季度汇总进展。
`;
  expect(parseNotice(notice)).toEqual({
  "spec": {
    "id": "notice-2033-fqrt2f",
    "version": "1",
    "year": 2033,
    "listTitle": "2033年教育实事清单",
    "tableTitle": "2033年教育实事工作进展情况表",
    "issuer": "示例县人民政府办公室",
    "documentNumber": "",
    "coordinator": "县教体局",
    "columns": DEFAULT_COLUMNS,
    "units": [
      {
        "id": "县教体局",
        "fullName": "示例县教育和体育局",
        "aliases": [
          "教体局",
          "教育和体育局"
        ]
      },
      {
        "id": "县卫健局",
        "fullName": "示例县卫生健康局",
        "aliases": [
          "卫健局",
          "卫生健康局"
        ]
      }
    ],
    "items": [
      {
        "number": 1,
        "name": "增加学位",
        "description": "新增公办幼儿园学位不少于２０个学位，两周开展一次家访。",
        "units": [
          "县教体局"
        ],
        "targets": [
          {
            "id": "1.1",
            "text": "不少于２０个学位",
            "metric": "新增公办幼儿园学位",
            "comparator": ">=",
            "value": 20,
            "measure": "个学位",
            "kind": "cumulative"
          },
          {
            "id": "1.2",
            "text": "两周开展一次",
            "metric": "家访",
            "comparator": "=",
            "value": 1,
            "measure": "次",
            "kind": "frequency"
          }
        ]
      },
      {
        "number": 2,
        "name": "心理健康",
        "description": "每所学校配备心理教师不少于１名，每周开放心理咨询室不少于８小时。",
        "units": [
          "县教体局",
          "县卫健局"
        ],
        "targets": [
          {
            "id": "2.1",
            "text": "每所学校配备心理教师不少于１名",
            "metric": "学校配备心理教师",
            "comparator": ">=",
            "value": 1,
            "measure": "名",
            "kind": "per-person"
          },
          {
            "id": "2.2",
            "text": "每周开放心理咨询室不少于８小时",
            "metric": "开放心理咨询室",
            "comparator": ">=",
            "value": 8,
            "measure": "小时",
            "kind": "frequency"
          }
        ]
      }
    ]
  },
  "findings": [
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“县教体局”不在已知部门名录中，全称暂按“示例县教育和体育局”，请核对。",
      "line": 4
    },
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“县卫健局”不在已知部门名录中，全称暂按“示例县卫生健康局”，请核对。",
      "line": 5
    },
    {
      "code": "table-title-derived",
      "message": "未找到附件表标题，暂按“2033年教育实事工作进展情况表”，请核对。"
    },
    {
      "code": "document-number-not-found",
      "message": "未找到发文字号，请补充。"
    },
    {
      "code": "date-not-found",
      "message": "未找到成文日期。"
    },
    COLUMNS_NOT_FOUND
  ]
});
});

test("style circled: ① items with heading lines and a space-separated 责任单位 line; 每学期…课时", () => {
  const notice = `2034年科普实事清单
①科普进校园
每学期开展科普讲座不少于4课时，覆盖学生8000人。
责任单位：区科协 区教体局
②科普大篷车
开展科普大篷车巡展20场。
责任单位：区科协
`;
  expect(parseNotice(notice)).toEqual({
  "spec": {
    "id": "notice-2034-9zte7m",
    "version": "1",
    "year": 2034,
    "listTitle": "2034年科普实事清单",
    "tableTitle": "2034年科普实事工作进展情况表",
    "issuer": "（未注明）",
    "documentNumber": "",
    "coordinator": "区科协",
    "columns": DEFAULT_COLUMNS,
    "units": [
      linziUnit("区科协"),
      linziUnit("区教体局")
    ],
    "items": [
      {
        "number": 1,
        "name": "科普进校园",
        "description": "每学期开展科普讲座不少于4课时，覆盖学生8000人。",
        "units": [
          "区科协",
          "区教体局"
        ],
        "targets": [
          {
            "id": "1.1",
            "text": "每学期开展科普讲座不少于4课时",
            "metric": "科普讲座",
            "comparator": ">=",
            "value": 4,
            "measure": "课时",
            "kind": "frequency"
          },
          {
            "id": "1.2",
            "text": "8000人",
            "metric": "覆盖学生",
            "comparator": "=",
            "value": 8000,
            "measure": "人",
            "kind": "cumulative"
          }
        ]
      },
      {
        "number": 2,
        "name": "科普大篷车",
        "description": "开展科普大篷车巡展20场。",
        "units": [
          "区科协"
        ],
        "targets": [
          {
            "id": "2.1",
            "text": "20场",
            "metric": "科普大篷车巡展",
            "comparator": "=",
            "value": 20,
            "measure": "场",
            "kind": "cumulative"
          }
        ]
      }
    ]
  },
  "findings": [
    {
      "code": "issuer-not-found",
      "message": "未找到发文单位，请补充。"
    },
    {
      "code": "table-title-derived",
      "message": "未找到附件表标题，暂按“2034年科普实事工作进展情况表”，请核对。"
    },
    {
      "code": "document-number-not-found",
      "message": "未找到发文字号，请补充。"
    },
    {
      "code": "date-not-found",
      "message": "未找到成文日期。"
    },
    COLUMNS_NOT_FOUND,
    {
      "code": "coordinator-not-found",
      "message": "未找到汇总（统筹调度）单位，暂按“区科协”，请核对。"
    }
  ]
});
});

test("style shi: 一是…二是 inside one paragraph", () => {
  const notice = `2035年民生实事清单
今年重点办好以下实事：一是促进就业，举办招聘会不少于2场（责任单位：区人社局）；二是关爱儿童，资助困境儿童50名（责任单位：区妇联、区民政局）。
`;
  expect(parseNotice(notice)).toEqual({
  "spec": {
    "id": "notice-2035-1m3olto",
    "version": "1",
    "year": 2035,
    "listTitle": "2035年民生实事清单",
    "tableTitle": "2035年民生实事工作进展情况表",
    "issuer": "（未注明）",
    "documentNumber": "",
    "coordinator": "区人社局",
    "columns": DEFAULT_COLUMNS,
    "units": [
      linziUnit("区人社局"),
      linziUnit("区妇联"),
      linziUnit("区民政局")
    ],
    "items": [
      {
        "number": 1,
        "name": "促进就业",
        "description": "举办招聘会不少于2场",
        "units": [
          "区人社局"
        ],
        "targets": [
          {
            "id": "1.1",
            "text": "不少于2场",
            "metric": "招聘会",
            "comparator": ">=",
            "value": 2,
            "measure": "场",
            "kind": "cumulative"
          }
        ]
      },
      {
        "number": 2,
        "name": "关爱儿童",
        "description": "资助困境儿童50名。",
        "units": [
          "区妇联",
          "区民政局"
        ],
        "targets": [
          {
            "id": "2.1",
            "text": "50名",
            "metric": "资助困境儿童",
            "comparator": "=",
            "value": 50,
            "measure": "名",
            "kind": "cumulative"
          }
        ]
      }
    ]
  },
  "findings": [
    {
      "code": "issuer-not-found",
      "message": "未找到发文单位，请补充。"
    },
    {
      "code": "table-title-derived",
      "message": "未找到附件表标题，暂按“2035年民生实事工作进展情况表”，请核对。"
    },
    {
      "code": "document-number-not-found",
      "message": "未找到发文字号，请补充。"
    },
    {
      "code": "date-not-found",
      "message": "未找到成文日期。"
    },
    COLUMNS_NOT_FOUND,
    {
      "code": "coordinator-not-found",
      "message": "未找到汇总（统筹调度）单位，暂按“区人社局”，请核对。"
    }
  ]
});
});

test("style cn-attachment: 一、 items and an attachment table: its header gives the columns, its rows the missing units; uncertain figures become findings", () => {
  const notice = `2036年民生实事清单
一、托育服务。新增托位不少于20，托育机构覆盖全区。
二、文化惠民。开展送戏下乡30场。（责任单位：区文旅局）

附件
2036年民生实事工作进展情况表
\t序号
\t项目名称
\t牵头单位
\t工作进展情况
\t完成时间
\t1
\t托育服务
\t区卫健局
\t
\t
\t2
\t文化惠民活动
\t区文旅局
\t
\t
`;
  expect(parseNotice(notice)).toEqual({
  "spec": {
    "id": "notice-2036-go1l05",
    "version": "1",
    "year": 2036,
    "listTitle": "2036年民生实事清单",
    "tableTitle": "2036年民生实事工作进展情况表",
    "issuer": "（未注明）",
    "documentNumber": "",
    "coordinator": "区卫健局",
    "columns": [
      {
        "key": "number",
        "header": "序号",
        "width": 6
      },
      {
        "key": "name",
        "header": "项目名称",
        "width": 22
      },
      {
        "key": "unit",
        "header": "牵头单位",
        "width": 16
      },
      {
        "key": "progressText",
        "header": "工作进展情况",
        "width": 72
      },
      {
        "key": "deadline",
        "header": "完成时间",
        "width": 14
      }
    ],
    "units": [
      linziUnit("区卫健局"),
      linziUnit("区文旅局")
    ],
    "items": [
      {
        "number": 1,
        "name": "托育服务",
        "description": "新增托位不少于20，托育机构覆盖全区。",
        "units": [
          "区卫健局"
        ],
        "targets": []
      },
      {
        "number": 2,
        "name": "文化惠民",
        "description": "开展送戏下乡30场。",
        "units": [
          "区文旅局"
        ],
        "targets": [
          {
            "id": "2.1",
            "text": "30场",
            "metric": "送戏下乡",
            "comparator": "=",
            "value": 30,
            "measure": "场",
            "kind": "cumulative"
          }
        ]
      }
    ]
  },
  "findings": [
    {
      "code": "issuer-not-found",
      "message": "未找到发文单位，请补充。"
    },
    {
      "code": "units-from-attachment",
      "message": "第1项正文未列责任单位，已按附件表填入：区卫健局。",
      "line": 2
    },
    {
      "code": "target-no-measure",
      "message": "“不少于20”有比较词和数字但没有可识别的计量单位，未作为指标读取，请核对。",
      "line": 2
    },
    {
      "code": "item-no-targets",
      "message": "第1项“托育服务”没有读到量化指标；如有，请手工补充。",
      "line": 2
    },
    {
      "code": "attachment-mismatch",
      "message": "附件表第2行的实事名称“文化惠民活动”与正文“文化惠民”不一致，请核对。",
      "line": 3
    },
    {
      "code": "document-number-not-found",
      "message": "未找到发文字号，请补充。"
    },
    {
      "code": "date-not-found",
      "message": "未找到成文日期。"
    },
    {
      "code": "coordinator-not-found",
      "message": "未找到汇总（统筹调度）单位，暂按“区卫健局”，请核对。"
    }
  ]
});
});

test("style cn-nested: 一、 items with a 1. list inside their text, an item without units (left empty, no placeholder), 两场 and 亿元", () => {
  const notice = `示范区人民政府办公室
关于印发2037年民生实事项目清单的通知
2037年民生实事项目清单
一、法治宣传
1.举办法治讲座两场；
2.投入宣传经费1.2亿元。
二、社区服务
新建社区服务中心5个。
（责任单位：区司法局）
示范区人民政府办公室    2037年2月3日
`;
  expect(parseNotice(notice)).toEqual({
  "spec": {
    "id": "notice-2037-19hn2rr",
    "version": "1",
    "year": 2037,
    "listTitle": "2037年民生实事项目清单",
    "tableTitle": "2037年民生实事工作进展情况表",
    "issuer": "示范区人民政府办公室",
    "documentNumber": "",
    "coordinator": "区司法局",
    "columns": DEFAULT_COLUMNS,
    "units": [
      {
        "id": "区司法局",
        "fullName": "示范区司法局",
        "aliases": [
          "司法局"
        ]
      }
    ],
    "items": [
      {
        "number": 1,
        "name": "法治宣传",
        "description": "1.举办法治讲座两场；\n2.投入宣传经费1.2亿元。",
        "units": [],
        "targets": [
          {
            "id": "1.1",
            "text": "两场",
            "metric": "法治讲座",
            "comparator": "=",
            "value": 2,
            "measure": "场",
            "kind": "cumulative"
          },
          {
            "id": "1.2",
            "text": "1.2亿元",
            "metric": "投入宣传经费",
            "comparator": "=",
            "value": 120000000,
            "measure": "元",
            "kind": "cumulative"
          }
        ]
      },
      {
        "number": 2,
        "name": "社区服务",
        "description": "新建社区服务中心5个。",
        "units": [
          "区司法局"
        ],
        "targets": [
          {
            "id": "2.1",
            "text": "5个",
            "metric": "新建社区服务中心",
            "comparator": "=",
            "value": 5,
            "measure": "个",
            "kind": "cumulative"
          }
        ]
      }
    ],
    "issuedOn": "2037-02-03"
  },
  "findings": [
    {
      "code": "item-no-units",
      "message": "第1项“法治宣传”未列责任单位，请补充。",
      "line": 4
    },
    {
      "code": "unit-not-in-directory",
      "message": "责任单位“区司法局”不在已知部门名录中，全称暂按“示范区司法局”，请核对。",
      "line": 7
    },
    {
      "code": "table-title-derived",
      "message": "未找到附件表标题，暂按“2037年民生实事工作进展情况表”，请核对。"
    },
    {
      "code": "document-number-not-found",
      "message": "未找到发文字号，请补充。"
    },
    COLUMNS_NOT_FOUND,
    {
      "code": "coordinator-not-found",
      "message": "未找到汇总（统筹调度）单位，暂按“区司法局”，请核对。"
    }
  ]
});
});

test("style docx-raw-text: text as mammoth gives it from a .docx: paragraphs apart, attachment cells one per line, a header cell on two lines", () => {
  const notice = `2038年民生实事清单
一、托育服务。新增托位200个。（责任单位：区卫健局）

附件

2038年民生实事工作进展情况表

序号

实事名称

责任单位

本季度具体措施

及任务进度情况

完成时限

1

托育服务

区卫健局

区妇联
`;
  expect(parseNotice(notice)).toEqual({
  "spec": {
    "id": "notice-2038-yic4dz",
    "version": "1",
    "year": 2038,
    "listTitle": "2038年民生实事清单",
    "tableTitle": "2038年民生实事工作进展情况表",
    "issuer": "（未注明）",
    "documentNumber": "",
    "coordinator": "区卫健局",
    "columns": DEFAULT_COLUMNS,
    "units": [
      linziUnit("区卫健局")
    ],
    "items": [
      {
        "number": 1,
        "name": "托育服务",
        "description": "新增托位200个。",
        "units": [
          "区卫健局"
        ],
        "targets": [
          {
            "id": "1.1",
            "text": "200个",
            "metric": "新增托位",
            "comparator": "=",
            "value": 200,
            "measure": "个",
            "kind": "cumulative"
          }
        ]
      }
    ]
  },
  "findings": [
    {
      "code": "issuer-not-found",
      "message": "未找到发文单位，请补充。"
    },
    {
      "code": "document-number-not-found",
      "message": "未找到发文字号，请补充。"
    },
    {
      "code": "date-not-found",
      "message": "未找到成文日期。"
    },
    {
      "code": "coordinator-not-found",
      "message": "未找到汇总（统筹调度）单位，暂按“区卫健局”，请核对。"
    }
  ]
});
});
