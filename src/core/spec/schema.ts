import { z } from 'zod';

/**
 * The template spec: everything the add-in knows about one year's list of practical projects
 * (为妇女儿童办实事项目清单) and its quarterly progress table (工作进展情况表). The template is data:
 * next year's list, or another district's, is a new spec, not new code.
 *
 * Parse anything from outside (a spec file, the spec kept inside a workbook, the pane's editor) with
 * `TemplateSpecSchema.parse` (throws a ZodError listing every problem) or `parseTemplateSpec` (returns a result).
 */

/** Comparator of a target: 不少于/不低于/以上/达到 -> '>='; 超过 -> '>'; 不超过/以内/控制在 -> '<='; 约/左右 -> '~'; bare figure -> '='. */
export const ComparatorSchema = z.enum(['>=', '>', '<=', '<', '=', '~']);
export type Comparator = z.infer<typeof ComparatorSchema>;

/**
 * Kind of a target:
 * - `cumulative`: a count that grows over the year (场次, 名, 个学位); the quarterly 累计 cannot fall.
 * - `rate`: a percentage (value in percent, 90 = 90%); cannot pass 100.
 * - `per-person`: a standard per person (每人1万元): not a total, not summed over units.
 * - `frequency`: a recurring standard (每周不少于10小时, 每学年4次): checked as a standard, not summed.
 */
export const TargetKindSchema = z.enum(['cumulative', 'rate', 'per-person', 'frequency']);
export type TargetKind = z.infer<typeof TargetKindSchema>;

/** One quantitative target of an item, transcribed from the notice. */
export const TargetSchema = z.object({
  /** Stable key inside the spec, `${item number}.${index}` 1-based, e.g. "2.1". */
  id: z.string().min(1),
  /** The figure as written in the notice, e.g. "不少于2场次", "1.9万名", "达到90%以上". */
  text: z.string().min(1),
  /** What is counted, in the notice's words, e.g. "“春风行动”巾帼女性就业专场招聘活动". */
  metric: z.string().min(1),
  comparator: ComparatorSchema,
  /** Value in base units: 1.9万名 -> 19000 (persons); 90%以上 -> 90 (percent); 1万元 -> 10000 (yuan). */
  value: z.number().finite(),
  /** Unit of measure (计量单位) in base form: 场次, 场, 名, 人, 人次, 个, 份, 次, 小时, 元, %. */
  measure: z.string().min(1),
  kind: TargetKindSchema,
  /** Responsible units (unit ids) for this target when narrower than the item's; omitted = all of the item's units. */
  units: z.array(z.string().min(1)).optional(),
  /**
   * Set when the notice's words leave the figure's reading open (issue 11), for a person to confirm:
   * `total-or-per-person`: a sum of money or a 标准 with no 每人/每户/人均 marker ("发放助学金2000元") may be a total
   * or a standard per head; `kind` holds the reading taken (cumulative). Approximate figures (约190名, 左右) need no
   * mark: their comparator is '~'. Omitted when the reading is clear.
   */
  doubt: z.enum(['total-or-per-person']).optional(),
});
export type Target = z.infer<typeof TargetSchema>;

/** One item (实事) of the list. */
export const ItemSchema = z.object({
  /** 序号, 1-based as in the notice (一、 = 1). */
  number: z.number().int().positive(),
  /** 实事名称, e.g. "保护和增进妇女健康". */
  name: z.string().min(1),
  /** The item's full text after its name, as in the notice. */
  description: z.string(),
  /**
   * 责任单位: unit ids in the notice's order. Empty when the notice names none (issue 11: never a placeholder unit):
   * the item is printed with a blank 责任单位, no unit is reminded of it, and the 清单 page and the CLI ask for its units.
   */
  units: z.array(z.string().min(1)),
  /** 牵头单位 when the notice names lead units apart from the others (unit ids); omitted when it does not. */
  leadUnits: z.array(z.string().min(1)).optional(),
  targets: z.array(TargetSchema),
});
export type Item = z.infer<typeof ItemSchema>;

/** A responsible department (责任单位). */
export const UnitSchema = z.object({
  /** Unit id: the short name used in the notice, e.g. "区卫健局". */
  id: z.string().min(1),
  /** Full name, e.g. "临淄区卫生健康局". */
  fullName: z.string().min(1),
  /** Other names people write: "卫健局", "区卫生健康局", "卫生健康局". */
  aliases: z.array(z.string().min(1)),
});
export type Unit = z.infer<typeof UnitSchema>;

/** Column keys of the progress table, in the attachment's order. */
export const ColumnKeySchema = z.enum(['number', 'name', 'unit', 'progressText', 'deadline']);
export type ColumnKey = z.infer<typeof ColumnKeySchema>;

/**
 * One column of the progress table: `number` 序号, `name` 实事名称, `unit` 责任单位,
 * `progressText` 本季度具体措施及任务进度情况, `deadline` 完成时限.
 */
