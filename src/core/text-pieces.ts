/**
 * Text made part by part, handed on in pieces of about PIECE characters: a large report or JSON file is written a
 * piece at a time instead of being built as one string. A piece ends only where a part ends.
 */
const PIECE = 1 << 16;

export function* coalesced(parts: Iterable<string>): Generator<string> {
  let piece = '';
  for (const part of parts) {
    piece += part;
    if (piece.length >= PIECE) {
      yield piece;
      piece = '';
    }
  }
  if (piece !== '') yield piece;
}
