import { localize, MESSAGES } from '../i18n/messages';
import { paramsIn, fillTemplate } from '../i18n/catalogue';
import { placeText } from '../i18n/place';
import type { Lang } from '../i18n/template';
import { quarterWord, word } from '../i18n/words';
import { chineseIsoDate } from '../text/date-text';
import type { Finding } from '../validate/finding';
import type { ReturnText, Roster, RosterCounts, RosterFile, RosterRequest, RosterUnit } from './types';

/**
 * The roster's texts in a language, made from its data (codes, params, findings), so the pane switches language
 * without merging again: the 催报 `reminder`, one `returnTexts` entry per unit to send back, and `returnText` (all
 * of them joined by a line break, for the CLI). `mergeReports` fills the Roster's own fields with the zh-CN ones.
 * Units keep the names of the notice in every language.
 */
export function rosterTexts(
  roster: Pick<Roster, 'units' | 'request'>,
  lang: Lang,
): { reminder: string; returnTexts: ReturnText[]; returnText: string } {
  const req = roster.request;
  const what = word('request-what', lang, { year: req.year, quarter: quarterWord(req.quarter, lang) });
  const due = dueWords(req, lang);
  const contact = contactLine(req, lang);
  const withContact = (text: string) => (contact ? `${text}\n${contact}` : text);
  const list = word('list-separator', lang);
  const missing = roster.units.filter((u) => u.status === 'missing').map((u) => u.unit);
  const reminder = missing.length ? withContact(word('reminder', lang, { due, what, units: missing.join(list) })) : '';
  const returnTexts: ReturnText[] = [];
  for (const u of roster.units) {
    if (u.status === 'with-errors') returnTexts.push({ unit: u.unit, kind: 'errors', text: withContact(errorsText(u, what, due, lang)) });
    else if (u.status === 'wrong-quarter' && u.wrongQuarter) {
      const wq = u.wrongQuarter;
      const file = baseOf(wq.file);
      // Last year's table: say its year and ask for this year's template; another quarter's: say both quarters.
      const text =
        wq.year !== undefined && wq.year !== req.year
          ? word('return-wrong-year', lang, { unit: u.unit, file, fileYear: wq.year, year: req.year, what, due })
          : word('return-wrong-quarter', lang, { unit: u.unit, file, fileQuarter: wq.quarter ? quarterWord(wq.quarter, lang) : '', what, due });
      returnTexts.push({ unit: u.unit, kind: 'wrong-quarter', text: withContact(text) });
    } else if (u.status === 'unreadable' && u.failure) {
      const f = inLang(u.failure, lang);
      returnTexts.push({
        unit: u.unit,
        kind: 'unreadable',
        text: withContact(word('return-unreadable', lang, { unit: u.unit, reason: f.message, fix: endSentence(f.hint, lang), due })),
      });
    }
  }
  return { reminder, returnTexts, returnText: returnTexts.map((r) => r.text).join('\n') };
}

/** "于10月10日前" / "by 10月10日" (an ISO date shown as 2026年10月10日), or "尽快" / "as soon as possible". */
function dueWords(req: RosterRequest, lang: Lang): string {
  const date = req.dueDate?.trim();
  return date ? word('request-due-by', lang, { date: lang === 'zh-CN' ? chineseIsoDate(date) : date }) : word('request-due-soon', lang);
}

/** "联系人：张三，电话：0533-1234567。" from the parts given; '' when neither is. */
function contactLine(req: RosterRequest, lang: Lang): string {
  const name = req.contact?.name?.trim();
  const phone = req.contact?.phone?.trim();
  const parts = [name ? word('request-contact-name', lang, { name }) : '', phone ? word('request-contact-phone', lang, { phone }) : ''].filter(Boolean);
  return parts.length ? parts.join(word('request-contact-join', lang)) + word('request-contact-end', lang) : '';
}

/** The errors text of a unit: its head line, then every error on its own numbered line with its place in words. */
function errorsText(u: RosterUnit, what: string, due: string, lang: Lang): string {
  const head = word('return-errors', lang, { unit: u.unit, what, file: baseOf(u.file ?? ''), count: u.errors, due });
  const findings = u.errorFindings ?? [];
  const lines = findings.map((f, i) => {
    const g = inLang(f, lang);
    const place = placeText(g, lang, u.tableSheet);
    const message = endSentence(g.message, lang);
    return place
      ? word('return-error-line', lang, { n: i + 1, place, message })
      : word('return-error-line-no-place', lang, { n: i + 1, message });
  });
  return [head, ...lines].join('\n');
}

/** The finding in `lang`: zh-CN findings are made in zh-CN and kept as they are; other languages re-made from the catalogue. */
function inLang(f: Finding, lang: Lang): Finding {
  return lang === 'zh-CN' ? f : localize(f, lang);
}

/** A sentence with its language's full stop (。 / .), unless it already ends with one. */
function endSentence(text: string, lang: Lang): string {
  const t = text.trim();
  if (!t) return t;
  return /[。！？.!?]$/.test(t) ? t : t + word('request-contact-end', lang);
}

function baseOf(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i >= 0 ? file.slice(i + 1) : file;
}

/**
 * The status word of a roster unit in `lang` (已报送 / 已报送（有错误）/ 未报送 / 未报送（季度不符）/ 已报送 · 无法读取). A unit
 * that sent only last year's table is 未报送（季度不符） too: it sent a table of another period (2025年第三季度 is not
 * 2026年第三季度); its 说明 and return text name the year.
 */
export function rosterStatusText(status: RosterUnit['status'], lang: Lang): string {
  return word(`status-${status === 'submitted' ? 'submitted' : status}`, lang);
}

/** A roster unit's 说明 in `lang`: its notes' messages joined ("；" / "; "); '' when it has none. */
export function rosterUnitReason(unit: Pick<RosterUnit, 'notes'>, lang: Lang): string {
  return unit.notes.map((n) => inLang(n, lang).message).join(lang === 'zh-CN' ? '；' : '; ');
}

/** A roster file's reason in `lang` (from its code and params); '' when it has none. */
export function rosterFileReason(file: Pick<RosterFile, 'reasonCode' | 'reasonParams' | 'reason'>, lang: Lang): string {
  const entry = file.reasonCode ? MESSAGES[file.reasonCode] : undefined;
  return entry ? fillTemplate(entry[lang].message, paramsIn(file.reasonParams, lang)) : file.reason;
}

/** The counts line: "应报 15 个单位：已报 14 个（无误 12，有错误 1，无法读取 1），未报 1 个。" / "15 units due: …". */
export function rosterCountsText(counts: RosterCounts, lang: Lang): string {
  return word('roster-counts', lang, { ...counts });
}
