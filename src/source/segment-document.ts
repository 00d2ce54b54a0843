/** Blocks → sentence segments: the segmenter works on plain text; the cuts are made in the Markdown. */
import type { SourceDocument, SourceSegment } from '../core/document.ts';
import { segmentSpans, type SegmentOptions } from '../segment/index.ts';
import type { PhrasingContent } from 'mdast';
import { takeInline, type ParsedInline } from './block-inline.ts';
import { mayHoldMarkup } from './parse-inline.ts';
import { sentenceInline } from './sentence-inline.ts';
import { plainTextOf } from './inline-plain.ts';
import { segmentIds } from './segment-id.ts';
import { positionAt } from './text-position.ts';

/**
 * `options.abbreviations`: those learned from all sources, so every command cuts the same sentences. `onInline`:
 * told the inline nodes of each sentence with markup that the block's parse gives as its own (sentence-inline.ts),
 * by the sentence's index, for a caller that would otherwise parse it again.
 */
export function segmentDocument(doc: SourceDocument, options?: SegmentOptions, onInline?: (index: number, nodes: PhrasingContent[]) => void): SourceSegment[] {
  const pieces: Omit<SourceSegment, 'id'>[] = [];
  doc.blocks.forEach((block, blockIndex) => {
    const parsed = takeInline(block);
    for (const range of sentenceRanges(block.text, parsed, options)) {
      const at = positionAt(block.text, range.start);
      const text = block.text.slice(range.start, range.end);
      if (onInline && parsed && mayHoldMarkup(text)) {
        const nodes = sentenceInline(block.text, parsed, range.start, range.end);
        if (nodes) onInline(pieces.length, nodes);
      }
      pieces.push({
        text,
        plain: range.plain,
        blockIndex,
        line: block.line + at.line - 1,
        column: at.line === 1 ? block.column + at.column - 1 : at.column,
      });
    }
  });
  const ids = segmentIds(pieces.map((piece) => piece.text));
  return pieces.map((piece, index) => ({ id: ids[index]!, ...piece }));
}

/**
 * Trimmed ranges of one block's inline Markdown, one per sentence. A boundary that falls inside emphasis,
 * a link, inline code or HTML is dropped, so every range holds balanced Markdown. A block without any
 * text (an image alone) stays one range, so nothing of the article goes missing.
 */
export function sentenceRanges(markdown: string, parsed?: ParsedInline, options?: SegmentOptions): Array<{ start: number; end: number; plain: string }> {
  const plain = plainTextOf(markdown, parsed);
  const cuts = [0];
  const plainCuts = [0];
  for (const span of segmentSpans(plain.text, options).slice(1)) {
    const p = span.start;
    if (plain.inlineNodes.some((node) => node.plainStart < p && p < node.plainEnd)) continue;
    const cut = plain.cutOffsets[p] ?? markdown.length;
    if (cut > cuts.at(-1)!) {
      cuts.push(cut);
      plainCuts.push(p);
    }
  }
  cuts.push(markdown.length);
  plainCuts.push(plain.text.length);

  const ranges: Array<{ start: number; end: number; plain: string }> = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let start = cuts[i]!;
    let end = cuts[i + 1]!;
    while (start < end && /\s/.test(markdown[start]!)) start++;
    while (end > start && /\s/.test(markdown[end - 1]!)) end--;
    // A hard break where a sentence ends belongs to neither sentence: a `\\` left at the end would be text.
    const trailingBreak = plain.hardBreaks.find((range) => range.start < end && end <= range.end);
    if (trailingBreak) {
      end = trailingBreak.start;
      while (end > start && /\s/.test(markdown[end - 1]!)) end--;
    }
    if (end > start) ranges.push({ start, end, plain: plain.text.slice(plainCuts[i], plainCuts[i + 1]).trim() });
  }
  return ranges;
}
