/**
 * German sentence segmentation in one pass over the text's code units. The rules are in README.md beside this file.
 */
import { isLineBreak, isPlainOrSpace, isTerminator, isWhitespace } from './chars.ts';
import { clusterEnd, sentenceEnd } from './boundary.ts';
import { EnclosureTracker } from './enclosures.ts';

export interface Span { start: number; end: number }

/**
 * The sentences of `text`, in order: `text.slice(start, end)` is one trimmed, non-empty sentence, the spans do not
 * overlap, and everything outside them is whitespace.
 */
export function segmentSpans(text: string): Span[] {
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
      const boundary = quotes.keepsOpen(end) ? -1 : sentenceEnd(text, i, end, segmentStart);
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

export function segment(text: string): string[] {
  return segmentSpans(text).map((span) => text.slice(span.start, span.end));
}
