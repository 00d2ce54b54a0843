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
  // words that always point at what follows
  'z.b', 'zb', 'z.t', 'z.z', 'z.zt', 'd.h', 'u.a', 'v.a', 'i.d.r', 'i.a', 'u.u', 'o.g', 's.o', 's.u', 'z.hd',
  'vgl', 'ca', 'bzw', 'evtl', 'ggf', 'ggfs', 'sog', 'inkl', 'exkl', 'zzgl', 'abzgl', 'lt', 'gem', 'bspw',
  'insb', 'bzgl', 'ggü', 'vs', 'mind', 'nr', 'tel', 'abs', 'bd', 'kap', 'abb', 'fa',
  // adjectives shortened before their noun
  'kath', 'ev', 'evang', 'röm', 'dt', 'engl', 'frz', 'ital', 'lat', 'griech', 'amerik', 'europ', 'int',
];

const WEAK = [
  // amounts and units
  'mio', 'mrd', 'tsd', 'std', 'min', 'max', 'sek', 'mill',
  // eras and centuries
  'jh', 'jhd', 'jhdt', 'jhs', 'v.chr', 'n.chr', 'a.d', 'v.u.z', 'u.z',
  // months
  'jan', 'jän', 'feb', 'febr', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  // addresses, organisations and similar
  'str', 'hbf', 'bhf', 'pl', 'co', 'inc', 'ltd', 'corp', 'e.v', 'hrsg', 'bsp', 'tab', 'u.ä', 'o.ä', 'jr',
];

const FINAL = ['usw', 'u.s.w', 'etc', 'usf', 'u.v.m', 'uvm', 'ff'];

const KINDS = new Map<string, AbbreviationKind>([
  ...BOUND.map((key) => [key, 'bound'] as const),
  ...WEAK.map((key) => [key, 'weak'] as const),
  ...FINAL.map((key) => [key, 'final'] as const),
]);

/** The kind of a normalised key (lower case, no spaces), or undefined when it is no known abbreviation. */
export function abbreviationKind(key: string): AbbreviationKind | undefined {
  return KINDS.get(key);
}
