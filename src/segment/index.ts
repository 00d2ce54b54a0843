/**
 * German sentence segmentation in one pass over the text's code units. The rules are in README.md beside this file.
 */
import { isLineBreak, isPlainOrSpace, isTerminator, isWhitespace } from './chars.ts';
import { clusterEnd, sentenceEnd, type Judge } from './boundary.ts';
import { EnclosureTracker } from './enclosures.ts';

export interface Span { start: number; end: number }

export interface SegmentOptions {
  /** Abbreviations learned from the sources (`abbreviationSet(learnAbbreviations(texts))`): lower case, no full stop. */
  abbreviations?: ReadonlySet<string>;
  /** Told every decision at a terminator, with its reason: what `dolmetsch segment --explain` prints. */
  explain?: (decision: BoundaryDecision) => void;
}

export interface BoundaryDecision {
  /** The terminator cluster [at, end). */
  at: number;
  end: number;
  /** Where the segment ends, or -1 when the cluster does not end it. */
  boundary: number;
  reason: string;
}

/**
 * The sentences of `text`, in order: `text.slice(start, end)` is one trimmed, non-empty sentence, the spans do not
 * overlap, and everything outside them is whitespace.
 */
export function segmentSpans(text: string, options: SegmentOptions = {}): Span[] {
  const judge: Judge = { learned: options.abbreviations, reason: '', token: '' };
  const explain = options.explain;
  const spans: Span[] = [];
  const quotes = new EnclosureTracker(text);
  let segmentStart = -1;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      if (isLineBreak(c) && segmentStart >= 0) {
        spans.push({ start: segmentStart, end: trimEnd(text, segmentStart, i) });
        segmentStart = -1;
        quotes.reset();
      }
      i++;
      continue;
    }
    if (segmentStart < 0) segmentStart = i;
    if (isTerminator(c)) {
      const end = clusterEnd(text, i);
      const inside = quotes.keepsOpen(end);
      let boundary = inside ? -1 : sentenceEnd(text, i, end, segmentStart, judge);
      if (explain) explain({ at: i, end, boundary, reason: inside ? 'inside a quotation or bracket closed later on the line' : judge.token ? `${judge.token}: ${judge.reason}` : judge.reason });
      if (boundary >= 0 && boundary <= i) {
        // A rank that opens the next entry of a results list: the boundary goes before it.
        const before = trimEnd(text, segmentStart, boundary);
        if (before > segmentStart) spans.push({ start: segmentStart, end: before });
        segmentStart = boundary;
        i = end;
        continue;
      }
      if (boundary >= 0) {
        spans.push({ start: segmentStart, end: boundary });
        segmentStart = -1;
      }
      i = boundary >= 0 ? boundary : end;
      continue;
    }
    if (EnclosureTracker.isMark(c)) quotes.visit(i);
    i++;
    // Inside a segment, letters, digits and plain spaces change nothing: step over them in a tight loop.
    while (i < text.length && isPlainOrSpace(text.charCodeAt(i))) i++;
  }
  if (segmentStart >= 0) spans.push({ start: segmentStart, end: trimEnd(text, segmentStart, text.length) });
  return spans;
}

/** End of the segment [start, end) without its trailing whitespace. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end;
}

export function segment(text: string, options?: SegmentOptions): string[] {
  return segmentSpans(text, options).map((span) => text.slice(span.start, span.end));
}

export { AbbreviationLearner, abbreviationSet, learnAbbreviations, type AbbreviationStats, type LearnedAbbreviation, type TokenCounts } from './learn-abbreviations.ts';
export { GERMAN_MONTH_WORDS } from './lexicon.ts';
