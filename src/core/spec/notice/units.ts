import { resolveUnit, splitUnitList } from '../../text/units';
import { toHalfWidth } from '../../text/normalize';
import type { Unit } from '../schema';

/**
 * Responsible units (责任单位) as notices write them, and the directory that turns a short name into a full unit.
 *
 * Labels: 牵头单位 (lead), 责任单位 / 配合单位 / 参与单位 / 协办单位 (others), with ： or : — inside brackets at the end
 * of an item "（责任单位：区人社局、区妇联）", "(牵头单位:区人社局,责任单位:区妇联)", or on lines of their own
 * "牵头单位：区人社局". Names are split at 、 ， , ； ; / spaces and line breaks.
 */

/** Label words and whether they name lead units. */
const LABELS: Record<string, boolean> = { 牵头单位: true, 责任单位: false, 配合单位: false, 参与单位: false, 协办单位: false, 责任部门: false, 牵头部门: true };
const LABEL_ALT = Object.keys(LABELS).join('|');

/** A bracketed unit list: （责任单位：…） or (牵头单位:…,责任单位:…), names may hold one bracket ("各镇(街道)"); match on half-width text. */
export const UNIT_BRACKET_RE = new RegExp(`\\(\\s*(?:${LABEL_ALT})\\s*:(?:[^()]|\\([^()]*\\))*\\)`, 'gu');
/**
 * A line of its own starting with a label: "责任单位：…", or the label alone ("责任单位：" or "责任单位") with the
 * names on the lines below it (issue 11); match on a half-width line.
 */
export const UNIT_LINE_RE = new RegExp(`^\\s*(?:${LABEL_ALT})\\s*(?::|$)`, 'u');
/** A label list ending a line after a sentence or a clause: "…活动。责任单位：区人社局、区妇联。", "…40座，责任单位：市城管局；"; group 1 is the list. */
export const UNIT_TAIL_RE = new RegExp(`[。;,]\\s*((?:${LABEL_ALT})\\s*:[^\\n()]*)$`, 'u');

/**
 * Units named by their role instead of a label: "(区教体局牵头,区财政局、区住建局配合)", "(区民政局负责)"; match on
 * half-width text. Groups: 1 the lead or responsible names, 2 牵头/负责, 3 the other names (配合/参与/协助/协办).
 */
export const UNIT_ROLE_BRACKET_RE = /\(([^()]{2,60}?)(牵头|负责)(?:[,;、]\s*([^()]{2,80}?)(?:配合|参与|协助|协办))?\)/gu;

/** Names read from one label list, in order; `lead` marks names given under 牵头单位. */
export type UnitMention = { name: string; lead: boolean };

/**
 * The unit names of a label text such as "牵头单位:区人社局,责任单位:区妇联、区商务局" (half-width or not, brackets
 * optional), in order, deduplicated by name (a name listed as lead and again as other stays lead).
 */
export function readUnitLabels(text: string): UnitMention[] {
  const h = toHalfWidth(text).replace(/^\s*\(|\)\s*$/gu, '').replace(new RegExp(`^(\\s*(?:${LABEL_ALT}))\\s*(?=\\n|$)`, 'u'), '$1:');
  const parts = h.split(new RegExp(`(${LABEL_ALT})\\s*:`, 'u'));
  const out: UnitMention[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const lead = LABELS[parts[i]];
    for (const raw of splitUnitList(parts[i + 1] ?? '')) {
      const name = raw.replace(/^[(]+|[。.]+$/gu, '').replace(/等(?:相关|有关)?(?:部门|单位)?$/u, '').replace(/^([^()]*)\)+$/u, '$1').trim();
      if (name === '') continue;
      const had = out.find((m) => m.name === name);
      if (had) had.lead ||= lead;
      else out.push({ name, lead });
    }
  }
  return out;
}

/** Abbreviations of department names -> the full form after the district's name (临淄区 + 卫生健康局). */
const EXPANSIONS: Record<string, string> = {
  卫健局: '卫生健康局', 人社局: '人力资源和社会保障局', 教体局: '教育和体育局', 文旅局: '文化和旅游局',
  住建局: '住房和城乡建设局', 发改局: '发展和改革局', 市场监管局: '市场监督管理局', 农业农村局: '农业农村局',
  自然资源局: '自然资源局', 退役军人局: '退役军人事务局', 医保局: '医疗保障局', 妇联: '妇女联合会', 残联: '残疾人联合会',
  科协: '科学技术协会', 工商联: '工商业联合会', 检察院: '人民检察院', 法院: '人民法院', 司法局: '司法局', 文联: '文学艺术界联合会',
  红十字会: '红十字会', 关工委: '关心下一代工作委员会', 团委: '共青团委员会',
};

/** The district or county of an issuer: "临淄区人民政府办公室" -> "临淄区"; undefined when none. */
export function districtOf(issuer: string): string | undefined {
  const m = /^(?:\S{2,4}?[省市])?(\S{2,4}?[区县市旗])(?:人民政府|委|政府)/u.exec(issuer);
  return m?.[1];
}

/**
 * A unit for a name the directory does not know: id = the name as written; fullName = the district's name plus the
 * expanded department name (区卫健局 -> 临淄区卫生健康局, 县教体局 -> 某某县教育和体育局, 区委宣传部 -> 中共临淄区委宣传部,
 * 团区委 -> 共青团临淄区委员会); aliases = the name without its 区/县/市 prefix and the expanded name without the
 * district. Without a district, or for a name without such a prefix, the full name is the name itself.
 */
export function inferredUnit(name: string, district: string | undefined): Unit {
  const level = /^[区县市旗]/u.exec(name)?.[0];
  const bare = level ? name.slice(1) : name;
  let fullName = name;
  const aliases = new Set<string>();
  if (district && level && bare.startsWith('委')) fullName = `中共${district}${bare}`;
  else if (district && /^团[区县市旗]委$/u.test(name)) fullName = `共青团${district}委员会`;
  else if (district && level) {
    const expanded = EXPANSIONS[bare] ?? bare;
    fullName = `${district}${expanded}`;
    aliases.add(bare);
    aliases.add(expanded);
  }
  aliases.delete(name);
  aliases.delete(fullName);
  return { id: name, fullName, aliases: [...aliases] };
}

/**
 * The unit a notice's name stands for: the directory's unit when `resolveUnit` finds one (keeping the notice's name
 * as id and the directory's id among the aliases when they differ), else `inferredUnit`. `known` tells which.
 */
export function unitForName(name: string, directory: readonly Unit[], district: string | undefined): { unit: Unit; known: boolean } {
  const match = resolveUnit(name, { units: [...directory] });
  if (match.kind === 'unit') {
    const u = match.unit;
    if (u.id === name) return { unit: { id: u.id, fullName: u.fullName, aliases: [...u.aliases] }, known: true };
    const aliases = [u.id, ...u.aliases].filter((a) => a !== name);
    return { unit: { id: name, fullName: u.fullName, aliases: [...new Set(aliases)] }, known: true };
  }
  return { unit: inferredUnit(name, district), known: false };
}
