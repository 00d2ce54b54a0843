/**
 * Korean amounts grouped by 만 (10⁴), 억 (10⁸) and 조 (10¹²), with 천/백/십 inside a group:
 * `70억` = 7·10⁹, `150만` = 1.5·10⁶, `3만 5천` = 35,000, `1억 2천만` = 120,000,000, `2천` = 2,000.
 */
const BIG: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
const SMALL: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };
const PART = /(\d[\d,]*(?:\.\d+)?)(?:\s?([천백십]))?/uy;
const BIG_UNIT = /\s?([만억조])/uy;
const NEXT_DIGIT = /\s?(?=\d)/uy;
const START = /(?<![\d.,])\d[\d,]*(?:\.\d+)?\s?(?:[천백십]\s?)?[만억조천백]/gu;

export interface KoreanAmount {
  value: number;
  start: number;
  end: number;
}

const sticky = (regex: RegExp, text: string, at: number) => {
  regex.lastIndex = at;
  return regex.exec(text);
};

/**
 * Amounts in text order. An amount is groups of falling 만/억/조 units, each with a coefficient of falling
 * 천/백/십 parts (`1천200만` = 1,200 × 10⁴; `3조 5천억`; `1천200`). A part that does not fall ends it.
 */
export function parseKoreanAmounts(text: string): KoreanAmount[] {
  const found: KoreanAmount[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m !== null; m = START.exec(text)) {
    const start = m.index;
    let [at, end, total, coefficient, lastSmall, lastBig] = [start, start, 0, 0, Infinity, Infinity];
    for (;;) {
      const part = sticky(PART, text, at);
      if (part === null) break;
      const small = part[2] === undefined ? 1 : SMALL[part[2]]!;
      if (small >= lastSmall) break;
      coefficient += Number(part[1]!.replace(/,/g, '')) * small;
      lastSmall = small;
      at += part[0].length;
      const big = sticky(BIG_UNIT, text, at);
      if (big !== null && BIG[big[1]!]! < lastBig) {
        total += coefficient * BIG[big[1]!]!;
        [coefficient, lastSmall, lastBig] = [0, Infinity, BIG[big[1]!]!];
        at += big[0].length;
      }
      end = at;
      if (small === 1 && big === null) break;
      const next = sticky(NEXT_DIGIT, text, at);
      if (next === null) break;
      at += next[0].length;
    }
    total += coefficient;
    found.push({ value: total, start, end });
    START.lastIndex = end;
  }
  return found;
}
