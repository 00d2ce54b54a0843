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
