/**
 * Plain text of a segment's inline Markdown (the same text `toPlain` gives) and, for each plain offset, the
 * offset in the Markdown it came from, so a glossary match can be pointed at in the YAML.
 */
import { plainTextOf } from '../source/inline-plain.ts';

export interface PlainWithOffsets {
  text: string;
  /** Markdown offset of plain offset `p` (0…text.length). */
  markdownOffset(p: number): number;
}

/**
 * Characters that can start inline Markdown (escapes, references, code, emphasis, links, images, HTML,
 * autolinks, strikethrough) or change whitespace (line breaks, tabs, surrounding spaces). A text without
 * them is its own plain text; parsing it would cost ~0.2 ms per segment for nothing.
 */
const MARKUP = /[\\&`*_[\]!<>~\n\r\t]|^\s|\s$/;

export function plainWithOffsets(markdown: string): PlainWithOffsets {
  if (!MARKUP.test(markdown)) return { text: markdown, markdownOffset: (p) => p };
  try {
    const plain = plainTextOf(markdown);
    return { text: plain.text, markdownOffset: (p) => plain.cutOffsets[p] ?? markdown.length };
  } catch {
    // Not one paragraph (a blank line inside a block scalar): match the text as it is.
    return { text: markdown, markdownOffset: (p) => p };
  }
}
