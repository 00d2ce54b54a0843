/**
 * German sentence segmentation in one pass over the text's code units. The rules are in README.md beside this file.
 */
import { isLineBreak, isTerminator, isWhitespace } from './chars.ts';
import { clusterEnd, sentenceEnd } from './boundary.ts';
import { QuoteTracker } from './quotes.ts';

export interface Span { start: number; end: number }

/**
 * The sentences of `text`, in order: `text.slice(start, end)` is one trimmed, non-empty sentence, the spans do not
 * overlap, and everything outside them is whitespace.
 */
export function segmentSpans(text: string): Span[] {
  const spans: Span[] = [];
  const quotes = new QuoteTracker(text);
  let segmentStart = -1;
  let contentEnd = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      if (isLineBreak(c)) {
        if (segmentStart >= 0) spans.push({ start: segmentStart, end: contentEnd });
        segmentStart = -1;
        quotes.reset();
      }
      i++;
      continue;
    }
    if (segmentStart < 0) segmentStart = i;
    if (isTerminator(c)) {
      const end = clusterEnd(text, i);
      const boundary = quotes.keepsOpen(end) ? -1 : sentenceEnd(text, i, end, segmentStart);
      if (boundary >= 0) {
        spans.push({ start: segmentStart, end: boundary });
        segmentStart = -1;
        i = boundary;
      } else {
        contentEnd = end;
        i = end;
      }
      continue;
    }
    if (QuoteTracker.isQuoteMark(c)) quotes.visit(i);
    contentEnd = ++i;
  }
  if (segmentStart >= 0) spans.push({ start: segmentStart, end: contentEnd });
  return spans;
}

export function segment(text: string): string[] {
  return segmentSpans(text).map((span) => text.slice(span.start, span.end));
}
