import { isWordStart } from './chars.ts';

/**
 * German abbreviations that end in a full stop, as data. Keys are lower case, without spaces, with the inner full
 * stops kept: `z. B.` and `z.B.` are both `z.b`, `v. Chr.` is `v.chr`, `Dipl.-Ing.` is `dipl.-ing`.
 *
 * How the full stop after each kind is read when a capitalised word follows:
 * - `bound`: always bound to what follows (titles, `z. B.`, `vgl.`): never ends a sentence.
 * - `weak`: usually followed by a noun (`2,9 Mio. Euro`, `im 19. Jh. Europas`): ends a sentence only before a
 *   word that cannot follow it, one of the sentence openers in lexicon.ts (`… 2,9 Mio. Das ist viel.`).
 * - `final`: usually closes an enumeration (`usw.`, `etc.`): ends a sentence before any capitalised word.
 */
export type AbbreviationKind = 'bound' | 'weak' | 'final';

const BOUND = [
  // titles and forms of address
  'dr', 'prof', 'hr', 'hrn', 'fr', 'frl', 'dipl', 'dipl.-ing', 'dipl.-kfm', 'ing', 'med', 'jur', 'phil', 'rer',
  'nat', 'pol', 'oec', 'habil', 'h.c', 'st', 'hl', 'pfr', 'sen', 'verh', 'geb', 'gest', 'ehem', 'gegr',
  // Austrian and German titles and offices as wire copy writes them before a name (`Mag. Andrea`, `Abg. Müller`)
  // (`Mag.`, `Dir.` and `Prim.` are also words, `mag.`, `dir.`: open-class.ts takes them only capitalised)
  'mag.a', 'abg', 'univ', 'ao', 'doz', 'priv', 'techn', 'mont', 'vet', 'soc', 'insp', 'chefinsp', 'bezinsp',
  'gruppeninsp', 'kontrinsp', 'revinsp', 'abtinsp', 'obstlt', 'präs', 'vors', 'stv', 'bgm', 'vzbgm', 'lhstv',
  'stadtr', 'gf', 'bez', 'hofr',
  // references to parts of texts and laws (`Ziff. 3`, `Abschn. 4`; `Art.` is also a word: open-class.ts)
  'ziff', 'abschn', 'anl', 'lit', 'rz', 'rn', 'randnr', 'tz', 'fn', 'anm', 'rd', 'vj', 'vorj',
  // words that always point at what follows
  'z.b', 'zb', 'z.t', 'z.z', 'z.zt', 'd.h', 'u.a', 'v.a', 'i.d.r', 'i.a', 'u.u', 'o.g', 's.o', 's.u', 'z.hd',
  'vgl', 'ca', 'bzw', 'evtl', 'ggf', 'ggfs', 'sog', 'inkl', 'exkl', 'zzgl', 'abzgl', 'lt', 'gem', 'bspw',
  'insb', 'bzgl', 'ggü', 'vs', 'mind', 'nr', 'tel', 'abs', 'bd', 'kap', 'abb', 'fa',
  // adjectives shortened before their noun
  'kath', 'ev', 'evang', 'röm', 'dt', 'engl', 'frz', 'ital', 'lat', 'griech', 'amerik', 'europ', 'int',
];

const WEAK = [
  // amounts and units
  'mio', 'mrd', 'tsd', 'std', 'min', 'max', 'sek', 'mill', 'pkt', 'hj', 'qu',
  // eras and centuries
  'jh', 'jhd', 'jhdt', 'jhs', 'v.chr', 'n.chr', 'a.d', 'v.u.z', 'u.z',
  // months
  'jan', 'jän', 'feb', 'febr', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  // addresses, organisations and similar
  'str', 'hbf', 'bhf', 'pl', 'co', 'inc', 'ltd', 'corp', 'e.v', 'hrsg', 'bsp', 'tab', 'u.ä', 'o.ä', 'jr',
];

const FINAL = ['usw', 'u.s.w', 'etc', 'usf', 'u.v.m', 'uvm', 'ff'];

interface TrieNode { next: Map<number, TrieNode>; kind?: AbbreviationKind }

/** The keys reversed in a trie of code units, so a key can be matched backwards from a full stop. */
const ROOT: TrieNode = { next: new Map() };
for (const [keys, kind] of [[BOUND, 'bound'], [WEAK, 'weak'], [FINAL, 'final']] as const) {
  for (const key of keys) {
    let node = ROOT;
    for (let i = key.length - 1; i >= 0; i--) {
      const c = key.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    node.kind = kind;
  }
}

/**
 * The longest abbreviation that ends right before `dot` and starts a token (after whitespace, an opening quote or
 * bracket, or at the start), spaced forms like `z. B.` and `i. d. R.` included. No allocation: safe on every stop.
 */
export function abbreviationBefore(text: string, dot: number): AbbreviationKind | undefined {
  let node: TrieNode | undefined = ROOT;
  let found: AbbreviationKind | undefined;
  let q = dot - 1;
  while (q >= 0) {
    let c = text.charCodeAt(q);
    // `z. B.`: the space after an inner full stop is not part of the key.
    if (c === 0x20 && q > 0 && text.charCodeAt(q - 1) === 0x2e) c = text.charCodeAt(--q);
    node = node.next.get(toLower(c));
    if (!node) break;
    if (node.kind && (isWordStart(text, q) || afterDottedPart(text, q))) found = node.kind;
    q--;
  }
  return found;
}

/** `Univ.-Prof.`, `Priv.-Doz.`, `Abt.-Insp.`: the second half of a hyphenated title starts after `.-`. */
function afterDottedPart(text: string, q: number): boolean {
  return q >= 2 && text.charCodeAt(q - 1) === 0x2d && text.charCodeAt(q - 2) === 0x2e;
}

function toLower(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c | 0x20;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 0x20;
  return c;
}
