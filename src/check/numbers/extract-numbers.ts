/**
 * Numbers in German, English or Korean text, by value: `7,25` = `7.25`; `12.000` = `12,000`; `7 Mrd.` =
 * `7 billion` = `70억`; `3만 5천` = 35000. Digits are firm: the other side must have the value. Words
 * (`dreizehn`, `third`, `석 달`), month names and clock times only vouch for a value the other side writes
 * in digits; so do the parts of dates, which the date rule compares. Names with digits (`G7`, `Su-57`) are kept apart and compared as written. Web addresses,
 * e-mail addresses and handles are not numbers.
 */
import { extractDates, type TextLanguage } from '../dates/extract-dates.ts';
import { englishWordValues, germanWordValues, isGermanCardinal, KOREAN_NATIVE_NUMBER, koreanNativeValue, romanValue } from './number-words.ts';
import { parseKoreanAmounts } from './korean-amounts.ts';
import { blank, LINK_PATTERN, MAY_HOLD_LINK } from '../links/link-pattern.ts';

export interface NumberMention {
  value: number;
  start: number;
  end: number;
  /** Written in digits (or a Roman numeral after a name): the other side must have it. */
  firm: boolean;
  /** A German cardinal written out (`dreizehn`): an English target must have it too (its number words are unambiguous). */
  spelled?: boolean;
}

export interface NumbersInText {
  numbers: NumberMention[];
  /** Names with digits (`G7`, `SU-57`), upper-cased, hyphens kept. */
  names: Array<{ text: string; start: number; end: number }>;
}

// Latin letters only around it: a Korean particle may follow directly (`G7은`), an English plural (`Su-57s`).
const NAME_WITH_DIGITS = /(?<![A-Za-z\d])(\p{Lu}\p{L}*[-‑]?\d+[\p{Lu}\d]*)(?:s|['’]s)?(?![A-Za-z\d])/gu;
const TIME: Record<TextLanguage, RegExp> = {
  de: /(?<!\d)(\d{1,2})(?:[.:](\d{2}))?\s?Uhr(?!\p{L})|(?<![\d.,])(\d{1,2}):(\d{2})(?![\d])/gu,
  en: /(?<![\d.,])(\d{1,2})(?::|\.)?(\d{2})?\s?(?:a\.m\.|p\.m\.|am|pm|o'clock)(?!\p{L})|(?<![\d.,])(\d{1,2}):(\d{2})(?!\d)/gu,
  ko: /(?<![\d.,])(\d{1,2})시(?:\s?(\d{1,2})분)?|(?<![\d.,])(\d{1,2}):(\d{2})(?!\d)/gu,
};
const SCALE: Record<TextLanguage, Array<[RegExp, number]>> = {
  de: [[/^\s?(?:Tsd\.?|Tausend)(?!\p{Ll})/u, 1e3], [/^\s?(?:Mio\.?|Millionen|Million)(?!\p{Ll})/u, 1e6], [/^\s?(?:Mrd\.?|Milliarden|Milliarde)(?!\p{Ll})/u, 1e9], [/^\s?(?:Billionen|Billion)/u, 1e12]],
  en: [[/^\s?(?:thousand|k\b)/u, 1e3], [/^\s?(?:million|mn\b)/u, 1e6], [/^\s?(?:billion|bn\b)/u, 1e9], [/^\s?(?:trillion|tn\b)/u, 1e12]],
  ko: [],
};
// Thousands may also be grouped by a (narrow, no-break) space: `10 000`, `10 000`.
const GERMAN_DIGITS = /(?<![\p{L}\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]\d)(?:,\d+)?|\d+(?:,\d+)?(?!\.\d{3})(?:\.\d{1,2}(?!\d))?)(?![\d])/gu;
// Korean writes ordinals as 제2차, 제1회: after 제 a digit starts a number.
const ENGLISH_DIGITS = /(?:(?<=제)|(?<![\p{L}\d.,]))(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f]\d{3})+(?![\d.,]\d)(?:\.\d+)?|\d+(?:\.\d+)?(?:,\d{1,2}(?!\d))?)(?![\d])/gu;
/** Words that may be numbers (the tables decide): a cheap filter before the lookups. */
const WORD: Record<'de' | 'en', RegExp> = {
  de: /(?<!\p{L})(?:anderthalb|eineinhalb|zwei|drei|vier|fünf|sechs|sieb|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|ein\p{L}*und|erst|hälfte|halb|drittel|viertel|dutzend|hundert|tausend|million|milliard|billion)\p{L}*/giu,
  en: /(?<!\p{L})(?:both|pair|couple|twice|double|twin|triple|thrice|fortnight|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thir|fif|twen|for|first|second|third|half|quarter|dozen|hundred|thousand|million|billion|trillion)[\p{L}]*(?:-[\p{L}]+)?/giu,
};
const ROMAN_AFTER_NAME = /(?<=\p{Lu}\p{Ll}+\s)([IVXLC]{2,})(?![\p{L}\d])/gu;

