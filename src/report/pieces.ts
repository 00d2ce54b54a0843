/**
 * A report as pieces of whole lines, about PIECE characters each, to be written one after another: a report of
 * 40,000 findings is some 10 MB of text, and built as one string (from an array of its lines) it was held two or
 * three times over at the end of a check. A piece always ends at a line's end, so no line is split between writes.
 */
import { coalesced } from '../core/text-pieces.ts';

export function inPieces(lines: Iterable<string>): Generator<string> {
  return coalesced(withLineEnds(lines));
}

function* withLineEnds(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}

/** The pieces as one string, for callers that want the whole report. */
export function joined(pieces: Iterable<string>): string {
  let text = '';
  for (const piece of pieces) text += piece;
  return text;
}
