/**
 * The WPS ribbon (customUI) of the 加载项: a 进展情况表 tab with one group of five buttons, and the ids the entry page's
 * `OnAction` answers. WPS reads `ribbon.xml` from the 加载项 folder (WPS 开放平台, "WPS 加载项开发说明": the custom
 * ribbon is one configuration file, ribbon.xml, using the public CustomUI standard) and calls the entry page's
 * functions named in it: `onLoad` once, `onAction` on a click.
 *
 * The customUI vocabulary is Microsoft's 2006 schema ([MS-CUSTOMUI], namespace
 * http://schemas.microsoft.com/office/2006/01/customui): root `customUI` > `ribbon` > `tabs` > `tab` > `group` >
 * `button`, each control with a unique `id` and a `label`, callbacks by name. The words are the Excel add-in's
 * (manifest.xml's resource strings for the group, 打开助手 and 一键校验; the pane's for the rest), passed in, so
 * each word has one place (scripts/build-wps.js reads them from there).
 */

/** The buttons, in ribbon order, with the words they show. */
export interface RibbonWords {
  /** The tab and group label (manifest Group.Label: 进展情况表). */
  group: string;
  openPane: string;
  insertTemplate: string;
  validate: string;
  clearMarks: string;
  summary: string;
}

/** Control ids `OnAction` answers (control.Id). */
export const RIBBON_IDS = {
  tab: 'ptTab',
  group: 'ptGroup',
  openPane: 'ptOpenPane',
  insertTemplate: 'ptInsertTemplate',
  validate: 'ptValidate',
  clearMarks: 'ptClearMarks',
  summary: 'ptSummary',
} as const;

/** The customUI namespace ([MS-CUSTOMUI] 2006). */
export const CUSTOMUI_NS = 'http://schemas.microsoft.com/office/2006/01/customui';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The ribbon.xml text for these words (UTF-8, no BOM). */
export function ribbonXml(words: RibbonWords): string {
  const button = (id: keyof RibbonWords & keyof typeof RIBBON_IDS, image: string) =>
    `          <button id="${RIBBON_IDS[id]}" label="${escape(words[id])}" size="large" imageMso="${image}" onAction="OnAction" />`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<customUI xmlns="${CUSTOMUI_NS}" onLoad="OnAddinLoad">`,
    '  <ribbon>',
    '    <tabs>',
    `      <tab id="${RIBBON_IDS.tab}" label="${escape(words.group)}">`,
    `        <group id="${RIBBON_IDS.group}" label="${escape(words.group)}">`,
    button('openPane', 'TaskPane'),
    button('insertTemplate', 'TableInsert'),
    button('validate', 'ReviewAcceptChange'),
    button('clearMarks', 'ClearFormats'),
    button('summary', 'ConsolidateMenu'),
    '        </group>',
    '      </tab>',
    '    </tabs>',
    '  </ribbon>',
    '</customUI>',
    '',
  ].join('\n');
}
