/**
 * Character classes for the segmenter, on UTF-16 code units so the scanner never allocates per character.
 * `isWhitespace` matches exactly what `String.prototype.trim` removes, so spans are trimmed by the same rule.
 */

export function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** \n \v \f \r and the Unicode line and paragraph separators: each always ends a segment. */
export function isLineBreak(c: number): boolean {
  return (c >= 0x0a && c <= 0x0d) || c === 0x2028 || c === 0x2029;
}

/**
 * A character the scanner only steps over inside a segment: a space, or anything but whitespace, a terminator, a
 * double quotation mark, an opening bracket or a comma (which may begin `,,`). Most text is made of these.
 */
export function isPlainOrSpace(c: number): boolean {
  if (c < 0x80) {
    if (c >= 0x61) return c !== 0x7b; // lower-case letters, the most frequent, in one comparison
    if (c > 0x2e) return c !== 0x3f && c !== 0x5b;
    return c === 0x20 || (c > 0x22 && c !== 0x2c && c !== 0x2e && c !== 0x28);
  }
  if (c < 0x2000) return c !== 0xa0 && c !== 0xab && c !== 0xbb && c !== 0x1680;
  return !isWhitespace(c) && c !== 0x2026 && (c < 0x201c || c > 0x201e);
}

/** . ! ? … */
export function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** Quotation marks that may close a quotation right after a terminator: " ' « » “ ” ‘ ’ ‹ › */
export function isClosingQuote(c: number): boolean {
  return (
    c === 0x22 || c === 0x27 || c === 0xab || c === 0xbb ||
    c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x2039 || c === 0x203a
  );
}

export function isClosingBracket(c: number): boolean {
  return c === 0x29 || c === 0x5d || c === 0x7d;
}

export function isOpeningBracket(c: number): boolean {
  return c === 0x28 || c === 0x5b || c === 0x7b;
}

/** Marks that can open a quotation or bracket before a word: „ ‚ “ ” " ' » « ‹ › ‘ ( [ { */
export function isOpener(c: number): boolean {
  return c === 0x201e || c === 0x201a || isClosingQuote(c) || isOpeningBracket(c);
}

/**
 * Whether a word can start at `pos`: at the start, after whitespace, or after an opening quote or bracket that
 * itself follows no letter or digit (so the `s` of `bin’s` starts no word).
 */
export function isWordStart(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const before = text.charCodeAt(pos - 1);
  if (isWhitespace(before)) return true;
  if (!isOpener(before)) return false;
  if (pos === 1) return true;
  const c = text.charCodeAt(pos - 2);
  return !isLetter(c) && !isDigit(c);
}

/** ¹ ² ³ ⁰ ⁴–⁹: footnote marks that stay with the sentence they follow. */
export function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || c === 0x2070 || (c >= 0x2074 && c <= 0x2079);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** List bullets and dashes that may stand before a list number: • ‣ ◦ ▪ · * - – — */
export function isBullet(c: number): boolean {
  return (
    c === 0x2022 || c === 0x2023 || c === 0x25e6 || c === 0x25aa || c === 0xb7 || c === 0x2a ||
    isDash(c)
  );
}

export function isDash(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014;
}

/** Pictographs (astral planes U+1F000–U+1FBFF, misc symbols, dingbats) and their joiners and modifiers. */
export function isEmojiStart(c: number): boolean {
  return (c >= 0xd83c && c <= 0xd83e) || (c >= 0x2600 && c <= 0x27bf) || c === 0x2b50 || c === 0x2b55;
}

export function isEmojiPart(c: number): boolean {
  return isEmojiStart(c) || (c >= 0xdc00 && c <= 0xdfff) || c === 0xfe0f || c === 0x200d;
}

export function isUpper(c: number): boolean {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  if (c <= 0xff) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

export function isLower(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  if (c <= 0xff) return c >= 0xdf && c !== 0xf7;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase();
}

/** Cased letters only: enough for German, where every letter that matters for a decision has a case. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
  return isUpper(c) || isLower(c);
}
