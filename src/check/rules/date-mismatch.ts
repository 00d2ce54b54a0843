/**
 * Dates compared by meaning between the German and its translation (see ../dates/extract-dates.ts): each
 * date of the German needs one in the target with the same day, month and year where both say them, and
 * the other way round; weekdays must be the same. Stale segments are skipped.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { extractDates, hasDateTables, type DateMention } from '../dates/extract-dates.ts';
import type { CheckRule, SegmentView } from '../types.ts';
import { finding, languageName } from './finding.ts';

const ID = 'date-mismatch';
const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const dateMismatch: CheckRule = {
  id: ID,
  severity: 'error',
  summary: 'A date or weekday of the German is missing or different in the target (by meaning: am 3. Juni = June 3 = 6월 3일).',
  run: ({ segments }) => segments.filter((s) => s.hasTarget && s.entry.status !== 'stale' && hasDateTables(s.language)).flatMap(compare),
};

function agrees(a: DateMention, b: DateMention): boolean {
  const field = (x?: number, y?: number) => x === undefined || y === undefined || x === y;
  return a.month === b.month && field(a.year, b.year) && a.day === b.day && a.toDay === b.toDay;
}

export function describeDate(d: DateMention): string {
  if (d.weekday !== undefined) return WEEKDAYS[d.weekday]!;
  const date = [d.year, d.month, d.day].map((v) => (v === undefined ? '…' : String(v).padStart(2, '0'))).join('-');
  return d.toDay === undefined ? date : `${date} to day ${d.toDay}`;
}

function compare(segment: SegmentView): Diagnostic[] {
  const source = segment.sourceDates;
  const target = extractDates(segment.targetPlain, segment.language as 'en' | 'ko');
  if (source.length === 0 && target.length === 0) return [];
  const language = languageName(segment.language);
  const found: Diagnostic[] = [];
  const [sourceDates, targetDates] = [source.filter((d) => d.month !== undefined), target.filter((d) => d.month !== undefined)];
  for (const d of sourceDates.filter((s) => !targetDates.some((t) => agrees(s, t)))) {
    found.push(finding(segment, {
      ruleId: ID, severity: 'error',
      message: `the German has the date ${JSON.stringify(segment.sourcePlain.slice(d.start, d.end))} (${describeDate(d)}), which the ${language} target does not have`,
      hint: `write the same day, month and year in ${language} style`,
    }));
  }
  for (const d of targetDates.filter((t) => !sourceDates.some((s) => agrees(s, t)))) {
    found.push(finding(segment, {
      ruleId: ID, severity: 'error',
      message: `the ${language} target has the date ${JSON.stringify(segment.targetPlain.slice(d.start, d.end))} (${describeDate(d)}), which the German does not have`,
      hint: 'make the date say what the German says',
      span: { start: d.start, end: d.end },
    }));
  }
  const weekdays = (ds: readonly DateMention[]) => [...new Set(ds.flatMap((d) => (d.weekday === undefined ? [] : [d.weekday])))].sort();
  const [sw, tw] = [weekdays(source), weekdays(target)];
  if (sw.join() !== tw.join()) {
    found.push(finding(segment, {
      ruleId: ID, severity: 'error',
      message: `the German names ${sw.map((w) => WEEKDAYS[w]).join(', ') || 'no weekday'}, the ${language} target ${tw.map((w) => WEEKDAYS[w]).join(', ') || 'none'}`,
      hint: 'name the same weekday as the German',
    }));
  }
  return found;
}
