/**
 * A report as pieces of whole lines, about PIECE characters each, to be written one after another: a report of
 * 40,000 findings is some 10 MB of text, and built as one string (from an array of its lines) it was held two or
 * three times over at the end of a check. A piece always ends at a line's end, so no line is split between writes.
 */
const PIECE = 1 << 16;

export function* inPieces(lines: Iterable<string>): Generator<string> {
  let piece = '';
  for (const line of lines) {
    piece += `${line}\n`;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}

/** The pieces as one string, for callers that want the whole report. */
export function joined(pieces: Iterable<string>): string {
  let text = '';
  for (const piece of pieces) text += piece;
  return text;
}
