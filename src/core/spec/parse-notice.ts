import { normalizeNewlines, toHalfWidth } from '../text/normalize';
import { resolveUnit, splitUnitList } from '../text/units';
import { LINZI_2026_UNITS } from './linzi-2026';
import { lineAt, noticeFinding, type NoticeFinding } from './notice/finding';
import {
  attachmentCells, attachmentTable, DEFAULT_COLUMN_HEADERS, DEFAULT_COLUMN_WIDTHS, findAttachmentStart,
  findDocumentNumber, findHeadingIssuer, findListTitle, findPlanYear, findSignature, findTableTitle,
} from './notice/heading';
import { findItemSegments, type ItemSegment } from './notice/items';
import { findTable, isUnitList, type TableItem } from './notice/table';
import { extractTargets } from './notice/targets';
import { districtOf, readUnitLabels, UNIT_BRACKET_RE, UNIT_LINE_RE, UNIT_ROLE_BRACKET_RE, UNIT_TAIL_RE, unitForName, type UnitMention } from './notice/units';
import { ColumnKeySchema, type Column, type Item, type SpecDraft, type Unit } from './schema';

export type { NoticeFinding, NoticeFindingCode } from './notice/finding';

/** Options of `parseNotice`. */
export type ParseNoticeOptions = {
  /**
   * Known departments (short name, full name, aliases) to complete the notice's short names. Default: the 2026 Linzi
   * units, used only when the notice's issuer is in the same district (their full names contain its name) or names no
   * district. Names not in the directory get an inferred full name (临淄区 + 卫生健康局) and a finding.
   */
  directory?: readonly Unit[];
  /** Spec id; default `notice-${year}-${hash of title and document number}`. */
  id?: string;
  /** Spec version; default "1". */
  version?: string;
};

/** 32-bit FNV-1a of a string, base 36: a short stable id part. */
function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** True when a half-width text carries a unit label (bracketed or on a line of its own). */
function hasUnits(h: string): boolean {
  return new RegExp(UNIT_BRACKET_RE.source, 'u').test(h) || new RegExp(UNIT_ROLE_BRACKET_RE.source, 'u').test(h) || h.split('\n').some((l) => UNIT_LINE_RE.test(l) || UNIT_TAIL_RE.test(l));
}

/** One item's parts read from its segment. */
type ItemDraft = { number: number; name: string; description: string; mentions: UnitMention[]; line: number; descriptionLine: number };

