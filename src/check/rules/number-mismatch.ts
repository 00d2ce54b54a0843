/**
 * Numbers compared by value between the German and its translation (see ../numbers/extract-numbers.ts):
 * a number of the German missing from the target, or one in the target the German does not have (changed
 * or added). Names with digits (`G7`, `Su-57`) must appear as written. Stale segments are skipped.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { hasDateTables } from '../dates/extract-dates.ts';
import { extractNumbers, type NumberMention } from '../numbers/extract-numbers.ts';
import type { CheckRule, SegmentView } from '../types.ts';
import { finding, languageName } from './finding.ts';

const ID = 'number-mismatch';

export const numberMismatch: CheckRule = {
  id: ID,
  severity: 'error',
  summary: 'A number of the German is missing or changed in the target, or the target adds one (compared by value: 7,25 = 7.25, 7 Mrd. = 70억).',
  // A language without number tables is left out, and check's last line says so: a guess would cry wolf.
  run: ({ segments }) => segments.filter((s) => s.hasTarget && s.entry.status !== 'stale' && hasDateTables(s.language)).flatMap(compare),
};

const FIRM_SIGN = /\d|(?<!\p{L})[IVXLC]{2,}(?!\p{L})/u;
const SPELLED_SIGN = /(?:zwei|drei|vier|fünf|sechs|sieb|acht|neun|zehn|elf|zwölf|zig|ßig)/iu;
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const has = (mentions: readonly NumberMention[], value: number) => mentions.some((m) => same(m.value, value));
const show = (value: number) => String(Number(value.toPrecision(12)));

function compare(segment: SegmentView): Diagnostic[] {
  // Without digits or a Roman numeral on either side there is nothing firm to compare.
  const spelledOnly = segment.language === 'en' && SPELLED_SIGN.test(segment.sourcePlain);
  if (!spelledOnly && !FIRM_SIGN.test(segment.sourcePlain) && !FIRM_SIGN.test(segment.targetPlain)) return [];
  const source = segment.sourceNumbers;
  const target = extractNumbers(segment.targetPlain, segment.language as 'en' | 'ko');
  const language = languageName(segment.language);
  const found: Diagnostic[] = [];
  // A written-out German cardinal must be in an English target too (as a word or in digits): `drei Monate` ≠ `four months`.
  const required = (n: NumberMention) => n.firm || (n.spelled === true && segment.language === 'en');
  const missing = unique(source.numbers.filter((n) => required(n) && !has(target.numbers, n.value)));
  const added = unique(target.numbers.filter((n) => n.firm && !has(source.numbers, n.value)));
  for (const n of missing) {
    found.push(finding(segment, {
      ruleId: ID, severity: 'error',
      message: `the German has the number ${quoteSpan(segment.sourcePlain, n)} (= ${show(n.value)}), which the ${language} target does not have${added.length > 0 ? ` (it has ${added.map((a) => quoteSpan(segment.targetPlain, a)).join(', ')} instead)` : ''}`,
      hint: `write ${show(n.value)} in the target in ${language} style, or correct the number that differs`,
    }));
  }
  for (const n of added) {
    found.push(finding(segment, {
      ruleId: ID, severity: 'error',
      message: `the ${language} target has the number ${quoteSpan(segment.targetPlain, n)} (= ${show(n.value)}), which the German does not have`,
      hint: 'make the number say what the German says, or remove it',
      span: { start: n.start, end: n.end },
    }));
  }
  const targetNames = new Set(target.names.map((n) => n.text));
  for (const name of source.names) {
    if (targetNames.has(name.text) || koreanSpelling(segment, name.text)) continue;
    found.push(finding(segment, {
      ruleId: ID, severity: 'error',
      message: `the German has the name ${JSON.stringify(segment.sourcePlain.slice(name.start, name.end))}, which the ${language} target does not have as written`,
      hint: 'keep names with digits (G7, Su-57) exactly as the German writes them',
    }));
  }
  return found;
}

function unique(mentions: NumberMention[]): NumberMention[] {
  return mentions.filter((m, i) => mentions.findIndex((o) => same(o.value, m.value)) === i);
}

function quoteSpan(text: string, n: NumberMention): string {
  return JSON.stringify(text.slice(n.start, n.end).trim());
}

/** Korean may spell the letters and keep the digits (`COVID-19` = `코로나19`, `Su-57` = `수호이-57`). */
function koreanSpelling(segment: SegmentView, name: string): boolean {
  if (segment.language !== 'ko') return false;
  const digits = /\d+[A-Z\d]*$/.exec(name)?.[0];
  return digits !== undefined && new RegExp(`[\\p{Script=Hangul}]-?${digits}(?![\\dA-Za-z])`, 'u').test(segment.targetPlain);
}
