/**
 * Whether an Excel number format code shows a date or time (so a number under it is a date serial).
 * Office.js returns date cells' `values` as serial numbers (1900 date system) and their format in `numberFormat`
 * (Microsoft: "Work with dates using the Excel JavaScript API"). Quoted text ("年"), escaped characters (\d),
 * colour and condition brackets ([Red], [<100]) and locale tags ([$-804]) are ignored; elapsed-time brackets
 * ([h], [mm]) count. "General", "@", "0.00", "#,##0" are not dates; "yyyy/m/d", "yyyy年m月d日", "m/d", "h:mm" are.
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const section = format.split(';')[0];
  const stripped = section
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  if (/^general$/i.test(stripped.trim())) return false;
  return /[ymdhs]/i.test(stripped.replace(/(am\/pm|a\/p)/gi, 'h').replace(/E\+|E-/g, ''));
}
