import { isLetter, isLower, isOpener, isUpper, isWhitespace } from './chars.ts';
import { abbreviationBefore } from './abbreviations.ts';

/**
 * `unterstützen.Das berichtet` ends a sentence; `RENEWZ.de`, `z.B.`, `rodong.rep.kp`, `1.000.000`, `Nr.5`,
 * `EMail.Addresse@example.com` and `www.Spiegel.de` do not.
 */
export function missingSpaceEnd(text: string, i: number, end: number): number {
  let right = end;
  if (isOpener(text.charCodeAt(right))) right++;
  if (!(isUpper(text.charCodeAt(right)) && isLower(text.charCodeAt(right + 1)))) return -1;

  let left = i;
  while (left > 0 && i - left < 40 && isLetter(text.charCodeAt(left - 1))) left--;
  if (i - left < 2 || !isLower(text.charCodeAt(i - 1))) return -1;
  if (left > 0 && text.charCodeAt(left - 1) === 0x2e) return -1;
  if (abbreviationBefore(text, i)) return -1;
  if (looksLikeAddress(text, i, end)) return -1;

  let wordEnd = right;
  while (wordEnd < text.length && wordEnd - right < 40 && isLetter(text.charCodeAt(wordEnd))) wordEnd++;
  if (text.charCodeAt(wordEnd) === 0x2e && isLower(text.charCodeAt(wordEnd + 1))) return -1;
  return end;
}

/** An e-mail address, URL or path around the terminator: `@` or `/` in the token, or a token starting `www.`. */
function looksLikeAddress(text: string, i: number, end: number): boolean {
  const limit = 200;
  let start = i;
  while (start > 0 && i - start < limit) {
    const c = text.charCodeAt(start - 1);
    if (isWhitespace(c)) break;
    if (c === 0x40 || c === 0x2f) return true;
    start--;
  }
  if (text.startsWith('www.', start)) return true;
  for (let j = end; j < text.length && j - end < limit; j++) {
    const c = text.charCodeAt(j);
    if (isWhitespace(c)) break;
    if (c === 0x40 || c === 0x2f) return true;
  }
  return false;
}