export function extractNumbers(original: string, language: TextLanguage): NumbersInText {
  let text = MAY_HOLD_LINK.test(original) ? blank(original, LINK_PATTERN) : original;
  const numbers: NumberMention[] = [];
  const names: NumbersInText['names'] = [];
  for (const m of text.matchAll(NAME_WITH_DIGITS)) names.push({ text: m[1]!.toUpperCase().replace('‑', '-'), start: m.index, end: m.index + m[0].length });
  text = blank(text, NAME_WITH_DIGITS);
  for (const date of extractDates(text, language)) {
    // Dates are compared by the date rule; here their parts only vouch for numbers on the other side.
    for (const value of [...date.digits, ...date.words]) numbers.push({ value, start: date.start, end: date.end, firm: false });
    text = text.slice(0, date.start) + ' '.repeat(date.end - date.start) + text.slice(date.end);
  }
  for (const m of text.matchAll(TIME[language])) {
    const hour = Number(m[1] ?? m[3]);
    const minutes = m[2] ?? m[4];
    const values = [hour, hour % 12, hour + 12, ...(hour === 12 || hour === 0 ? [12, 0] : []), ...(minutes ? [Number(minutes)] : [])];
    for (const value of values) numbers.push({ value, start: m.index, end: m.index + m[0].length, firm: false });
  }
  text = blank(text, TIME[language]);
  if (language === 'ko') {
    // `1인당` is `pro Kopf`, not a count of one.
    for (const m of text.matchAll(/1인당/gu)) numbers.push({ value: 1, start: m.index, end: m.index + 3, firm: false });
    text = blank(text, /1인당/gu);
    if (/\d\s?[천백십만억조]/.test(text)) {
      for (const amount of parseKoreanAmounts(text)) {
        numbers.push({ ...amount, firm: true });
        text = text.slice(0, amount.start) + ' '.repeat(amount.end - amount.start) + text.slice(amount.end);
      }
    }
  }
  for (const m of text.matchAll(language === 'de' ? GERMAN_DIGITS : ENGLISH_DIGITS)) {
    const written = m[1]!;
    const value = language === 'de' ? germanValue(written) : englishValue(written);
    const after = text.slice(m.index + written.length, m.index + written.length + 14);
    // `$5m`, `€1.5m`: m is a million only after a currency sign (5m is also five metres).
    const currencyM = language === 'en' && /[$€£]\s?$/.test(text.slice(Math.max(0, m.index - 2), m.index)) ? /^m\b/.exec(after) : null;
    const scale = currencyM
      ? ([currencyM, 1e6] as const)
      : SCALE[language].map(([pattern, factor]) => [pattern.exec(after), factor] as const).find(([found]) => found !== null);
    const end = m.index + written.length + (scale ? scale[0]![0].length : 0);
    numbers.push({ value: scale ? value * scale[1] : value, start: m.index, end, firm: true });
  }
  for (const m of text.matchAll(ROMAN_AFTER_NAME)) {
    const value = romanValue(m[1]!);
    if (value !== undefined) numbers.push({ value, start: m.index, end: m.index + m[0].length, firm: true });
  }
  if (language === 'ko') {
    for (const m of text.matchAll(KOREAN_NATIVE_NUMBER)) {
      const value = koreanNativeValue(m[1]!);
      if (value !== undefined) numbers.push({ value, start: m.index, end: m.index + m[0].length, firm: false });
    }
  } else {
    const wordValues = language === 'de' ? germanWordValues : englishWordValues;
    let previous: number[] = [];
    for (const m of text.matchAll(WORD[language])) {
      const values = wordValues(m[0]);
      // `zwei Millionen`, `three billion`: the product too.
      const products = values.length === 1 && values[0]! >= 100 ? previous.map((p) => p * values[0]!) : [];
      const spelled = language === 'de' && isGermanCardinal(m[0]) && !/^\s?(?:Mio|Mrd|Million|Milliard|Billion|Tausend|Hundert|Dutzend)/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
      for (const value of [...values, ...products]) numbers.push({ value, start: m.index, end: m.index + m[0].length, firm: false, ...(spelled ? { spelled } : {}) });
      previous = values;
    }
  }
  return { numbers: numbers.sort((a, b) => a.start - b.start), names };
}

/** German: point groups thousands, comma marks decimals; `3.5` (a point before one or two digits) is a decimal. */
export function germanValue(written: string): number {
  written = written.replace(/[ \u00a0\u202f]/g, '');
  if (/^\d+\.\d{1,2}$/.test(written)) return Number(written);
  return Number(written.replace(/\./g, '').replace(',', '.'));
}

/** English and Korean: comma groups thousands, point marks decimals; `7,25` (German style left in) is 7.25. */
export function englishValue(written: string): number {
  written = written.replace(/[ \u00a0\u202f]/g, '');
  if (/^\d+,\d{1,2}$/.test(written)) return Number(written.replace(',', '.'));
  return Number(written.replace(/,/g, ''));
}
