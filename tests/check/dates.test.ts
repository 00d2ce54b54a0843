import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/check/dates/extract-dates.ts';

const read = (text: string, language: 'de' | 'en' | 'ko') =>
  extractDates(text, language).map(({ year, month, day, weekday }) => ({ year, month, day, weekday }));
const date = (year: number | undefined, month: number | undefined, day?: number) => ({ year, month, day, weekday: undefined });
const weekday = (n: number) => ({ year: undefined, month: undefined, day: undefined, weekday: n });

describe('dates by meaning', () => {
  it.each([
    ['am 3. Juni', 'de', [date(undefined, 6, 3)]],
    ['am 3. Juni 2025', 'de', [date(2025, 6, 3)]],
    ['am 3.6.2025', 'de', [date(2025, 6, 3)]],
    ['am 03.06.25', 'de', [date(2025, 6, 3)]],
    ['am 2025-06-03', 'de', [date(2025, 6, 3)]],
    ['seit Juni 2025', 'de', [date(2025, 6)]],
    ['im März', 'de', [date(undefined, 3)]],
    // Austrian month names, as the segmenter knows them (one list: src/segment/lexicon.ts).
    ['am 3. Feber 2025', 'de', [date(2025, 2, 3)]],
    ['im Feber', 'de', [date(undefined, 2)]],
    ['am 13. Jänner', 'de', [date(undefined, 1, 13)]],
    ['am 13. Jän. 2006', 'de', [date(2006, 1, 13)]],
    ['am 1. Febr. 2006', 'de', [date(2006, 2, 1)]],
    ['am Montag und sonntags', 'de', [weekday(1), weekday(7)]],
    ['on June 3', 'en', [date(undefined, 6, 3)]],
    ['on 3 June 2025', 'en', [date(2025, 6, 3)]],
    ['on June 3rd, 2025', 'en', [date(2025, 6, 3)]],
    ['on the 3rd of June', 'en', [date(undefined, 6, 3)]],
    ['since June 2025', 'en', [date(2025, 6)]],
    ['in March, on Monday', 'en', [date(undefined, 3), weekday(1)]],
    ['6월 3일', 'ko', [date(undefined, 6, 3)]],
    ['2025년 6월 3일', 'ko', [date(2025, 6, 3)]],
    ['2025년 6월', 'ko', [date(2025, 6)]],
    ['2025. 6. 3.', 'ko', [date(2025, 6, 3)]],
    ['월요일', 'ko', [weekday(1)]],
  ] as const)('%s (%s)', (text, language, expected) => {
    expect(read(text, language)).toEqual(expected);
  });

  it.each([
    ['der 3. Versuch', 'de'],
    ['die 2. Liga am 3.', 'de'],
    ['May I ask, said Theresa May.', 'en'],
    ['troops march on', 'en'],
    ['3일간 머물렀다', 'ko'],
    ['2025년에', 'ko'],
  ] as const)('not a date: %s (%s)', (text, language) => {
    expect(read(text, language)).toEqual([]);
  });
});

describe('round trip', () => {
  const DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
  const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  it('a date written the German, English and Korean ways reads back as the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (year, month, day) => {
        const pad = (n: number) => String(n).padStart(2, '0');
        const expected = [{ year, month, day, weekday: undefined }];
        for (const [text, language] of [
          [`am ${day}. ${DE[month - 1]} ${year}`, 'de'],
          [`am ${day}.${month}.${year}`, 'de'],
          [`am ${pad(day)}.${pad(month)}.${year}`, 'de'],
          [`am ${year}-${pad(month)}-${pad(day)}`, 'de'],
          [`on ${EN[month - 1]} ${day}, ${year}`, 'en'],
          [`on ${day} ${EN[month - 1]} ${year}`, 'en'],
          [`${year}년 ${month}월 ${day}일`, 'ko'],
          [`${year}. ${month}. ${day}.`, 'ko'],
        ] as const) {
          expect(read(text, language), text).toEqual(expected);
        }
      }),
    );
  });
});