export const ColumnSchema = z.object({
  key: ColumnKeySchema,
  /** Header text as in the attachment; "\n" where the attachment breaks the line. */
  header: z.string().min(1),
  /** Column width in Excel character units (width of "0" in the default font). */
  width: z.number().positive().optional(),
});
export type Column = z.infer<typeof ColumnSchema>;

export const TemplateSpecSchema = z.object({
  /** Template id, stable across versions of the same list, e.g. "linzi-2026-women-children". */
  id: z.string().min(1),
  /** Template version; bumped whenever items, units or targets change. */
  version: z.string().min(1),
  /** The plan year (e.g. 2026): deadlines outside it are flagged. */
  year: z.number().int().min(2000).max(2100),
  /** Title of the list, e.g. "2026年为全区妇女儿童办实事项目清单". */
  listTitle: z.string().min(1),
  /** Title of the progress table, e.g. "2026年为全区妇女儿童办实事工作进展情况表". */
  tableTitle: z.string().min(1),
  /** Issuer, e.g. "临淄区人民政府办公室". */
  issuer: z.string().min(1),
  /** Document number, e.g. "临政办字〔2026〕2号". */
  documentNumber: z.string(),
  /** Issue date, ISO yyyy-mm-dd. */
  issuedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /**
   * The coordinator that collects the tables (unit id, or a name), e.g. "区妇联". Empty when a notice names none and
   * names no unit to fall back on (issue 11: never invented); the 清单 page and the CLI ask for it.
   */
  coordinator: z.string(),
  columns: z.array(ColumnSchema).length(5),
  /** The departments the items name; empty only when the notice names none at all (its items then ask for them). */
  units: z.array(UnitSchema),
  items: z.array(ItemSchema).min(1),
  /** Expected share of a cumulative target done by the end of quarters 1..4 (0..1); default [0.25, 0.5, 0.75, 1]. */
  pace: z.array(z.number().min(0).max(1)).length(4).optional(),
});
export type TemplateSpec = z.infer<typeof TemplateSpecSchema>;

/**
 * A spec as read from a notice, before a person has checked it: a TemplateSpec whose `year` may be unknown (issue 11:
 * never a default year). It becomes a TemplateSpec once `parseTemplateSpec` accepts it (the year given).
 */
export type SpecDraft = Omit<TemplateSpec, 'year'> & { year?: number };

/** Quarter of the plan year, 1..4 (第一季度 … 第四季度). */
export type Quarter = 1 | 2 | 3 | 4;

/**
 * Parse a spec from untrusted JSON-like data. Never throws: returns the spec, or the list of problems
 * as `path: message` lines (paths 0-based, e.g. "items.3.units: Array must contain at least 1 element").
 * Also checks what zod cannot: every item's and target's units are defined units, and ids are unique.
 */
export function parseTemplateSpec(data: unknown): { ok: true; spec: TemplateSpec } | { ok: false; errors: string[] } {
  const parsed = TemplateSpecSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) };
  }
  const spec = parsed.data;
  const errors: string[] = [];
  const unitIds = new Set(spec.units.map((u) => u.id));
  if (unitIds.size !== spec.units.length) errors.push('units: unit ids must be unique');
  const numbers = new Set<number>();
  spec.items.forEach((item, i) => {
    if (numbers.has(item.number)) errors.push(`items.${i}.number: duplicate item number ${item.number}`);
    numbers.add(item.number);
    for (const u of [...item.units, ...(item.leadUnits ?? [])]) {
      if (!unitIds.has(u)) errors.push(`items.${i}.units: unknown unit "${u}"`);
    }
    const targetIds = new Set<string>();
    item.targets.forEach((t, j) => {
      if (targetIds.has(t.id)) errors.push(`items.${i}.targets.${j}.id: duplicate target id "${t.id}"`);
      targetIds.add(t.id);
      for (const u of t.units ?? []) {
        if (!item.units.includes(u)) errors.push(`items.${i}.targets.${j}.units: "${u}" is not a unit of item ${item.number}`);
      }
    });
  });
  const keys = spec.columns.map((c) => c.key).join(',');
  if (keys !== ColumnKeySchema.options.join(',')) errors.push(`columns: keys must be ${ColumnKeySchema.options.join(', ')} in that order`);
  return errors.length ? { ok: false, errors } : { ok: true, spec };
}

/**
 * A spec from JSON text (a spec file, the workbook's metadata, localStorage): the spec, or the problems as
 * `path: message` lines (`parseTemplateSpec`); text that is not JSON gives the one line "JSON: not valid JSON".
 */
export function parseTemplateSpecJson(text: string): { ok: true; spec: TemplateSpec } | { ok: false; errors: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, errors: ['JSON: not valid JSON'] };
  }
  return parseTemplateSpec(data);
}
