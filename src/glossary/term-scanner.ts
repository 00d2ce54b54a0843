/**
 * One combined matcher for all forms of a language: a character trie walked from each position where a
 * word can start. A position costs a map lookup; only the few that begin a known form walk further, so the
 * cost grows with the text, not with the number of entries (one regex per term grows with both).
 */
import { foldForm, foldForMatching } from './fold.ts';

export interface ScanHit<T> {
  start: number;
  end: number;
  /** Every payload whose form ends at `end` and whose boundary check passed. */
  payloads: T[];
}

/** Language rules on top of the scanner's own: may this payload's form match text[start, end)? */
export type BoundaryCheck<T> = (text: string, start: number, end: number, payload: T) => boolean;

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  terminals: T[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/u;

function isSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(char);
}

export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_CHAR.test(char);
}

/** The character (code point) before `offset`, or undefined at the start. */
export function charBefore(text: string, offset: number): string | undefined {
  if (offset <= 0) return undefined;
  const low = text.charCodeAt(offset - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff;
  return isLowSurrogate && offset >= 2 ? text.slice(offset - 2, offset) : text[offset - 1];
}

/** The character (code point) at `offset`, or undefined at the end. */
export function charAt(text: string, offset: number): string | undefined {
  const code = text.codePointAt(offset);
  return code === undefined ? undefined : String.fromCodePoint(code);
}

export class TermScanner<T> {
  private readonly exact: TrieNode<T> = newNode();
  private readonly folded: TrieNode<T> = newNode();
  private hasFolded = false;

  constructor(private readonly accepts: BoundaryCheck<T>) {}

  /**
   * Adds a form; whitespace in it matches any run of whitespace (NBSP, line breaks) in the text. Forms and texts
   * are folded alike (fold.ts), so invisible characters, width and look-alike letters do not hide a term.
   */
  add(form: string, payload: T, caseInsensitive: boolean): void {
    const normalised = form.trim().replace(/\s+/gu, ' ');
    if (normalised === '') return;
    const fold = (variant: string): string => foldForm(variant).trim().replace(/\s+/gu, ' ');
    const variants = new Set([fold(normalised.normalize('NFC')), fold(normalised.normalize('NFD'))]);
    variants.delete('');
    for (const variant of variants) {
      let node = caseInsensitive ? this.folded : this.exact;
      for (let i = 0; i < variant.length; i++) {
        const key = caseInsensitive ? variant[i]!.toLowerCase() : variant[i]!;
        let child = node.children.get(key);
        if (!child) {
          child = newNode();
          node.children.set(key, child);
        }
        node = child;
      }
      if (!node.terminals.includes(payload)) node.terminals.push(payload);
    }
    if (caseInsensitive) this.hasFolded = true;
  }

  /** Hits with offsets into `text` itself, whatever folding found them. */
  scan(text: string): ScanHit<T>[] {
    const folded = foldForMatching(text);
    const hits = this.scanFolded(folded.text);
    if (folded.text === text) return hits;
    return hits.map((hit) => ({ ...hit, ...folded.original(hit.start, hit.end) }));
  }

  private scanFolded(text: string): ScanHit<T>[] {
    const hits: ScanHit<T>[] = [];
    let i = 0;
    while (i < text.length) {
      // No form starts in the middle of a word, in any of our languages.
      const insideWord = i > 0 && isWordChar(text[i]) && isWordChar(text[i - 1]);
      const hit = insideWord ? undefined : this.longestAt(text, i);
      if (hit) {
        hits.push(hit);
        i = hit.end;
      } else {
        i++;
      }
    }
    return hits;
  }

  private longestAt(text: string, start: number): ScanHit<T> | undefined {
    const ends: Array<{ end: number; payloads: T[] }> = [];
    walk(this.exact, text, start, false, ends);
    if (this.hasFolded) walk(this.folded, text, start, true, ends);
    if (ends.length === 0) return undefined;
    ends.sort((a, b) => b.end - a.end);
    for (let k = 0; k < ends.length; ) {
      const end = ends[k]!.end;
      const passing: T[] = [];
      for (; k < ends.length && ends[k]!.end === end; k++) {
        for (const payload of ends[k]!.payloads) {
          if (!passing.includes(payload) && this.accepts(text, start, end, payload)) passing.push(payload);
        }
      }
      if (passing.length > 0) return { start, end, payloads: passing };
    }
    return undefined;
  }
}

function walk<T>(root: TrieNode<T>, text: string, start: number, fold: boolean, ends: Array<{ end: number; payloads: T[] }>): void {
  let node = root;
  let j = start;
  while (j < text.length) {
    const char = text[j]!;
    let next: TrieNode<T> | undefined;
    let after = j + 1;
    if (isSpace(char)) {
      next = node.children.get(' ');
      while (after < text.length && isSpace(text[after]!)) after++;
    } else {
      next = node.children.get(fold ? char.toLowerCase() : char);
    }
    if (!next) return;
    node = next;
    j = after;
    if (node.terminals.length > 0) ends.push({ end: j, payloads: node.terminals });
  }
}

function newNode<T>(): TrieNode<T> {
  return { children: new Map(), terminals: [] };
}
