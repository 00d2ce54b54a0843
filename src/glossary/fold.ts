/**
 * The text a term is matched against: invisible characters removed, width and compatibility forms folded (NFKC,
 * per character, so positions can be mapped back) and Latin look-alikes from other scripts replaced. A match
 * in the folded text is mapped back to the original's offsets, so findings still point at the columns a
 * person sees. Text with nothing to fold (pure ASCII, umlauts, Hangul) is its own fold, found without allocating.
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
  // One pass that allocates nothing while nothing folds; a fold that keeps every length (`–` → `-`, the common
  // case in German news) keeps every offset too, so only a length change needs the offset map.
  let pieces: string[] | undefined;
  let sameLength = true;
  let copiedTo = 0;
  for (let i = 0; i < text.length; ) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      i++;
      continue;
    }
    const char = unit >= 0xd800 && unit <= 0xdbff ? String.fromCodePoint(text.codePointAt(i)!) : text[i]!;
    const into = foldChar(char);
    if (into !== char) {
      (pieces ??= []).push(text.slice(copiedTo, i), into);
      copiedTo = i + char.length;
      if (into.length !== char.length) sameLength = false;
    }
    i += char.length;
  }
  if (pieces === undefined) return { text, original: sameSpan };
  if (sameLength) return { text: pieces.join('') + text.slice(copiedTo), original: sameSpan };
  return foldWithOffsets(text);
}

const sameSpan = (start: number, end: number): { start: number; end: number } => ({ start, end });

function foldWithOffsets(text: string): FoldedText {
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
