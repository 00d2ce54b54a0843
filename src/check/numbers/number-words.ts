/**
 * Numbers written as words, only in forms that cannot be anything else. German `ein`/`eins`, English `one`
 * and Sino-Korean readings (`삼`, `사`) are left out: they are articles, pronouns or parts of other words.
 * Korean native numerals count only before a counter (`석 달`, `두 번째`, `열세 명`): alone `열세` is 劣勢.
 */
const GERMAN_UNITS: Record<string, number> = {
  zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
};
const GERMAN_TEENS: Record<string, number> = {
  zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
};
const GERMAN_TENS: Record<string, number> = {
  zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
};
const GERMAN_ORDINAL_STEMS: Record<string, number> = {
  zwei: 2, drit: 3, vier: 4, fünf: 5, sechs: 6, sieb: 7, sieben: 7, ach: 8, neun: 9, zehn: 10, elf: 11, zwölf: 12,
};

/**
 * Words that stand for several values at once: a fraction names its parts and its share (`ein Drittel` =
 * `3분의 1`, `die Hälfte` = `50%`), a scale word its size (`eine Million` = `100만`).
 */
const GERMAN_MANY: Record<string, number[]> = {
  anderthalb: [1.5], eineinhalb: [1.5], hälfte: [2, 1, 0.5, 50], halb: [2, 1, 0.5, 50], halbe: [2, 1, 0.5, 50], drittel: [3, 1], viertel: [4, 1, 25], dutzend: [12],
  hundert: [100], tausend: [1e3], million: [1e6], millionen: [1e6], milliarde: [1e9], milliarden: [1e9], billion: [1e12],
};
const ENGLISH_MANY: Record<string, number[]> = {
  both: [2], pair: [2], couple: [2], twice: [2], double: [2], twin: [2], triple: [3], thrice: [3], fortnight: [2, 14],
  half: [2, 1, 0.5, 50], thirds: [3], quarter: [4, 1, 25], quarters: [4, 25], dozen: [12], hundred: [100], thousand: [1e3],
  million: [1e6], billion: [1e9], trillion: [1e12],
};

export function germanWordValues(word: string): number[] {
  const many = GERMAN_MANY[word.toLowerCase()];
  if (many !== undefined) return many;
  const one = germanNumberWord(word);
  return one === undefined ? [] : [one];
}

export function englishWordValues(word: string): number[] {
  const many = ENGLISH_MANY[word.toLowerCase()];
  if (many !== undefined) return many;
  const one = englishNumberWord(word);
  return one === undefined ? [] : [one];
}

/** A German cardinal written out (`drei`, `dreizehn`, `einundzwanzig`), not an ordinal, fraction or scale word. */
export function isGermanCardinal(word: string): boolean {
  const w = word.toLowerCase();
  return (GERMAN_UNITS[w] ?? GERMAN_TEENS[w] ?? GERMAN_TENS[w]) !== undefined || /^(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und\p{L}+zig$|^(?:ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)unddreißig$/u.test(w);
}

/** Value of a German number word (`dreizehn`, `einundzwanzig`, `zweite`), or undefined. */
export function germanNumberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  const cardinal = GERMAN_UNITS[w] ?? GERMAN_TEENS[w] ?? GERMAN_TENS[w];
  if (cardinal !== undefined) return cardinal;
  const compound = /^(ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun)und(\p{L}+)$/u.exec(w);
  if (compound && GERMAN_TENS[compound[2]!] !== undefined) {
    return (compound[1] === 'ein' ? 1 : GERMAN_UNITS[compound[1]!]!) + GERMAN_TENS[compound[2]!]!;
  }
  const ordinal = /^(\p{L}+?)(?:te|ten|ter|tes|tem)$/u.exec(w);
  if (ordinal && GERMAN_ORDINAL_STEMS[ordinal[1]!] !== undefined) return GERMAN_ORDINAL_STEMS[ordinal[1]!];
  if (/^erst(?:e|en|er|es|em)$/u.test(w)) return 1;
  return undefined;
}

const ENGLISH: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, twentieth: 20, thirtieth: 30,
};

/** Value of an English number word (`thirteen`, `twenty-one`, `third`), or undefined. */
export function englishNumberWord(word: string): number | undefined {
  const w = word.toLowerCase();
  if (ENGLISH[w] !== undefined) return ENGLISH[w];
  const [tens, unit] = w.split('-');
  const ones: Record<string, number> = { one: 1, first: 1, ...ENGLISH };
  if (unit !== undefined && ENGLISH[tens!] !== undefined && ENGLISH[tens!]! % 10 === 0 && (ones[unit] ?? 10) < 10) {
    return ENGLISH[tens!]! + ones[unit]!;
  }
  return undefined;
}

const KOREAN_NATIVE: Record<string, number> = {
  한: 1, 두: 2, 세: 3, 석: 3, 서: 3, 네: 4, 넉: 4, 다섯: 5, 여섯: 6, 일곱: 7, 여덟: 8, 아홉: 9, 열: 10, 스무: 20, 스물: 20,
  서른: 30, 마흔: 40, 쉰: 50,
};
const KOREAN_COUNTER = '(?:번째|번|달|명|개국|개월|개|살|시간|가지|차례|곳|척|대|마리|해|주일|권|편|사람)';

/** Korean native numerals before a counter: `석 달` → 3, `열세 명` → 13, `두 번째` → 2. */
export const KOREAN_NATIVE_NUMBER = new RegExp(`(?<![\\p{L}])((?:열|스물|서른|마흔|쉰)?(?:한|두|세|석|서|네|넉|다섯|여섯|일곱|여덟|아홉)|열|스무|스물|서른|마흔|쉰)\\s?${KOREAN_COUNTER}`, 'gu');

export function koreanNativeValue(numeral: string): number | undefined {
  if (KOREAN_NATIVE[numeral] !== undefined) return KOREAN_NATIVE[numeral];
  for (const tens of ['열', '스물', '서른', '마흔', '쉰']) {
    if (numeral.startsWith(tens) && KOREAN_NATIVE[numeral.slice(tens.length)] !== undefined) {
      const base = tens === '스물' ? 20 : KOREAN_NATIVE[tens]!;
      return base + KOREAN_NATIVE[numeral.slice(tens.length)]!;
    }
  }
  return undefined;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a well-formed Roman numeral up to 399 (`XIV` → 14), or undefined (`IIX`, `VV`). */
export function romanValue(text: string): number | undefined {
  if (!/^C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(text) || text === '') return undefined;
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const value = ROMAN[text[i]!]!;
    const next = ROMAN[text[i + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}
