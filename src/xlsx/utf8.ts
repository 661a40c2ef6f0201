/**
 * UTF-8 bytes to text, malformed sequences as U+FFFD. TextDecoder where the host has it (browsers, Node); a plain
 * decoder elsewhere (jsdom, where the pane's tests run, lacks TextDecoder).
 */
export function utf8(bytes: Uint8Array): string {
  if (typeof TextDecoder !== 'undefined') return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const n = b < 0x80 ? 0 : b >= 0xf0 && b < 0xf8 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
    let cp = n === 0 ? b : n === 1 ? b & 0x1f : n === 2 ? b & 0x0f : b & 0x07;
    let ok = n >= 0 && i + n < bytes.length + (n === 0 ? 1 : 0);
    for (let k = 1; ok && k <= n; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    out += ok && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
    i += ok ? n + 1 : 1;
  }
  return out;
}
