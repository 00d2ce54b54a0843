/** Month and weekday names of German, English and Korean, with their numbers (month 1–12, Monday = 1). */
import { GERMAN_MONTH_WORDS } from '../../segment/index.ts';

export const GERMAN_MONTHS: Record<string, number> = Object.fromEntries(
  GERMAN_MONTH_WORDS.flatMap((month, index) => [...month.names, ...month.abbreviations].map((word) => [word, index + 1])),
);

export const ENGLISH_MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7,
  jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10, november: 11, nov: 11,
  december: 12, dec: 12,
};

export const GERMAN_WEEKDAYS: Record<string, number> = {
  montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7,
};

export const ENGLISH_WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

export const KOREAN_WEEKDAYS: Record<string, number> = { 월: 1, 화: 2, 수: 3, 목: 4, 금: 5, 토: 6, 일: 7 };

/**
 * English month words that are also ordinary words (`may`, `march`) or abbreviations count only next to a
 * number; the full unambiguous names stand alone.
 */
export const ENGLISH_MONTHS_ALONE = new Set([
  'january', 'february', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);
export const GERMAN_MONTHS_ALONE = new Set(GERMAN_MONTH_WORDS.flatMap((month) => month.names));

export const monthPattern = (names: Record<string, number>): string =>
  Object.keys(names)
    .sort((a, b) => b.length - a.length)
    .map((name) => (name.length <= 4 && !['mai', 'may', 'juni', 'juli', 'june', 'july', 'märz'].includes(name) ? `${name}\\.?` : name))
    .join('|');