/** Name, description and unit mentions of one segment. */
function readSegment(t: string, h: string, seg: ItemSegment): ItemDraft {
  const body = t.slice(seg.bodyStart, seg.end);
  const bodyH = h.slice(seg.bodyStart, seg.end);
  const mentions: UnitMention[] = [];
  const cuts: [number, number][] = [];
  for (const m of bodyH.matchAll(new RegExp(UNIT_BRACKET_RE.source, 'gu'))) {
    cuts.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  const roleMentions: UnitMention[] = [];
  for (const m of bodyH.matchAll(UNIT_ROLE_BRACKET_RE)) {
    const [, first, role, others] = m;
    if (!isUnitList(first) || (others !== undefined && !isUnitList(others))) continue;
    for (const name of splitUnitList(first)) roleMentions.push({ name, lead: role === '牵头' });
    for (const name of splitUnitList(others ?? '')) roleMentions.push({ name, lead: false });
    cuts.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  let offset = 0;
  const lines = bodyH.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (UNIT_LINE_RE.test(line)) {
      // The label's names may follow on lines of their own ("责任单位：" / "区人社局" / "区妇联").
      let end = offset + line.length;
      let j = i + 1;
      const bare = readUnitLabels(line).length === 0;
      while (bare && j < lines.length && !UNIT_LINE_RE.test(lines[j]) && (isUnitList(lines[j]) || (lines[j].trim() === '' && j + 1 < lines.length && isUnitList(lines[j + 1])))) {
        end += lines[j].length + 1;
        j++;
      }
      cuts.push([offset, end]);
      for (; i + 1 < j; i++) offset += lines[i].length + 1;
    } else {
      const tail = UNIT_TAIL_RE.exec(line);
      if (tail) cuts.push([offset + (tail.index ?? 0) + 1, offset + line.length]);
    }
    offset += lines[i].length + 1;
  }
  cuts.sort((a, b) => a[0] - b[0]);
  mentions.push(...roleMentions);
  let rest = '';
  let restH = '';
  let from = 0;
  for (const [a, b] of cuts) {
    if (a < from) continue;
    for (const mention of readUnitLabels(bodyH.slice(a, b))) {
      const had = mentions.find((m) => m.name === mention.name);
      if (had) had.lead ||= mention.lead;
      else mentions.push(mention);
    }
    rest += body.slice(from, a);
    restH += bodyH.slice(from, a);
    from = b;
  }
  rest += body.slice(from);
  restH += bodyH.slice(from);
  if (mentions.length === 0) {
    // No label: units may stand on lines of their own after the text (a table's unit column flattened, issue 11).
    const lines = rest.split('\n');
    const keep: string[] = [];
    lines.forEach((line, i) => {
      if (i > 0 && isUnitList(line)) for (const name of splitUnitList(line)) mentions.push({ name, lead: false });
      else keep.push(line);
    });
    if (mentions.length > 0) {
      rest = keep.join('\n');
      restH = toHalfWidth(rest).length === rest.length ? toHalfWidth(rest) : rest;
    }
  }

  const nameEnd = (() => {
    const lineEnd = restH.indexOf('\n') < 0 ? restH.length : restH.indexOf('\n');
    const stop = seg.style === 'shi' ? /[,。;:]/u : /。/u;
    const m = stop.exec(restH.slice(0, lineEnd));
    return m ? m.index : lineEnd;
  })();
  const name = rest.slice(0, nameEnd).trim().replace(/[:：,，、;；\s]+$/u, '');
  const afterName = rest.slice(nameEnd).replace(/^[。，,;；:：]/u, '');
  let description = afterName.split('\n').map((l) => l.trim()).filter((l) => l !== '').join('\n');
  if (seg.style === 'shi' || seg.style === 'inline') description = description.replace(/[;；,，]+$/u, '');
  const line = lineAt(t, seg.start);
  return { number: seg.number, name, description, mentions, line, descriptionLine: line };
}

/** An item read from a table row, as the parts `readSegment` gives. */
function tableDraft(t: string, row: TableItem): ItemDraft {
  const line = lineAt(t, row.offset);
  const name = row.name.replace(/[。；;，,、\s]+$/u, '');
  return { number: row.number, name, description: row.description, mentions: row.units, line, descriptionLine: line };
}

/** True when a text holds a figure with a measure word (a target in an item's title line). */
function hasFigure(text: string): boolean {
  return extractTargets(text, 0).targets.length > 0;
}

/**
 * Reads a notice's text (a 为…办实事 / 民生实事 / 重点工作任务分解 list) into a spec draft, with findings for whatever
 * is uncertain (issues 6 and 11). Pure and total: never throws; an unreadable notice gives a draft with no items and an
 * `items-not-found` finding (that draft fails `parseTemplateSpec`, as it should).
 *
 * Reads: the list — numbered items in the styles of `notice/items.ts` (at line starts, or all in one line or
 * paragraph), or a table (`notice/table.ts`: pipe rows, tab rows, one cell per line, with or without a header row)
 * when it gives more items; 序号 from the marker or the row, 实事名称 up to the first 。 or the end of the heading line
 * (the whole line when it holds the targets), the description after it; units from 责任单位/牵头单位/配合单位 labels
 * (in brackets, on the label's line or on lines of their own below it) or a table's unit columns (`notice/units.ts`),
 * completed from `directory`, lead units kept apart; targets (`notice/targets.ts`) in the description and in a title
 * line that holds figures; the attachment's header (columns) and rows (checked against the items; units taken from
 * them when an item names none); document number, issuer (heading or signature), date, list and table titles, the
 * year (`findPlanYear`), and the coordinator ("区妇联按季度开展工作统筹调度"). Target `units` are never inferred.
 *
 * Never invents (issue 11): no year -> `year` left out and a `year-not-found` finding; no units for an item -> its
 * `units` empty and an `item-no-units` finding (no placeholder unit); what needs a person's check is listed by
 * `reviewPoints` (core/spec/review). Source of the acceptance test: the seed notice parses to the embedded LINZI_2026.
 */
export function parseNotice(text: string, opts: ParseNoticeOptions = {}): { spec: SpecDraft; findings: NoticeFinding[] } {
  const t = normalizeNewlines(String(text ?? ''));
  const half = toHalfWidth(t);
  const h = half.length === t.length ? half : t;
  const findings: NoticeFinding[] = [];

  const attachment = findAttachmentStart(h);
  const { segments } = findItemSegments(h, attachment ?? h.length, hasUnits);
  const listTable = findTable(t, 0, segments.length >= 2 ? (attachment ?? h.length) : h.length);
  const useTable = !!listTable && listTable.items.length > segments.length
    && (segments.length < 2 || !listTable.roles?.includes('progress') || listTable.roles.includes('target'));
  if (!useTable && segments.length === 0) findings.push(noticeFinding('items-not-found', '未找到编号的实事条目（一、/（一）/1./1、/(1)/①/一是……），也没有找到带序号的表格，请检查通知文本。'));

  const signature = findSignature(h);
  const issuer = signature.issuer ?? findHeadingIssuer(h);
  if (!issuer) findings.push(noticeFinding('issuer-not-found', '未找到发文单位，请补充。'));
  const district = districtOf(issuer ?? '');
  const base = opts.directory ?? LINZI_2026_UNITS;
  const core = district?.replace(/[区县市旗]$/u, '');
  const directory = opts.directory || !core || base.some((u) => u.fullName.includes(core)) ? base : [];

  const units: Unit[] = [];
  const unknownReported = new Set<string>();
  const unitId = (name: string, line: number): string => {
    const known = resolveUnit(name, { units });
    if (known.kind === 'unit') return known.unit.id;
    const { unit, known: inDirectory } = unitForName(name, directory, district);
    units.push(unit);
    if (!inDirectory && !unknownReported.has(name)) {
      unknownReported.add(name);
      findings.push(noticeFinding('unit-not-in-directory', `责任单位“${name}”不在已知部门名录中，全称暂按“${unit.fullName}”，请核对。`, line));
    }
    return unit.id;
  };

  const drafts = useTable && listTable ? listTable.items.map((row) => tableDraft(t, row)) : segments.map((seg) => readSegment(t, h, seg));
  const { cells, tabbed } = attachment === undefined ? { cells: [], tabbed: false } : attachmentCells(t, attachment);
  const table = attachmentTable(cells, tabbed);
  const attachmentUnits = new Map<number, string[]>();
  const attachmentNames = new Map<number, string>();
  for (const row of useTable ? [] : (table?.rows ?? [])) {
    const n = Number(row[0]);
    if (!Number.isInteger(n)) continue;
    attachmentNames.set(n, row[1] ?? '');
    attachmentUnits.set(n, splitUnitList(row[2] ?? ''));
  }

  const items: Item[] = drafts.map((d) => {
    let mentions = d.mentions;
    if (mentions.length === 0 && (attachmentUnits.get(d.number) ?? []).length > 0) {
      mentions = (attachmentUnits.get(d.number) ?? []).map((name) => ({ name, lead: false }));
      findings.push(noticeFinding('units-from-attachment', `第${d.number}项正文未列责任单位，已按附件表填入：${mentions.map((m) => m.name).join('、')}。`, d.line));
    }
    const ids = [...new Set(mentions.map((m) => unitId(m.name, d.line)))];
    if (ids.length === 0) findings.push(noticeFinding('item-no-units', `第${d.number}项“${d.name}”未列责任单位，请补充。`, d.line));
    const leads = [...new Set(mentions.filter((m) => m.lead).map((m) => unitId(m.name, d.line)))];
    const targetText = hasFigure(d.name) ? (d.description ? `${d.name}。${d.description}` : d.name) : d.description;
    const { targets, findings: targetFindings } = extractTargets(targetText, d.number, d.descriptionLine);
    findings.push(...targetFindings);
    if (targets.length === 0) findings.push(noticeFinding('item-no-targets', `第${d.number}项“${d.name}”没有读到量化指标；如有，请手工补充。`, d.line));
    const item: Item = { number: d.number, name: d.name, description: d.description, units: ids, targets };
    if (leads.length > 0) item.leadUnits = leads;
    const rowName = attachmentNames.get(d.number);
    const rowUnits = attachmentUnits.get(d.number);
    if (!useTable && table && table.rows.length > 0 && (rowName === undefined || rowName.replace(/\s+/gu, '') !== d.name.replace(/\s+/gu, ''))) {
      findings.push(noticeFinding('attachment-mismatch', `附件表第${d.number}行的实事名称“${rowName ?? '（缺）'}”与正文“${d.name}”不一致，请核对。`, d.line));
    } else if (rowUnits && rowUnits.map((n) => resolveUnit(n, { units }).kind === 'unit' ? (resolveUnit(n, { units }) as { unit: Unit }).unit.id : n).join('、') !== ids.join('、')) {
      findings.push(noticeFinding('attachment-mismatch', `附件表第${d.number}行的责任单位“${rowUnits.join('、')}”与正文“${ids.join('、')}”不一致，请核对。`, d.line));
    }
    return item;
  });

  const firstItem = useTable && listTable ? listTable.start : (segments[0]?.start ?? (attachment ?? h.length));
  const listTitle = findListTitle(h, t, firstItem);
  if (!listTitle) findings.push(noticeFinding('title-not-found', '未找到清单标题，请补充。'));
  let tableTitle = findTableTitle(t, h, attachment);
  if (!tableTitle) {
    tableTitle = `${(listTitle ?? '').replace(/(项目)?清单$/u, '')}工作进展情况表`;
    findings.push(noticeFinding('table-title-derived', `未找到附件表标题，暂按“${tableTitle}”，请核对。`));
  }
  const documentNumber = findDocumentNumber(t);
  if (!documentNumber) findings.push(noticeFinding('document-number-not-found', '未找到发文字号，请补充。'));
  if (!signature.date) findings.push(noticeFinding('date-not-found', '未找到成文日期。'));

  const intro = h.slice(Math.max(0, firstItem - 200), firstItem);
  const plan = findPlanYear(listTitle, documentNumber, h, signature.date, intro);
  if (plan.year === undefined) findings.push(noticeFinding('year-not-found', '清单标题、文号和成文日期中都没有计划年度，请补充年度。'));
  else if (plan.range) findings.push(noticeFinding('year-range', `清单标题是一个年度范围（${plan.range}），年度暂按起始年${plan.year}年，请核对。`));

  let columns: Column[];
  if (table) columns = table.columns;
  else {
    columns = ColumnKeySchema.options.map((key) => ({ key, header: DEFAULT_COLUMN_HEADERS[key], width: DEFAULT_COLUMN_WIDTHS[key] }));
    findings.push(noticeFinding('columns-not-found', '未找到附件进展情况表的表头，已使用默认表头（序号/实事名称/责任单位/本季度具体措施及任务进度情况/完成时限）。'));
  }

  let coordinator: string | undefined;
  const coord = /(?:^|[。；;,\n])[ \t]*(?!各)([^。；;，,\n]{2,12}?)(?:按季度|按月|定期|负责)[^。\n]*?(?:统筹|调度|汇总)/u.exec(h);
  if (coord) {
    const m = resolveUnit(coord[1], { units });
    coordinator = m.kind === 'unit' ? m.unit.id : coord[1].trim();
  }
  if (!coordinator) {
    const counts = new Map<string, number>();
    for (const item of items) for (const u of item.units) counts.set(u, (counts.get(u) ?? 0) + 1);
    coordinator = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
    findings.push(noticeFinding('coordinator-not-found', coordinator ? `未找到汇总（统筹调度）单位，暂按“${coordinator}”，请核对。` : '未找到汇总（统筹调度）单位，请补充。'));
  }

  const spec: SpecDraft = {
    id: opts.id ?? `notice-${plan.year ?? 'year-unknown'}-${shortHash(`${listTitle ?? ''}|${documentNumber ?? ''}`)}`,
    version: opts.version ?? '1',
    ...(plan.year === undefined ? {} : { year: plan.year }),
    listTitle: listTitle ?? '（未注明）',
    tableTitle,
    issuer: issuer ?? '（未注明）',
    documentNumber: documentNumber ?? '',
    coordinator: coordinator ?? '',
    columns,
    units,
    items,
  };
  if (signature.date) spec.issuedOn = signature.date;
  return { spec, findings };
}
