// PLACEHOLDER until the German segmenter lands: splits after . ! ? followed by whitespace.
export interface Span { start: number; end: number }

export function segmentSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^.!?\n]*(?:[.!?]+|$)/g;
  for (const m of text.matchAll(re)) {
    if (!m[0].trim()) continue;
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead;
    spans.push({ start, end: start + m[0].trim().length });
  }
  return spans;
}

export function segment(text: string): string[] {
  return segmentSpans(text).map((s) => text.slice(s.start, s.end));
}
