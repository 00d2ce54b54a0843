/**
 * The text a term is matched against: invisible characters removed, width and compatibility forms folded (NFKC,
 * per character, so positions can be mapped back) and Latin look-alikes from other scripts replaced. A match
 * in the folded text is mapped back to the original's offsets, so findings still point at the columns a
 * person sees. Pure ASCII, the common case, is its own fold.
 */
import { CONFUSABLE_TO_LATIN, INVISIBLE } from './confusables.ts';

export interface FoldedText {
  text: string;
  /** Original span of folded text [start, end). */
  original(start: number, end: number): { start: number; end: number };
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
const foldedChars = new Map<string, string>();

export function foldForMatching(text: string): FoldedText {
  if (foldsToItself(text)) return { text, original: (start, end) => ({ start, end }) };
  let folded = '';
  /** For each UTF-16 unit of `folded`: where the character it came from starts and ends in `text`. */
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const char = String.fromCodePoint(code);
    const next = i + char.length;
    const into = foldChar(char);
    for (let k = 0; k < into.length; k++) {
      starts.push(i);
      ends.push(next);
    }
    folded += into;
    i = next;
  }
  return {
    text: folded,
    original: (start, end) => ({
      start: start < starts.length ? starts[start]! : text.length,
      end: end > 0 ? ends[end - 1]! : 0,
    }),
  };
}

/** Most texts (umlauts, Hangul) have nothing to fold: checking that is far cheaper than building the offset map. */
function foldsToItself(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) < 0x80) continue;
    const char = String.fromCodePoint(text.codePointAt(i)!);
    if (foldChar(char) !== char) return false;
    i += char.length - 1;
  }
  return true;
}

/** One character's fold; forms are folded with it too, so both sides of a match agree. */
export function foldChar(char: string): string {
  if (char.charCodeAt(0) < 0x80) return char;
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = INVISIBLE.test(char) ? '' : [...char.normalize('NFKC')].map((c) => CONFUSABLE_TO_LATIN.get(c) ?? c).join('');
    foldedChars.set(char, folded);
  }
  return folded;
}

export function foldForm(form: string): string {
  return ASCII_ONLY.test(form) ? form : [...form].map(foldChar).join('');
}
