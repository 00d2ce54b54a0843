/** Source articles: bytes → text → SourceDocument → segments, and inline Markdown ⇄ provider tags. */
export { decodeSource } from './decode.ts';
export { readSource } from './read-source.ts';
export { segmentDocument, sentenceRanges } from './segment-document.ts';
export { segmentId, segmentIds } from './segment-id.ts';
export { detachedConversion, parseRestoredMany, toPlain, toTagged } from './inline-tags.ts';
export { ownText } from './own-text.ts';
export type { ParsedInline, RestoreResult, TaggedSegment } from './inline-tags.ts';
export { mayHoldMarkup, parseInlineMany } from './parse-inline.ts';
export { SOURCE_FORMATS } from './registry.ts';
export type { SourceContent, SourceFormat } from './source-format.ts';
