import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../src/check/numbers/extract-numbers.ts';
import { parseKoreanAmounts } from '../../src/check/numbers/korean-amounts.ts';
import { romanValue } from '../../src/check/numbers/number-words.ts';

const firm = (text: string, language: 'de' | 'en' | 'ko') => extractNumbers(text, language).numbers.filter((n) => n.firm).map((n) => n.value);
const soft = (text: string, language: 'de' | 'en' | 'ko') => extractNumbers(text, language).numbers.filter((n) => !n.firm).map((n) => n.value);

describe('numbers by value', () => {
  it.each([
    ['7,25 Prozent', 'de', [7.25]],
    ['12.000 Menschen', 'de', [12000]],
    ['1.234.567,89 Euro', 'de', [1234567.89]],
    ['7 Mrd. Euro', 'de', [7e9]],
    ['1,5 Millionen', 'de', [1.5e6]],
    ['2 Billionen', 'de', [2e12]],
    ['Papst Leo XIV. sprach', 'de', [14]],
    ['7.25 percent of 12,000', 'en', [7.25, 12000]],
    ['7 billion and $5bn', 'en', [7e9, 5e9]],
    ['70억 유로', 'ko', [7e9]],
    ['150만 명', 'ko', [1.5e6]],
    ['3만 5천 유로', 'ko', [35000]],
    ['1조 원', 'ko', [1e12]],
    ['1억 2천만 원', 'ko', [1.2e8]],
    ['2천 명과 12,000명', 'ko', [2000, 12000]],
    ['11개국', 'ko', [11]],
  ] as const)('%s (%s) is %j', (text, language, values) => {
    expect(firm(text, language)).toEqual(values);
  });

  it.each([
    ['dreizehn Staaten', 'de', [13]],
    ['einundzwanzig', 'de', [21]],
    ['die zweite Reise', 'de', [2]],
    ['um 14.30 Uhr', 'de', [14, 2, 26, 30]],
    ['thirteen states, twenty-one', 'en', [13, 21]],
    ['석 달 사이 두 번째', 'ko', [3, 2]],
    ['열세 명', 'ko', [13]],
    ['im März', 'de', [3]],
  ] as const)('words and times only vouch: %s (%s) → %j', (text, language, values) => {
    expect(firm(text, language)).toEqual([]);
    expect(soft(text, language)).toEqual(values);
  });

  it.each([
    ['die G7 und G20', 'de', ['G7', 'G20']],
    ['Su-57s and Boeing 737s', 'en', ['SU-57']],
    ['G7은 회의했다', 'ko', ['G7']],
  ] as const)('names with digits are kept as written: %s', (text, language, names) => {
    expect(extractNumbers(text, language).names.map((n) => n.text)).toEqual(names);
  });

  it.each([
    ['RENEWZ.de und rodong.rep.kp', 'de'],
    ['https://example.com/2025/06/article-7', 'en'],
    ['info2@renewz.de, @user2025', 'en'],
    ['열세에 몰렸다', 'ko'],
    ['Kim Jong Un sprach', 'de'],
    ['I met him', 'en'],
  ] as const)('not a number: %s', (text, language) => {
    expect(firm(text, language)).toEqual([]);
  });

  it('Roman numerals are read only when well formed', () => {
    expect([romanValue('XIV'), romanValue('II'), romanValue('IIX'), romanValue('VV')]).toEqual([14, 2, undefined, undefined]);
  });

  it('a number formatted the German, English and Korean way reads back as the same value', () => {
    const german = (n: number, decimals: number) => n.toLocaleString('de-DE', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    const english = (n: number, decimals: number) => n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.integer({ min: 0, max: 2 }), (whole, decimals) => {
        const value = decimals === 0 ? whole : whole / 10 ** decimals;
        const rounded = Number(value.toFixed(decimals));
        expect(firm(`rund ${german(rounded, decimals)} Euro`, 'de')).toEqual([rounded]);
        expect(firm(`about ${english(rounded, decimals)} euros`, 'en')).toEqual([rounded]);
        expect(firm(`약 ${english(rounded, decimals)}유로`, 'ko')).toEqual([rounded]);
      }),
    );
  });

  it('a whole number written in 조/억/만/천 groups reads back as its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 9 }), (eok, man, cheon) => {
        const text = `${eok}억${man > 0 ? ` ${man}만` : ''}${cheon > 0 ? ` ${cheon}천` : ''} 원`;
        expect(parseKoreanAmounts(text).map((a) => a.value)).toEqual([eok * 1e8 + man * 1e4 + cheon * 1e3]);
      }),
    );
  });
});

describe('words that stand for numbers a translation may write in digits', () => {
  it.each([
    ['eine Million Menschen', 'de', 1e6],
    ['zwei Millionen Menschen', 'de', 2e6],
    ['ein Drittel der Stimmen', 'de', 3],
    ['die Hälfte', 'de', 50],
    ['three billion euros', 'en', 3e9],
    ['a quarter of them', 'en', 25],
  ] as const)('%s vouches for %d', (text, language, value) => {
    expect(extractNumbers(text, language).numbers.some((n) => !n.firm && n.value === value)).toBe(true);
  });
});

describe('more ways a newsroom writes numbers', () => {
  it.each([
    ['10 000 Menschen', 'de', [10000]],
    ['10\u202f000 Menschen', 'de', [10000]],
    ['5 Mio Euro', 'de', [5e6]],
    ['7,5 Mrd Euro', 'de', [7.5e9]],
    ['$5m and €1.5m', 'en', [5e6, 1.5e6]],
    ['a 5m wall', 'en', [5]],
    ['1천만 원과 3조 5천억 원', 'ko', [1e7, 3.5e12]],
    ['10여 명', 'ko', [10]],
    ['제2차 세계대전', 'ko', [2]],
  ] as const)('%s (%s) is %j', (text, language, values) => {
    expect(firm(text, language)).toEqual(values);
  });

  it('anderthalb Millionen vouches for 1.5 million', () => {
    expect(soft('anderthalb Millionen', 'de')).toContain(1.5e6);
  });
});

describe('Korean news style', () => {
  it.each([
    ['최소 1천200명', [1200]],
    ['3천500유로', [3500]],
    ['1억 2천만 원', [1.2e8]],
    ['3만 5천 명', [35000]],
    ['5천억 원', [5e11]],
    ['1천200만 명', [1.2e7]],
  ] as const)('%s is %j', (text, values) => {
    expect(firm(text, 'ko')).toEqual(values);
  });

  it('1인당 (per person) is not a count', () => {
    expect(firm('1인당 3천500유로', 'ko')).toEqual([3500]);
  });
});
