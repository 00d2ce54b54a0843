/**
 * One combined matcher for all forms of a language: a character trie walked from each position where a
 * word can start. A position costs a map lookup; only the few that begin a known form walk further, so the
 * cost grows with the text, not with the number of entries (one regex per term grows with both).
 */
import { isAllCaps, startsSentence } from './letter-case.ts';
import { foldForm, foldForMatching } from './fold.ts';
import { isWordChar } from './term-characters.ts';
import { insertForm, newNode, walk, type End, type TrieNode } from './term-trie.ts';

export interface ScanHit<T> {
  start: number;
  end: number;
  /** Every payload whose form ends at `end` and whose boundary check passed. */
  payloads: T[];
  /** A nested hit (scan with `nested`): the payloads of the longer hit it lies in. */
  outer?: T[];
}

export interface ScanOptions {
  /** Also report shorter forms inside compound words of a hit. */
  nested?: boolean;
  /** Whether the text is set in capitals (matched ignoring case); by default judged from the text itself. */
  allCaps?: boolean;
  /** Let a form start inside a run of letters: for scripts without spaces between words (Japanese, Chinese). */
  insideWords?: boolean;
}

/** Language rules on top of the scanner's own: may this payload's form match text[start, end)? */
export type BoundaryCheck<T> = (text: string, start: number, end: number, payload: T) => boolean;

/**
 * How the first letter of a case-sensitive form may differ: `sentence-start` lets a lower-case form match
 * capitalised at the start of a sentence (`nordkoreanische` → `Nordkoreanische Truppen …`); `any` also lets a
 * capitalised form match in lower case anywhere (a German adjective: `Koreanische`/`koreanische Halbinsel`).
 */
export type FirstLetterCase = 'exact' | 'sentence-start' | 'any';

export class TermScanner<T> {
  private readonly exact: TrieNode<T> = newNode();
  private readonly folded: TrieNode<T> = newNode();
  /** Every form in lower case, for text in capitals only. */
  private readonly caps: TrieNode<T> = newNode();
  private hasFolded = false;

  constructor(private readonly accepts: BoundaryCheck<T>) {}

  /**
   * Adds a form; whitespace in it matches any run of whitespace (NBSP, line breaks) in the text. Forms and texts
   * are folded alike (fold.ts), so invisible characters, width and look-alike letters do not hide a term.
   */
  add(form: string, payload: T, caseInsensitive: boolean, firstLetter: FirstLetterCase = 'exact'): void {
    const normalised = form.trim().replace(/\s+/gu, ' ');
    if (normalised === '') return;
    const fold = (variant: string): string => foldForm(variant).trim().replace(/\s+/gu, ' ');
    const variants = new Set([fold(normalised.normalize('NFC')), fold(normalised.normalize('NFD'))]);
    variants.delete('');
    for (const variant of variants) {
      insertForm(caseInsensitive ? this.folded : this.exact, variant, caseInsensitive, payload, 'terminals');
      // Headlines in capitals are matched against every form, ignoring case (scan()).
      insertForm(this.caps, variant, true, payload, 'terminals');
      if (caseInsensitive) continue;
      const first = variant[0]!;
      const upper = first.toUpperCase();
      const lower = first.toLowerCase();
      if (first === lower && upper !== lower && firstLetter !== 'exact') {
        insertForm(this.exact, upper + variant.slice(1), false, payload, firstLetter === 'any' ? 'terminals' : 'sentenceStart');
      } else if (first === upper && upper !== lower && firstLetter === 'any') {
        insertForm(this.exact, lower + variant.slice(1), false, payload, 'terminals');
      }
    }
    if (caseInsensitive) this.hasFolded = true;
  }

  /**
   * Hits with offsets into `text` itself, whatever folding found them: leftmost-longest, not overlapping. With
   * `nested`, also every shorter form that is part of a compound word inside a hit (`북한` in `북한군`), marked
   * with the hit it lies in.
   */
  scan(text: string, options: ScanOptions = {}): ScanHit<T>[] {
    const folded = foldForMatching(text);
    const hits = this.scanFolded(folded.text, options.allCaps ?? isAllCaps(folded.text), options.nested ?? false, options.insideWords ?? false);
    if (folded.text === text) return hits;
    return hits.map((hit) => ({ ...hit, ...folded.original(hit.start, hit.end) }));
  }

  private scanFolded(text: string, allCaps: boolean, nested: boolean, insideWords: boolean): ScanHit<T>[] {
    const hits: ScanHit<T>[] = [];
    let i = 0;
    while (i < text.length) {
      const hit = insideWords || this.startsWord(text, i) ? this.hitsAt(text, i, allCaps, false)[0] : undefined;
      if (hit) {
        hits.push(hit);
        if (nested) hits.push(...this.nestedIn(text, hit, allCaps));
        i = hit.end;
      } else {
        i++;
      }
    }
    return hits;
  }

  /** No form starts in the middle of a word, in a language that writes spaces between words. */
  private startsWord(text: string, i: number): boolean {
    return !(i > 0 && isWordChar(text[i]) && isWordChar(text[i - 1]));
  }

  private nestedIn(text: string, outer: ScanHit<T>, allCaps: boolean): ScanHit<T>[] {
    const inner: ScanHit<T>[] = [];
    for (let i = outer.start; i < outer.end; i++) {
      if (!this.startsWord(text, i)) continue;
      for (const hit of this.hitsAt(text, i, allCaps, true)) {
        // Only a part of a compound word (`북한` in `북한군`): a whole word of a longer name (`Kim` in `Kim Jong-un`)
        // is that name, not a mention of its own.
        const insideCompound = hit.end < outer.end && isWordChar(text[hit.end]);
        if (insideCompound) inner.push({ ...hit, outer: outer.payloads });
      }
    }
    return inner;
  }

  /** The hits starting at `start`, longest first: only the longest one unless `all`. */
  private hitsAt(text: string, start: number, allCaps: boolean, all: boolean): ScanHit<T>[] {
    // Most positions begin no form: one map lookup and no allocation (the walk's arrays cost more in GC than in time).
    const first = text[start]!;
    const begins = allCaps
      ? this.caps.children.has(first.toLowerCase())
      : this.exact.children.has(first) || (this.hasFolded && this.folded.children.has(first.toLowerCase()));
    if (!begins) return NO_HITS;
    const ends: End<T>[] = [];
    if (allCaps) {
      walk(this.caps, text, start, true, ends);
    } else {
      walk(this.exact, text, start, false, ends);
      if (this.hasFolded) walk(this.folded, text, start, true, ends);
    }
    if (ends.length === 0) return [];
    ends.sort((a, b) => b.end - a.end);
    const hits: ScanHit<T>[] = [];
    let sentenceStart: boolean | undefined;
    for (let k = 0; k < ends.length; ) {
      const end = ends[k]!.end;
      const passing: T[] = [];
      for (; k < ends.length && ends[k]!.end === end; k++) {
        const candidates = ends[k]!.sentenceStart ? ((sentenceStart ??= startsSentence(text, start)) ? ends[k]!.payloads : []) : ends[k]!.payloads;
        for (const payload of candidates) {
          if (!passing.includes(payload) && this.accepts(text, start, end, payload)) passing.push(payload);
        }
      }
      if (passing.length === 0) continue;
      hits.push({ start, end, payloads: passing });
      if (!all) break;
    }
    return hits;
  }
}

const NO_HITS: never[] = [];

