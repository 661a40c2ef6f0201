/**
 * Columns of the indicator sheet (指标完成情况), 0-based, in order: 序号 (item number), 实事名称, 指标编号 (target id,
 * e.g. "2.1", what readers map rows by), 指标 (metric and the figure as written), 目标值 (value in base units),
 * 单位 (measure), 责任单位, 本季度完成, 累计完成 (the two cells to fill).
 */
export const INDICATOR_COLUMNS = [
  { key: 'number', header: '序号', width: 6 },
  { key: 'name', header: '实事名称', width: 18 },
  { key: 'targetId', header: '指标编号', width: 10 },
  { key: 'metric', header: '指标', width: 40 },
  { key: 'value', header: '目标值', width: 10 },
  { key: 'measure', header: '单位', width: 7 },
  { key: 'unit', header: '责任单位', width: 14 },
  { key: 'quarterValue', header: '本季度完成', width: 11 },
  { key: 'cumulativeValue', header: '累计完成', width: 11 },
] as const;
