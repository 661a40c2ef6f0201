/** Today as ISO yyyy-mm-dd in local time (the `today` of the deadline rule, deadline-passed). */
export function todayIso(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
