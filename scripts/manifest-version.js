// The add-in's version in the manifest: dist/manifest.xml's <Version> is package.json's version, written by the build
// (webpack.config.js), so raising `version` in package.json is the whole of numbering an update. Office compares the
// <Version> of a manifest it already has with the one it is handed and offers the update when it is higher
// (Microsoft docs, "Version element": a version of one to four numbers, each 0-65535, separated by dots).
'use strict';

/**
 * The manifest version of an npm version: "1.2.3" -> "1.2.3.0"; a pre-release or build suffix is refused.
 * @param {string} version package.json's version
 * @returns {string} four dot-separated numbers
 * @throws {Error} (Chinese and English) when the version is not three or four numbers of at most 65535
 */
function manifestVersion(version) {
  const parts = String(version).split('.');
  if (parts.length < 3 || parts.length > 4 || !parts.every((p) => /^\d{1,5}$/.test(p) && Number(p) <= 65535)) {
    throw new Error(`package.json 的 version 必须是 1.2.3 这样的三段数字（每段不超过 65535） / version must be n.n.n: "${version}"`);
  }
  while (parts.length < 4) parts.push('0');
  return parts.map(Number).join('.');
}

/**
 * Sets the manifest's one <Version> element.
 * @param {string} xml manifest text
 * @param {string} version manifest version (manifestVersion)
 * @returns {string}
 * @throws {Error} when the manifest has not exactly one <Version>
 */
function setManifestVersion(xml, version) {
  const found = xml.match(/<Version>[^<]*<\/Version>/g) ?? [];
  if (found.length !== 1) throw new Error(`manifest.xml must hold one <Version>, found ${found.length}`);
  return xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${version}</Version>`);
}

module.exports = { manifestVersion, setManifestVersion };
