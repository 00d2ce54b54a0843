/**
 * Quotation marks in a target (English, Korean, or any language by its own marks, core/languages.ts): German marks left in (`„…“`, `‚…‘`, `»…«`), marks that do
 * not pair up where the German's do, and (a warning) a quotation of the German the target has dropped.
 * Apostrophes are not quotation marks (see ../quotes/quotation-marks.ts).
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { languageProfile } from '../../core/languages.ts';
import type { TargetLanguage } from '../../core/translation.ts';
import { germanMarks, quoteBalance, withTargetQuotes, type QuoteBalance } from '../quotes/quotation-marks.ts';
import type { CheckRule, SegmentView } from '../types.ts';
import { finding, languageName } from './finding.ts';

const ID = 'quote-style';

export const quoteStyle: CheckRule = {
  id: ID,
  severity: 'error',
  summary: 'German quotation marks („…“ ‚…‘ »…«) left in an English or Korean target, quotation marks that do not pair up, or (warning) a quotation dropped.',
  run: ({ segments }) => segments.filter((s) => s.hasTarget && s.entry.status !== 'stale').flatMap(judge),
};

const total = (b: QuoteBalance) => b.pairs + b.open + b.strayClosings;

function judge(segment: SegmentView): Diagnostic[] {
  const target = segment.targetPlain;
  const language = languageName(segment.language);
  const german = germanMarks(target, segment.language);
  if (german.length > 0) {
    const fixed = withTargetQuotes(target, segment.language);
    return german.map(({ mark, start }) =>
      finding(segment, {
        ruleId: ID,
        severity: 'error',
        message: `the German quotation mark "${mark}" is left in the ${language} target`,
        hint: `write ${marksToWrite(segment.language)}${fixed ? '; dolmetsch check --fix does it' : ''}`,
        span: { start, end: start + mark.length },
      }),
    );
  }
  if (!/["“”‘’„‚»«「」『』]/.test(segment.sourcePlain + target)) return [];
  const source = quoteBalance(segment.sourcePlain, 'de');
  const translated = quoteBalance(target, segment.language);
  if (translated.open !== source.open || translated.strayClosings !== source.strayClosings) {
    return [finding(segment, {
      ruleId: ID,
      severity: 'error',
      message: `the quotation marks of the ${language} target do not pair up (${describe(translated)}; the German: ${describe(source)})`,
      hint: 'open and close every quotation the way the German does',
    })];
  }
  if (total(translated) < total(quoteBalance(withoutQuotedTitles(segment.sourcePlain), 'de'))) {
    return [finding(segment, {
      ruleId: ID,
      severity: 'warning',
      message: `the German quotes ${total(source)} time(s), the ${language} target ${total(translated)}: a quotation was dropped`,
      hint: 'keep the quotation marks of the German, or suppress this if the quotation is rightly rendered otherwise',
    })];
  }
  return [];
}

function marksToWrite(language: TargetLanguage): string {
  if (language === 'ko') return '“…” (or ‘…’ inside)';
  const [outer, inner] = languageProfile(language).quotes;
  return `${outer![0]}…${outer![1]}${inner ? ` (${inner[0]}…${inner[1]} inside)` : ''}`;
}

function describe(b: QuoteBalance): string {
  return `${b.pairs} closed, ${b.open} left open, ${b.strayClosings} closing without opening`;
}

/**
 * German puts the names of papers, books and operations in quotation marks („New York Times“); English and
 * Korean often do not. A quotation of two to five capitalised words is a title, not a quotation to keep (one
 * capitalised word is a German noun in quotation marks: „Verrat“).
 */
function withoutQuotedTitles(german: string): string {
  return german.replace(/[„»“]((?:\p{Lu}[\p{L}\d.’'-]*\s?){2,5})[“«”]/gu, '$1');
}
