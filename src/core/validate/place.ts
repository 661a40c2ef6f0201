import { INDICATOR_COLUMNS } from '../spec/indicator-columns';
import type { ProgressReport } from '../read/report';
import { parseA1 } from '../sheet/grid';
import type { ColumnKey, TemplateSpec } from '../spec/schema';
import type { Finding } from './finding';

/** The indicator sheet's columns a finding can point at (IndicatorRow fields); their words are the sheet's headers. */
const INDICATOR_KEYS = ['metric', 'quarterValue', 'cumulativeValue'] as const;

/**
 * Give each finding at a cell its `item` (序号 and 实事名称 from the spec) and `column` (the header's words on one
 * line) and `columnKey`, when the report knows them: the progress table's row and column of the cell, or the
 * indicator sheet's row (its target's item) and column. A finding that already names them keeps its own; file-,
 * sheet- and header-level findings get none. Pure; returns new finding objects only where something was added.
 */
export function withPlaces(findings: readonly Finding[], report: ProgressReport, spec: TemplateSpec): Finding[] {
  return findings.map((f) => {
    if (!f.cell || !f.sheet || (f.item && f.column)) return f;
    const at = parseA1(f.cell);
    if (!at) return f;
    const place = f.sheet === report.sheet ? progressPlace(report, spec, at) : f.sheet === report.indicators?.sheet ? indicatorPlace(report, spec, at, f.cell) : undefined;
    if (!place) return f;
    const out: Finding = { ...f };
    if (!out.item && place.item) out.item = place.item;
    if (!out.column && place.column) {
      out.column = place.column;
      out.columnKey = place.columnKey;
    }
    return out;
  });
}

interface Place {
  item?: { number: number; name: string };
  column?: string;
  columnKey?: string;
}

function itemWords(spec: TemplateSpec, n: number | undefined): Place['item'] {
  const item = n === undefined ? undefined : spec.items.find((i) => i.number === n);
  return item ? { number: item.number, name: item.name } : undefined;
}

function progressPlace(report: ProgressReport, spec: TemplateSpec, at: { row: number; col: number }): Place | undefined {
  if (!report.header || at.row <= report.header.row) return undefined;
  const place: Place = {};
  const row = report.rows.find((r) => r.row === at.row);
  const item = itemWords(spec, row?.itemNumber);
  if (item) place.item = item;
  const key = (Object.entries(report.header.columns) as [ColumnKey, number][]).find(([, c]) => c === at.col)?.[0];
  if (key) {
    place.column = (spec.columns.find((c) => c.key === key)?.header ?? key).replace(/\s+/g, '');
    place.columnKey = key;
  }
  return place.item || place.column ? place : undefined;
}

function indicatorPlace(report: ProgressReport, spec: TemplateSpec, at: { row: number }, cell: string): Place | undefined {
  const row = report.indicators?.rows.find((r) => r.row === at.row);
  if (!row) return undefined;
  const place: Place = {};
  const item = itemWords(spec, row.itemNumber);
  if (item) place.item = item;
  const key = INDICATOR_KEYS.find((k) => row[k].cell === cell);
  const header = INDICATOR_COLUMNS.find((c) => c.key === key)?.header;
  if (key && header) {
    place.column = header;
    place.columnKey = key;
  }
  return place;
}
