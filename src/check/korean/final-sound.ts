/**
 * The final sound (받침) of what a Korean particle follows: a Hangul syllable by its code
 * ((code − 0xAC00) % 28: 0 none, 8 ㄹ), a number by its Sino-Korean reading (`7` 칠 → ㄹ, `10` 십 → ㅂ,
 * `1000` 천 → ㄴ, `%` 퍼센트 → none), a Latin acronym by the Korean name of its last letter (`UN` 유엔 → ㄴ,
 * `EU` 이유 → none). Where the reading is not certain the answer is undefined, and nothing is judged:
 * `OPEC` is read 오펙 (ㄱ) though `C` is 씨, so an acronym that can be read as a word says nothing unless
 * both readings agree.
 */
export type FinalSound = 'vowel' | 'rieul' | 'consonant';

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

export function syllableFinal(char: string): FinalSound | undefined {
  const code = char.codePointAt(0)!;
  if (code < HANGUL_FIRST || code > HANGUL_LAST) return undefined;
  const final = (code - HANGUL_FIRST) % 28;
  return final === 0 ? 'vowel' : final === 8 ? 'rieul' : 'consonant';
}

/** 0 영/공 ㅇ, 1 일 ㄹ, 2 이, 3 삼 ㅁ, 4 사, 5 오, 6 육 ㄱ, 7 칠 ㄹ, 8 팔 ㄹ, 9 구. */
const DIGIT: FinalSound[] = ['consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel'];

/** A number as written in digits (`12,000`, `3.5`, `G7`'s `7`): the reading of its last place. */
export function numberFinal(written: string): FinalSound | undefined {
  const digits = written.replace(/,/g, '');
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return undefined;
  if (digits.includes('.') || !/0$/.test(digits) || /^0+$/.test(digits)) return DIGIT[Number(digits.at(-1))];
  const zeros = /0+$/.exec(digits)![0].length;
  // 십 ㅂ, 백 ㄱ, 천 ㄴ, then 만 ㄴ, 억 ㄱ, 조 (vowel) for each fourth place.
  if (zeros % 4 === 0) return zeros === 12 ? 'vowel' : 'consonant';
  return 'consonant';
}

/** Letters whose Korean name ends the same however the acronym is read: vowels, S 에스, F 에프, X 엑스, H 에이치, W, Y; M 엠, N 엔; L 엘. */
const CERTAIN: Record<string, FinalSound> = {
  A: 'vowel', E: 'vowel', I: 'vowel', O: 'vowel', U: 'vowel', Y: 'vowel', S: 'vowel', F: 'vowel', X: 'vowel', H: 'vowel', W: 'vowel',
  M: 'consonant', N: 'consonant', L: 'rieul',
};

/** An upper-case acronym (`UN`, `KCNA`, `BBC`), or undefined when its reading is uncertain (`OPEC`, `…R`). */
export function acronymFinal(acronym: string): FinalSound | undefined {
  if (!/^[A-Z]{2,}$/.test(acronym)) return undefined;
  const last = acronym.at(-1)!;
  if (CERTAIN[last] !== undefined) return CERTAIN[last];
  if (last === 'R') return undefined;
  // B, C, D, G, K, P, T…: 비, 씨, 디 when spelled letter by letter; a word reading may end in a consonant.
  return /[AEIOU]/.test(acronym) ? undefined : 'vowel';
}

/** The final sound of the text that ends at `end` (a Hangul syllable, a number, an acronym, `%`). */
export function finalBefore(text: string, end: number): FinalSound | undefined {
  const before = text.slice(Math.max(0, end - 24), end);
  const last = before.at(-1);
  if (last === undefined) return undefined;
  if (last === '%') return 'vowel';
  const hangul = syllableFinal(last);
  if (hangul !== undefined) return hangul;
  const number = /(?<![\d.,])\d[\d,]*(?:\.\d+)?$/.exec(before);
  if (number) return /[A-Za-z]-?$/.test(before.slice(0, number.index)) ? DIGIT[Number(last)] : numberFinal(number[0]);
  const acronym = /(?<![A-Za-z.@/])[A-Z]{2,}$/.exec(before);
  return acronym ? acronymFinal(acronym[0]) : undefined;
}
