import { xmlText } from './clues';
import { utf8 } from './utf8';

/**
 * A look at the XML parts of an .xlsx while the zip check inflates them (zip-check.ts `inspect`), for what SheetJS
 * reads leniently and would report wrongly:
 * - a damaged part (an XML part cut short: it does not end with its root's closing tag; a shared-strings table with
 *   fewer strings than it declares) is "file damaged", not "no progress table found";
 * - the last row and column that hold a value in each worksheet (1-based, as in A1), so rows or columns formatted
 *   but empty beyond the reader's caps are not reported as "超出读取上限" (ECMA-376 Part 1, 18.3.1.73 row, 18.3.1.4 c:
 *   a value is a `<v>`, an inline string `<is>`, or a formula `<f>`).
 * Parts of other kinds (pictures, themes, rels of drawings) are not looked at.
 */

/** What `PartInspector` found. */
export interface PartFacts {
  /** Name of the first damaged XML part and why, when one is. */
  damaged?: { part: string; why: string };
  /** Worksheet part name (xl/worksheets/sheet1.xml) -> last row and column holding a value, 1-based; 0 when none. */
  lastValue: Map<string, { row: number; col: number }>;
  /** xl/workbook.xml and its rels, as text (small parts), to map sheet names to parts. */
  workbookXml?: string;
  workbookRels?: string;
}

const decoder = { decode: utf8 };

/** Column number (1-based) of an A1 reference's letters ("AB12" -> 28); 0 when none. */
function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n;
}

/** A cell's content holds a value: a non-empty `<v>`, an inline string, or a formula. */
const HAS_VALUE = /<v>[^<]|<is[\s>]|<f[\s>]/;

/** Last row / column holding a value in a worksheet's XML (1-based; 0 when none). */
export function lastValueCell(xml: string): { row: number; col: number } {
  let row = 0;
  let col = 0;
  for (const m of xml.matchAll(/<row\b[^>]*?\br="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
    const inner = m[2];
    if (!HAS_VALUE.test(inner)) continue;
    for (const c of inner.matchAll(/<c\b([^>/]*)>([\s\S]*?)<\/c>/g)) {
      if (!HAS_VALUE.test(c[2])) continue;
      row = Math.max(row, Number(m[1]));
      const ref = /\br="([A-Z]+)\d+"/.exec(c[1]);
      if (ref) col = Math.max(col, columnOf(ref[1]));
    }
  }
  return { row, col };
}

/** The root element's name of an XML text (after the declaration and comments), or undefined. */
function rootName(head: string): string | undefined {
  const m = /<([A-Za-z_][\w.:-]*)[\s>/]/.exec(head.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, ''));
  return m ? m[1] : undefined;
}

/** Why an XML part looks cut short, or undefined when it ends with its root's closing tag (or is self-closed). */
export function xmlDamage(data: Uint8Array): string | undefined {
  const head = decoder.decode(data.subarray(0, 1024));
  const root = rootName(head);
  if (!root) return 'no root element';
  const tail = decoder.decode(data.subarray(Math.max(0, data.length - 256))).trimEnd();
  if (tail.endsWith(`</${root}>`) || tail.endsWith('/>')) return undefined;
  return `does not end with </${root}>`;
}

/** Whether a part is looked at: the workbook, its rels, shared strings, styles and worksheets. */
function looked(name: string): boolean {
  return /^xl\/(?:workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/[^/]+\.xml)$/i.test(name);
}

/** Collects PartFacts from the parts the zip check hands over (`inspect(name, data)`, data inflated). */
export class PartInspector {
  readonly facts: PartFacts = { lastValue: new Map() };

  /** Look at one inflated part; returns the reason when it is damaged (the zip check then fails it). */
  inspect = (name: string, data: Uint8Array): string | undefined => {
    if (!looked(name)) return undefined;
    const damage = xmlDamage(data);
    if (damage) {
      this.facts.damaged ??= { part: name, why: damage };
      return `${name} ${damage}`;
    }
    if (/^xl\/sharedStrings\.xml$/i.test(name)) {
      const text = decoder.decode(data);
      const declared = /<sst\b[^>]*\buniqueCount="(\d+)"/.exec(text.slice(0, 1024));
      const found = (text.match(/<si[\s>]/g) ?? []).length;
      if (declared && found < Number(declared[1])) {
        const why = `has ${found} strings of ${declared[1]} declared`;
        this.facts.damaged ??= { part: name, why };
        return `${name} ${why}`;
      }
    } else if (/^xl\/worksheets\//i.test(name)) {
      this.facts.lastValue.set(name.toLowerCase(), lastValueCell(decoder.decode(data)));
    } else if (/^xl\/workbook\.xml$/i.test(name)) {
      this.facts.workbookXml = decoder.decode(data);
    } else if (/^xl\/_rels\/workbook\.xml\.rels$/i.test(name)) {
      this.facts.workbookRels = decoder.decode(data);
    }
    return undefined;
  };

  /** Sheet name -> its worksheet part's last value cell, from workbook.xml and its rels; empty when unknown. */
  lastValueBySheet(): Map<string, { row: number; col: number }> {
    const out = new Map<string, { row: number; col: number }>();
    const { workbookXml, workbookRels, lastValue } = this.facts;
    if (!workbookXml || !workbookRels) return out;
    const targets = new Map<string, string>();
    for (const m of workbookRels.matchAll(/<Relationship\b[^>]*>/g)) {
      const id = /\bId="([^"]+)"/.exec(m[0]);
      const target = /\bTarget="([^"]+)"/.exec(m[0]);
      if (id && target) targets.set(id[1], target[1].replace(/^\/?(?:xl\/)?/, 'xl/').toLowerCase());
    }
    for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
      const name = /\bname="([^"]*)"/.exec(m[0]);
      const rid = /\br:id="([^"]+)"/.exec(m[0]) ?? /\bid="([^"]+)"/.exec(m[0]);
      const part = rid ? targets.get(rid[1]) : undefined;
      const last = part ? lastValue.get(part) : undefined;
      if (name && last) out.set(xmlText(name[1]), last);
    }
    return out;
  }
}

