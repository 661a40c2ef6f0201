import type { Rule } from '../context';
import { finding } from '../context';

/** `table-not-found` (error, file level): no sheet has the progress table's header (see read/headers). */
export const tableNotFound: Rule = (ctx) => (ctx.report.sheet === undefined ? [finding(ctx, 'table-not-found', null, null)] : []);
