/**
 * A copy of `text` that holds its own characters. A string cut from another (a slice, or one joined from such
 * pieces) keeps the whole of that other alive: what is kept for later (an article's outline or conversion, a check's
 * facts, abbreviation counts) must not keep the text it was cut from. Decoding fresh bytes makes a new flat string,
 * one byte per character where the text allows, even when the text it was cut from needed two.
 */
export function ownText(text: string): string {
  if (text.length === 0) return '';
  // UTF-16 keeps a lone surrogate (a YAML escape can make one) that UTF-8 would replace.
  const encoding = LONE_SURROGATE.test(text) ? 'utf16le' : 'utf8';
  return Buffer.from(text, encoding).toString(encoding);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
