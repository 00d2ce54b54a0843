/** Escaping for the XML the exchange formats write. */

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates, U+FFFE/U+FFFF). */
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The text as XML can carry it outside XLIFF 2 inline content: what a reader gets back from `escapeText`. */
export function xmlSafe(text: string): string {
  return text.replace(INVALID_XML, '\ufffd');
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;').replace(INVALID_XML, '\ufffd');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** XLIFF 2 keeps invalid characters as `<cp hex="…"/>` elements instead of losing them. */
export function escapeTextXliff2(text: string): string {
  let out = '';
  for (const part of text.split(/([\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff])/)) {
    if (/^[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]$/.test(part)) out += `<cp hex="${part.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}"/>`;
    else out += escapeText(part);
  }
  return out;
}

export type Attributes = ReadonlyArray<readonly [string, string | undefined]>;

/** ` name="value"` for every attribute with a value, in the given order. */
export function attributes(list: Attributes): string {
  return list.filter(([, value]) => value !== undefined).map(([name, value]) => ` ${name}="${escapeAttribute(value!)}"`).join('');
}
