/**
 * The one catalogue of words (zh-CN, en-US), keyed by code: finding messages (MESSAGES, joined from the rooms'
 * tables), the other words (WORDS: severities, roster statuses, 催报 / 退回 texts, places), and the functions that
 * render data in a language, so the pane can switch language without validating or merging again (the roster's
 * texts are rendered by core/merge/roster-texts from these words).
 */
export type { Lang } from './template';
export { fillTemplate, placeholders } from './template';
export { localize, makeFinding, MESSAGES } from './messages';
export { quarterWord, severityText, word, WORDS, type WordKey } from './words';
export { placeText } from './place';
