/**
 * Shared pieces of the small test specs (not the embedded 2026 list): the five official columns and a short 2027
 * notice. Each test keeps its own title, units, items and targets; only what is the same to the letter lives here.
 */
import type { Column } from '../../src/core/spec/schema';

/**
 * The five columns of the official table (序号 / 实事名称 / 责任单位 / 本季度具体措施及任务进度情况 / 完成时限), in the
 * notice's order, without widths (the layout's defaults apply). A fresh array on each call, so a test may change it.
 */
export function testColumns(): Column[] {
  return [
    { key: 'number', header: '序号' },
    { key: 'name', header: '实事名称' },
    { key: 'unit', header: '责任单位' },
    { key: 'progressText', header: '本季度具体措施\n及任务进度情况' },
    { key: 'deadline', header: '完成时限' },
  ];
}

/**
 * A short notice for 2027 (临政办字〔2027〕3号) in the 2026 notice's style: two items, the first with two units and
 * two count targets (不少于3场次, 1200个以上), the second with one unit, a count (1.2万名) and a rate (90%以上).
 */
export const NOTICE_2027 = `临淄区人民政府办公室
关于印发2027年为全区妇女儿童办实事项目清单的通知
临政办字〔2027〕3号

2027年为全区妇女儿童办实事项目清单

一、开展女性就业招聘。举办专场招聘活动不少于3场次，提供就业岗位1200个以上。（责任单位：区人社局、区妇联）
二、保护妇女健康。为适龄妇女免费开展“两癌”筛查1.2万名，筛查率达到90%以上。（责任单位：区卫健局）

区妇联按季度开展工作统筹调度。

临淄区人民政府办公室
2027年2月1日
`;
