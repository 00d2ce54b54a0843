/**
 * Dates in German, English and Korean text, by meaning: `am 3. Juni` = `on June 3` = `6월 3일`;
 * `3.6.2025` = `2025-06-03` = `2025년 6월 3일`; `Juni 2025` = `2025년 6월`; weekdays on their own. An ordinal
 * without a month (`der 3. Versuch`) is not a date; a year alone is left to the number rule.
 */
import {
  ENGLISH_MONTHS, ENGLISH_MONTHS_ALONE, ENGLISH_WEEKDAYS, GERMAN_MONTHS, GERMAN_MONTHS_ALONE, GERMAN_WEEKDAYS,
  KOREAN_WEEKDAYS, monthPattern,
} from './calendar-words.ts';

export type TextLanguage = 'de' | 'en' | 'ko';

/** Whether dates and numbers of a language can be read: only those with tables here (and in extract-numbers.ts). */
export function hasDateTables(language: string): language is TextLanguage {
  return language === 'de' || language === 'en' || language === 'ko';
}

export interface DateMention {
  start: number;
  end: number;
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  /** The last day of a range or pair (`3. bis 5. Juni`, `June 3 and 4`, `6월 3~5일`). */
  toDay?: number;
  /** Numbers of the mention written in digits (the number rule accounts for them here). */
  digits: number[];
  /** Numbers it names in words (a month name): they may stand for a digit on the other side. */
  words: number[];
}

type Reader = (m: RegExpExecArray) => Omit<DateMention, 'start' | 'end'> | undefined | false;
interface Pattern { regex: RegExp; read: Reader }

const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const DE_MONTH = `(${monthPattern(GERMAN_MONTHS)})`;
const EN_MONTH = `(${monthPattern(ENGLISH_MONTHS)})`;
const YEAR = '(\\d{4})';

/** Capitalised month and weekday names standing alone (`im März`, `am Montag`). */
function alone(months: ReadonlySet<string>, weekdays: Record<string, number>): RegExp {
  const names = [...months, ...Object.keys(weekdays)].map((n) => n[0]!.toUpperCase() + n.slice(1));
  return new RegExp(`(?<![\\p{L}])(${names.join('|')})(?![\\p{L}])`, 'gu');
}

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));
const monthOf = (names: Record<string, number>, word: string) => names[word.toLowerCase().replace(/\.$/, '')];

function ymd(y: string | undefined, m: number | undefined, d: string | undefined, monthInWords: boolean, to?: string): ReturnType<Reader> {
  const year = num(y);
  const day = num(d);
  const toDay = num(to);
  const badDay = (v: number | undefined) => v !== undefined && (v < 1 || v > 31);
  if (m === undefined || m < 1 || m > 12 || badDay(day) || badDay(toDay)) return undefined;
  const digits = [year, monthInWords ? undefined : m, day, toDay].filter((v): v is number => v !== undefined);
  return { year, month: m, day, ...(toDay === undefined ? {} : { toDay }), digits, words: monthInWords ? [m] : [] };
}

const RANGE_DE = '\\s?(?:und|bis|–|-|/)\\s?';
const RANGE_EN = '\\s?(?:and|to|through|–|-)\\s?';
const ORD = '(?:st|nd|rd|th)?';

const iso: Pattern = { regex: new RegExp(`${B}${YEAR}-(\\d{2})-(\\d{2})${E}`, 'gu'), read: (m) => ymd(m[1], num(m[2]), m[3], false) };

