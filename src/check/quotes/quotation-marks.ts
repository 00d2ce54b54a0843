/**
 * Quotations read pair by pair, the way each language writes them: German „…“ ‚…‘ »…« (and «…», and “…”
 * when a ” closes it later; alone it closes a „ of the segment before), English and Korean “…” ‘…’ and straight "…". The same character plays different
 * parts: `“` closes a German quotation but opens an English one, and `’` closes ‘…’ or is an apostrophe
 * (`Shoigu’s`, `’90s`) when no ‘ is open. A segment may open a quotation the next one closes, so what is
 * left open or closed without an opening is counted, not treated as an error by itself.
 */
import { languageProfile } from '../../core/languages.ts';
import type { TargetLanguage } from '../../core/translation.ts';

export interface QuoteBalance {
  /** Quotations opened and closed inside the text. */
  pairs: number;
  /** Openings left open at the end. */
  open: number;
  /** Closings with no opening before them. */
  strayClosings: number;
}

const GERMAN_PAIRS: Record<string, string> = { '„': '“”', '‚': '‘’', '»': '«', '«': '»', '“': '”' };
const TARGET_PAIRS: Record<string, string> = { '“': '”', '‘': '’', '「': '」', '『': '』' };
const GERMAN_CLOSINGS = '“”‘’«»';
const TARGET_CLOSINGS = '”」』';

export function quoteBalance(text: string, language: 'de' | TargetLanguage): QuoteBalance {
  const pairs = language === 'de' ? GERMAN_PAIRS : targetPairs(language);
  const closings = language === 'de' ? GERMAN_CLOSINGS : TARGET_CLOSINGS + Object.values(pairs).join('').replace(/[‘’]/g, '');
  const stack: string[] = [];
  const balance: QuoteBalance = { pairs: 0, open: 0, strayClosings: 0 };
  let straight = 0;
  const chars = [...text];
  for (const [i, char] of chars.entries()) {
    const top = stack.at(-1);
    if (char === '"') {
      straight++;
    } else if (top !== undefined && pairs[top]!.includes(char)) {
      stack.pop();
      balance.pairs++;
    } else if (pairs[char] !== undefined && !(language === 'de' && char === '“' && !chars.includes('”', i + 1))) {
      stack.push(char);
    } else if (closings.includes(char) && !(char === '’' || char === '‘')) {
      balance.strayClosings++;
    }
  }
  balance.pairs += Math.floor(straight / 2);
  balance.open = stack.filter((c) => c !== '‘').length + (straight % 2);
  // A ‘ never closed in a target is most likely a misplaced apostrophe (‘90s) or a real opening; count it.
  if (language !== 'de') balance.open += stack.filter((c) => c === '‘').length;
  return balance;
}

/** The pairs a target reads: the common ones plus its language's own (French «…», Japanese 「…」). */
function targetPairs(language: TargetLanguage): Record<string, string> {
  const own = languageProfile(language).quotes.filter((pair) => !(pair[0]! in TARGET_PAIRS));
  return own.length === 0 ? TARGET_PAIRS : { ...TARGET_PAIRS, ...Object.fromEntries(own.map((pair) => [pair[0]!, pair[1]!])) };
}

/** German marks that have no place in a text of `language` (English, Korean: all of „‚»«; French keeps «»), with offsets. */
export function germanMarks(text: string, language: TargetLanguage = 'en'): Array<{ mark: string; start: number }> {
  const own = languageProfile(language).quotes.join('');
  return [...text.matchAll(/[„‚»«]/gu)].filter((m) => !own.includes(m[0])).map((m) => ({ mark: m[0], start: m.index }));
}

const TO_TARGET: Record<string, string> = { '„': '“', '‚': '‘', '»': '“', '«': '”' };
const GERMAN_CLOSER: Record<string, string> = { '„': '“', '‚': '‘', '»': '«' };
const TARGET_CLOSER: Record<string, string> = { '„': '”', '‚': '’', '»': '”' };

/**
 * The text with German quotation marks turned into English/Korean ones, when every German opening has its
 * German closing, nested or not (a fix that is certain); else undefined.
 */
export function withTargetQuotes(text: string, language: TargetLanguage = 'en'): string | undefined {
  // Only into “…” ‘…’: a language writing other marks first (French «…», Japanese 「…」) is left to a person.
  if (languageProfile(language).quotes[0] !== '“”') return undefined;
  let out = '';
  const open: string[] = [];
  let changed = false;
  for (const char of text) {
    const top = open.at(-1);
    if (top !== undefined && char === GERMAN_CLOSER[top]) {
      out += TARGET_CLOSER[open.pop()!];
    } else if (GERMAN_CLOSER[char] !== undefined) {
      open.push(char);
      out += TO_TARGET[char];
      changed = true;
    } else if (char === '«') {
      return undefined;
    } else {
      out += char;
    }
  }
  return changed && open.length === 0 ? out : undefined;
}
