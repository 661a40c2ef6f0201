/**
 * The one built-in the WPS scripts use that is much newer than the rest: `Object.hasOwn` (Chromium 93; taskpane and
 * the error sentences reach it), given here from `hasOwnProperty` when WPS's Chromium lacks it. The others the code
 * relies on (`Array.prototype.flatMap` 69, `Object.fromEntries` and `String.prototype.matchAll` 73) set the floor the
 * README states; `structuredClone` (98) is only on the download path, which the pane does not offer in WPS.
 */
const objects = Object as unknown as { hasOwn?: (o: object, k: PropertyKey) => boolean };
if (typeof objects.hasOwn !== 'function') {
  objects.hasOwn = (o: object, k: PropertyKey) => Object.prototype.hasOwnProperty.call(o, k);
}

export {};
