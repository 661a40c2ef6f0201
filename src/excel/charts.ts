import type { CellRange } from '../core/sheet/grid';
import { a1 } from '../core/sheet/grid';
import type { PlanChart } from '../core/sheet/plan';
import { rangeAddress } from './plan-ranges';
import { hostSupport, type ApiSupport } from './requirements';

/**
 * Charts of a SheetPlan (core/sheet/plan `PlanChart`), drawn with Office.js (Microsoft, "Work with charts using the
 * Excel JavaScript API"; "Excel JavaScript API requirement sets"). Queues only, never syncs: `writeFinish`
 * (excel/apply-plan) calls it before protecting the sheet, so a plan with charts costs no extra round trip.
 *
 * Requirement sets: adding the chart from one range, its title, legend, position, series name, data labels and the
 * value axis bounds need ExcelApi 1.1 (Excel 2016); the category axis' reversed order (first target at the top)
 * 1.7; a chart whose category and value columns are not side by side (`setValues` / `setXAxisValues`) 1.7; the
 * axis' and labels' number format 1.8 (older hosts show the cells' own format, 0.0%). The .xlsx writer draws no
 * chart: ExcelJS has no chart support.
 */

/** Excel chart types of the plan's chart types. */
const CHART_TYPE: Record<PlanChart['type'], Excel.ChartType | 'BarClustered'> = { bar: 'BarClustered' };

/** True when `values` is one column right of `categories`, over the same rows: the two form one rectangle. */
function sideBySide(categories: CellRange, values: CellRange): boolean {
  return values.r0 === categories.r0 && values.r1 === categories.r1 && values.c0 === categories.c1 + 1;
}

/**
 * Queue the plan's charts on `worksheet` (no sync). Charts the host cannot draw (columns apart on a host below
 * ExcelApi 1.7) are left out and returned, so the caller can say so; [] when all are queued.
 */
export function writeCharts(
  worksheet: Excel.Worksheet,
  charts: readonly PlanChart[] | undefined,
  support: ApiSupport = hostSupport,
): PlanChart[] {
  const left: PlanChart[] = [];
  for (const c of charts ?? []) {
    let chart: Excel.Chart;
    if (sideBySide(c.categories, c.values)) {
      const source = worksheet.getRange(rangeAddress({ r0: c.categories.r0, c0: c.categories.c0, r1: c.values.r1, c1: c.values.c1 }));
      chart = worksheet.charts.add(CHART_TYPE[c.type], source, 'Columns'); // ExcelApi 1.1
    } else if (support('1.7')) {
      chart = worksheet.charts.add(CHART_TYPE[c.type], worksheet.getRange(rangeAddress(c.values)), 'Columns'); // ExcelApi 1.1
      chart.series.getItemAt(0).setXAxisValues(worksheet.getRange(rangeAddress(c.categories))); // ExcelApi 1.7
    } else {
      left.push(c);
      continue;
    }
    chart.title.text = c.title; // ExcelApi 1.1
    chart.legend.visible = false; // ExcelApi 1.1
    chart.setPosition(a1(c.anchor.r0, c.anchor.c0), a1(c.anchor.r1, c.anchor.c1)); // ExcelApi 1.1
    chart.series.getItemAt(0).name = c.seriesName; // ExcelApi 1.1
    chart.dataLabels.showValue = true; // ExcelApi 1.1
    const axis = chart.axes.valueAxis;
    if (c.axis?.min !== undefined) axis.minimum = c.axis.min; // ExcelApi 1.1
    if (c.axis?.max !== undefined) axis.maximum = c.axis.max; // ExcelApi 1.1
    if (c.axis?.numberFormat && support('1.8')) {
      axis.numberFormat = c.axis.numberFormat; // ExcelApi 1.8
      chart.dataLabels.numberFormat = c.axis.numberFormat; // ExcelApi 1.8
    }
    if (support('1.7')) chart.axes.categoryAxis.reversePlotOrder = true; // ExcelApi 1.7: categories top-down, as in the table
  }
  return left;
}