const PATTERNS: Record<TextLanguage, Pattern[]> = {
  de: [
    iso,
    { regex: new RegExp(`${B}(\\d{1,2})\\.${RANGE_DE}(\\d{1,2})\\.\\s?${DE_MONTH}(?:\\s+${YEAR})?${E}`, 'giu'), read: (m) => ymd(m[4], monthOf(GERMAN_MONTHS, m[3]!), m[1], true, m[2]) },
    { regex: new RegExp(`${B}(\\d{1,2})\\.\\s?(\\d{1,2})\\.(?:\\s?(\\d{4}|\\d{2}(?!\\d)))?`, 'gu'), read: (m) => ymd(m[3] && m[3].length === 2 ? `20${m[3]}` : m[3], num(m[2]), m[1], false) },
    { regex: new RegExp(`${B}(\\d{1,2})\\.\\s?${DE_MONTH}(?:\\s+${YEAR})?${E}`, 'giu'), read: (m) => ymd(m[3], monthOf(GERMAN_MONTHS, m[2]!), m[1], true) },
    { regex: new RegExp(`${B}${DE_MONTH}\\s+${YEAR}${E}`, 'giu'), read: (m) => ymd(m[2], monthOf(GERMAN_MONTHS, m[1]!), undefined, true) },
    { regex: /(?<![\p{L}])(montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonntags)(?![\p{L}])/gu, read: (m) => weekday(GERMAN_WEEKDAYS, m[1]!.slice(0, -1)) },
    { regex: alone(GERMAN_MONTHS_ALONE, GERMAN_WEEKDAYS), read: (m) => (GERMAN_MONTHS_ALONE.has(m[1]!.toLowerCase()) ? ymd(undefined, GERMAN_MONTHS[m[1]!.toLowerCase()], undefined, true) : weekday(GERMAN_WEEKDAYS, m[1]!.toLowerCase().replace(/s$/, ''))) },
  ],
  en: [
    iso,
    { regex: new RegExp(`${B}${EN_MONTH}\\s+(\\d{1,2})${ORD}${RANGE_EN}(\\d{1,2})${ORD}(?:,?\\s+${YEAR})?${E}`, 'giu'), read: (m) => capital(m[1]!) && ymd(m[4], monthOf(ENGLISH_MONTHS, m[1]!), m[2], true, m[3]) },
    { regex: new RegExp(`${B}(\\d{1,2})${ORD}${RANGE_EN}(\\d{1,2})${ORD}\\s+(?:of\\s+)?${EN_MONTH}(?:,?\\s+${YEAR})?${E}`, 'giu'), read: (m) => capital(m[3]!) && ymd(m[4], monthOf(ENGLISH_MONTHS, m[3]!), m[1], true, m[2]) },
    { regex: new RegExp(`${B}${EN_MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+${YEAR})?${E}`, 'giu'), read: (m) => capital(m[1]!) && ymd(m[3], monthOf(ENGLISH_MONTHS, m[1]!), m[2], true) },
    { regex: new RegExp(`${B}(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH}(?:,?\\s+${YEAR})?${E}`, 'giu'), read: (m) => capital(m[2]!) && ymd(m[3], monthOf(ENGLISH_MONTHS, m[2]!), m[1], true) },
    { regex: new RegExp(`${B}${EN_MONTH}\\s+${YEAR}${E}`, 'giu'), read: (m) => capital(m[1]!) && ymd(m[2], monthOf(ENGLISH_MONTHS, m[1]!), undefined, true) },
    // `in March`, `In May`, `since May`; not `May` after a name (Theresa May) or opening a sentence.
    { regex: /(?<=(?<!\p{L})(?:\p{Ll}+|In|Since|Until|By|From|Early|Late|Last|Next|Through)\s|mid-)(March|May)(?![\p{L}])/gu, read: (m) => ymd(undefined, ENGLISH_MONTHS[m[1]!.toLowerCase()], undefined, true) },
    { regex: alone(ENGLISH_MONTHS_ALONE, ENGLISH_WEEKDAYS), read: (m) => (ENGLISH_MONTHS_ALONE.has(m[1]!.toLowerCase()) ? ymd(undefined, ENGLISH_MONTHS[m[1]!.toLowerCase()], undefined, true) : weekday(ENGLISH_WEEKDAYS, m[1]!.toLowerCase())) },
  ],
  ko: [
    iso,
    { regex: /(?<!\d)(?:(\d{4})년\s?)?(\d{1,2})월\s?(\d{1,2})일?\s?(?:과|와|~|∼|-|–|부터|에서)\s?(\d{1,2})일/gu, read: (m) => ymd(m[1], num(m[2]), m[3], false, m[4]) },
    { regex: /(?<!\d)(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?!\d)/gu, read: (m) => ymd(m[1], num(m[2]), m[3], false) },
    { regex: /(?<!\d)(?:(\d{4})년\s?)?(\d{1,2})월(?:\s?(\d{1,2})일)?/gu, read: (m) => ymd(m[1], num(m[2]), m[3], false) },
    { regex: /([월화수목금토일])요일/gu, read: (m) => weekday(KOREAN_WEEKDAYS, m[1]!) },
  ],
};

const capital = (word: string) => word[0] !== word[0]!.toLowerCase();

function weekday(names: Record<string, number>, word: string): ReturnType<Reader> {
  const day = names[word];
  return day === undefined ? undefined : { weekday: day, digits: [], words: [] };
}

/** Date mentions in text order; each character belongs to at most one (the first, most specific pattern wins). */
export function extractDates(text: string, language: TextLanguage): DateMention[] {
  const taken: Array<[number, number]> = [];
  const found: DateMention[] = [];
  const hasDigit = /\d/.test(text);
  for (const { regex, read } of PATTERNS[language]) {
    if (!hasDigit && regex.source.includes('\\d')) continue;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => s < end && start < e)) continue;
      const mention = read(m);
      if (!mention) continue;
      taken.push([start, end]);
      found.push({ start, end, ...mention });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
