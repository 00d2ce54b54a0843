/**
 * Cyrillic and Greek letters that look like Latin ones, and dashes that look like a hyphen, mapped to what they
 * imitate. A subset of Unicode's confusables.txt (UTS #39, "MA" table), reviewed by hand and limited to the
 * scripts that turn up in pasted names: Cyrillic and Greek letters whose glyph is the Latin letter in common fonts.
 * Letters that only resemble (Cyrillic п, и; Greek η, ν as n/v in some fonts) are left out: folding them would make
 * real Russian or Greek words match English terms. Width (fullwidth Ａ) is NFKC's job, not this table's.
 */
const LOOK_ALIKES: ReadonlyArray<readonly [string, string]> = [
  // Cyrillic capitals
  ['А', 'A'], ['В', 'B'], ['С', 'C'], ['Е', 'E'], ['Н', 'H'], ['І', 'I'], ['Ј', 'J'], ['К', 'K'], ['М', 'M'],
  ['О', 'O'], ['Р', 'P'], ['Ѕ', 'S'], ['Т', 'T'], ['Х', 'X'], ['Ү', 'Y'], ['Ԛ', 'Q'], ['Ԝ', 'W'],
  // Cyrillic small letters
  ['а', 'a'], ['с', 'c'], ['ԁ', 'd'], ['е', 'e'], ['һ', 'h'], ['і', 'i'], ['ј', 'j'], ['ӏ', 'l'], ['о', 'o'],
  ['р', 'p'], ['ԛ', 'q'], ['ѕ', 's'], ['ԝ', 'w'], ['х', 'x'], ['у', 'y'],
  // Greek capitals
  ['Α', 'A'], ['Β', 'B'], ['Ε', 'E'], ['Ζ', 'Z'], ['Η', 'H'], ['Ι', 'I'], ['Κ', 'K'], ['Μ', 'M'], ['Ν', 'N'],
  ['Ο', 'O'], ['Ρ', 'P'], ['Τ', 'T'], ['Υ', 'Y'], ['Χ', 'X'],
  // Greek small letters
  ['ο', 'o'], ['ι', 'i'], ['α', 'a'], ['ρ', 'p'],
  // Dashes and minus signs that pass for the hyphen-minus (after NFKC, U+2011 is U+2010)
  ['\u2010', '-'], ['\u2012', '-'], ['\u2013', '-'], ['\u2043', '-'], ['\u2212', '-'], ['\u02D7', '-'],
];

export const CONFUSABLE_TO_LATIN: ReadonlyMap<string, string> = new Map(LOOK_ALIKES);

/**
 * Characters nobody sees that split or join words: zero-width space, (non-)joiners, word joiner and invisible
 * operators, soft hyphen, the byte-order mark, Mongolian vowel separator, bidirectional controls, Hangul fillers.
 */
export const INVISIBLE = /[\u00AD\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0]/u;

export const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  '\u00AD': 'SOFT HYPHEN',
  '\u115F': 'HANGUL CHOSEONG FILLER',
  '\u1160': 'HANGUL JUNGSEONG FILLER',
  '\u180E': 'MONGOLIAN VOWEL SEPARATOR',
  '\u200B': 'ZERO WIDTH SPACE',
  '\u200C': 'ZERO WIDTH NON-JOINER',
  '\u200D': 'ZERO WIDTH JOINER',
  '\u200E': 'LEFT-TO-RIGHT MARK',
  '\u200F': 'RIGHT-TO-LEFT MARK',
  '\u2060': 'WORD JOINER',
  '\u3164': 'HANGUL FILLER',
  '\uFEFF': 'ZERO WIDTH NO-BREAK SPACE (byte-order mark)',
  '\uFFA0': 'HALFWIDTH HANGUL FILLER',
};
