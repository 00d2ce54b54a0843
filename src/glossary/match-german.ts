/**
 * German: a form matches at word boundaries (letters include umlauts and ß). A hyphen joined to a word is
 * part of that word, so `Nordkorea` matches in `Nordkorea-Politik` only for entries with the
 * `hyphen-compounds` rule. Closed compounds (`Russlandreise`) never match: an open right side would also
 * find `Japaner` for `Japan`; such compounds go into `forms` when they matter.
 */
import { continuesAsLongerName } from './longer-name.ts';
import { charAt, charBefore, isWordChar } from './term-characters.ts';
import { TermScanner, type FirstLetterCase } from './term-scanner.ts';
import type { GlossaryEntry, TermMatch } from './types.ts';

interface GermanPayload {
  entry: string;
  hyphenCompounds: boolean;
  /** A person's name: never the start of a longer name (longer-name.ts). */
  person: boolean;
}

const HYPHENS = new Set(['-', '\u2011']);

export function buildGermanMatcher(entries: readonly GlossaryEntry[]): (text: string, options?: { allCaps?: boolean }) => TermMatch[] {
  const scanner = new TermScanner<GermanPayload>(germanBoundaries);
  for (const entry of entries) {
    const payload = { entry: entry.id, hyphenCompounds: entry.de.derive.includes('hyphen-compounds'), person: entry.kind === 'person' };
    const adjectives = entry.de.derive.includes('adjective-endings');
    for (const form of entry.de.matchForms) scanner.add(form, payload, !entry.caseSensitive, firstLetterCase(form, adjectives));
  }
  return (text, options) =>
    scanner.scan(text, options).map((hit) => ({
      entry: hit.payloads[0]!.entry,
      start: hit.start,
      end: hit.end,
      text: text.slice(hit.start, hit.end),
    }));
}

function germanBoundaries(text: string, start: number, end: number, payload: GermanPayload): boolean {
  if (isWordChar(charAt(text, start))) {
    const before = charBefore(text, start);
    if (isWordChar(before)) return false;
    const joinedBefore = before !== undefined && HYPHENS.has(before) && isWordChar(charBefore(text, start - 1));
    if (joinedBefore && !payload.hyphenCompounds) return false;
  }
  if (isWordChar(charBefore(text, end))) {
    const after = charAt(text, end);
    if (isWordChar(after)) return false;
    const joinedAfter = after !== undefined && HYPHENS.has(after) && isWordChar(charAt(text, end + 1));
    if (joinedAfter && !payload.hyphenCompounds) return false;
  }
  return !(payload.person && continuesAsLongerName(text, end));
}

/**
 * German capitalises the first word of a sentence, so a lower-case form (`nordkoreanische`) matches capitalised
 * there. An adjective that starts a name (`Koreanische Halbinsel`, under `adjective-endings`) is written in lower
 * case in running text too, so its first letter matches in either case anywhere. Nouns keep their capital.
 */
function firstLetterCase(form: string, adjectiveEndings: boolean): FirstLetterCase {
  const words = form.split(' ');
  return adjectiveEndings && words.length > 1 && /^\p{L}+e[nrsm]?$/u.test(words[0]!) ? 'any' : 'sentence-start';
}
