/**
 * Korean amounts grouped by 만 (10⁴), 억 (10⁸) and 조 (10¹²), with 천/백/십 inside a group:
 * `70억` = 7·10⁹, `150만` = 1.5·10⁶, `3만 5천` = 35,000, `1억 2천만` = 120,000,000, `2천` = 2,000.
 */
const BIG: Record<string, number> = { 만: 1e4, 억: 1e8, 조: 1e12 };
const SMALL: Record<string, number> = { 천: 1e3, 백: 1e2, 십: 10 };
const GROUP = /(\d[\d,]*(?:\.\d+)?)\s?([천백십])?\s?([만억조])?/uy;
const START = /(?<![\d.,])\d[\d,]*(?:\.\d+)?\s?(?:[천백십]\s?)?[만억조천백]/gu;

export interface KoreanAmount {
  value: number;
  start: number;
  end: number;
}

export function parseKoreanAmounts(text: string): KoreanAmount[] {
  const found: KoreanAmount[] = [];
  START.lastIndex = 0;
  for (let m = START.exec(text); m !== null; m = START.exec(text)) {
    const start = m.index;
    let at = start;
    let total = 0;
    let lastBig = Infinity;
    for (;;) {
      GROUP.lastIndex = at;
      const g = GROUP.exec(text);
      if (g === null || (g[2] === undefined && g[3] === undefined && at !== start && /\p{L}/u.test(text[at + g[0].length] ?? ''))) break;
      const big = g[3] === undefined ? 1 : BIG[g[3]]!;
      if (big >= lastBig || (g[2] === undefined && g[3] === undefined && at === start)) break;
      total += Number(g[1]!.replace(/,/g, '')) * (g[2] === undefined ? 1 : SMALL[g[2]]!) * big;
      lastBig = big;
      at += g[0].length;
      const space = /^\s?(?=\d)/u.exec(text.slice(at));
      if (big === 1 || space === null) break;
      at += space[0].length;
    }
    if (at === start) continue;
    const end = text.slice(start, at).trimEnd().length + start;
    found.push({ value: total, start, end });
    START.lastIndex = end;
  }
  return found;
}
