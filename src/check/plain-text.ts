/**
 * Plain text of a segment's inline Markdown (the same text `toPlain` gives) and, for each plain offset, the
 * offset in the Markdown it came from, so a glossary match can be pointed at in the YAML.
 */
import { plainTextOf } from '../source/inline-plain.ts';
import { mayHoldMarkup } from '../source/parse-inline.ts';

export interface PlainWithOffsets {
  text: string;
  /** Markdown offset of plain offset `p` (0…text.length). */
  markdownOffset(p: number): number;
}

export function plainWithOffsets(markdown: string): PlainWithOffsets {
  // The same test the Markdown reader uses: text without markup is its own plain text (no parse, no offset table).
  if (!mayHoldMarkup(markdown)) return { text: markdown, markdownOffset: (p) => p };
  try {
    const plain = plainTextOf(markdown);
    return { text: plain.text, markdownOffset: (p) => plain.cutOffsets[p] ?? markdown.length };
  } catch {
    // Not one paragraph (a blank line inside a block scalar): match the text as it is.
    return { text: markdown, markdownOffset: (p) => p };
  }
}
