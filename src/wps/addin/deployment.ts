/**
 * The deployment lists of the WPS 加载项 (what IT puts in each user's `jsaddons` folder, or on the server for a
 * central deployment). WPS loads 加载项 in one of three modes (金山办公产品帮助中心, "如何确定客户使用了哪种部署模式的加载项"):
 * jsplugins.xml (enabled by `JsApiPlugin=true` in oem.ini, the list read from the jsaddons folder or from the address
 * `JSPluginsServer` names), publish.xml (in the jsaddons folder), or a list passed at start-up. The jsaddons folder is
 * `%APPDATA%\kingsoft\wps\jsaddons\` on Windows and `~/.local/share/Kingsoft/wps/jsaddons/` on Linux.
 *
 * Both lists here name one online entry (`jspluginonline`: the 加载项's folder on the intranet server, `type="et"`
 * for WPS 表格), so every machine loads the same files from the server next to the Office add-in, and an update on
 * the server reaches everyone. The element and attribute names follow the lists wpsjs writes; WPS's pages show them
 * by example only, so they are checked against real WPS by no test here (README).
 */

/** The 加载项's name in WPS (also its folder name in an offline copy). */
export const ADDIN_NAME = 'progress-table';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The folder URL of the WPS 加载项 under the add-in's base URL: `${base}/wps/`. */
export function wpsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/wps/`;
}

/** jsplugins.xml and publish.xml for a server at `baseUrl` (the Office add-in's ADDIN_BASE_URL). */
export function deploymentFiles(baseUrl: string, version: string): Record<'jsplugins.xml' | 'publish.xml', string> {
  const url = escape(wpsUrl(baseUrl));
  const online = `  <jspluginonline name="${ADDIN_NAME}" type="et" url="${url}" version="${escape(version)}" enable="enable" debug="" install="null" />`;
  const list = (comment: string) => ['<?xml version="1.0" encoding="UTF-8"?>', `<!-- ${comment} -->`, '<jsplugins>', online, '</jsplugins>', ''].join('\n');
  return {
    'jsplugins.xml': list('进展情况表助手 · WPS 加载项（jsplugins.xml 模式：放在 jsaddons 文件夹中，或放在服务器上并由 oem.ini 的 JSPluginsServer 指向它）'),
    'publish.xml': list('进展情况表助手 · WPS 加载项（publish 模式：放在每个用户的 jsaddons 文件夹中）'),
  };
}
