/**
 * One article in one language, ready to render: the source blocks in order, each with the text of its segments
 * in that language. Segment ids tie a translation entry to its place; a segment whose entry is missing, or whose
 * entry was made from other German (the translation file is older than the source), has no usable target.
 */
import type { Block, SourceDocument, SourceSegment } from '../core/document.ts';
import type { SegmentStatus, TargetLanguage, TranslationEntry, TranslationFile } from '../core/translation.ts';
import { effectiveStatus } from '../core/person-edit.ts';

export type PageLanguage = 'de' | TargetLanguage;

/** `missing`: no entry for the segment, or the entry translates other German (run `dolmetsch translate`). */
export type PlacedStatus = SegmentStatus | 'missing';

export interface PlacedSegment {
  id: string;
  /** Inline Markdown in the page's language, or the German when there is no usable target. */
  text: string;
  status: PlacedStatus;
  /** False when `text` is the German standing in for a missing translation. */
  translated: boolean;
  /** True when a person has confirmed the text (edited or reviewed); always true for the German original. */
  final: boolean;
}

export interface PlacedBlock {
  block: Block;
  segments: PlacedSegment[];
}

export interface PublishedArticle {
  document: SourceDocument;
  language: PageLanguage;
  blocks: PlacedBlock[];
  /** `reviewed`: every segment reviewed; `edited`: every segment edited or reviewed; else `draft`. */
  status: 'reviewed' | 'edited' | 'draft';
  /** Segments that keep the article from being published without --drafts. */
  unfinished: Array<{ id: string; status: PlacedStatus }>;
}

export function placeArticle(
  document: SourceDocument,
  segments: readonly SourceSegment[],
  language: PageLanguage,
  file: TranslationFile | undefined,
): PublishedArticle {
  const entries = new Map<string, TranslationEntry>((file?.segments ?? []).map((entry) => [entry.id, entry]));
  const blocks: PlacedBlock[] = document.blocks.map((block) => ({ block, segments: [] }));
  for (const segment of segments) {
    const placed = language === 'de' ? germanSegment(segment) : targetSegment(segment, entries.get(segment.id));
    blocks[segment.blockIndex]?.segments.push(placed);
  }
  const all = blocks.flatMap((block) => block.segments);
  const unfinished = all.filter((segment) => !segment.final).map(({ id, status }) => ({ id, status }));
  const status = unfinished.length > 0 ? 'draft' : all.every((segment) => segment.status === 'reviewed') ? 'reviewed' : 'edited';
  return { document, language, blocks: blocks.filter((block) => block.segments.length > 0), status, unfinished };
}

function germanSegment(segment: SourceSegment): PlacedSegment {
  return { id: segment.id, text: segment.text, status: 'reviewed', translated: true, final: true };
}

function targetSegment(segment: SourceSegment, entry: TranslationEntry | undefined): PlacedSegment {
  if (entry === undefined || entry.source !== segment.text) {
    return { id: segment.id, text: segment.text, status: 'missing', translated: false, final: false };
  }
  // Judged as the merge rules judge it: a person's target left at `machine` counts (and publishes) as edited.
  const status = effectiveStatus(entry);
  if (entry.target.trim() === '') return { id: segment.id, text: segment.text, status, translated: false, final: false };
  const final = status === 'edited' || status === 'reviewed';
  return { id: segment.id, text: entry.target, status, translated: true, final };
}

/** Consecutive list items form one list; everything else stands alone. */
export type BlockGroup = { kind: 'single'; block: PlacedBlock } | { kind: 'list'; items: PlacedBlock[] };

export function groupBlocks(blocks: readonly PlacedBlock[]): BlockGroup[] {
  const groups: BlockGroup[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.block.kind !== 'listItem') groups.push({ kind: 'single', block });
    else if (last?.kind === 'list') last.items.push(block);
    else groups.push({ kind: 'list', items: [block] });
  }
  return groups;
}
