import type { Rule } from '../context';
import { finding } from '../context';

/**
 * `template-version-differs` (warning, file level): the hidden metadata names another template id or version than
 * the spec's. Files without metadata (hand-made) are not flagged.
 */
export const templateVersionDiffers: Rule = (ctx) => {
  const { report, spec } = ctx;
  const { templateId, templateVersion } = report.identity;
  if (templateId === undefined || (templateId === spec.id && templateVersion === spec.version)) return [];
  return [
    finding(ctx, 'template-version-differs', null, null, {
      found: `${templateId} ${templateVersion ?? ''}`.trim(),
      expected: `${spec.id} ${spec.version}`,
    }),
  ];
};
