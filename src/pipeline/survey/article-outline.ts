/**
 * What the survey's parse of an article found, kept small for the translate pass of a streamed run. The survey runs
 * far ahead of the pass (at 1,000 articles it has planned some 600 the pass has not reached), so it hands most
 * articles over as refs, and the pass read and parsed each of them a second time: Markdown parser, segmenter and
 * glossary matching once more, a sixth of a first run's CPU. An outline keeps where each sentence is in the source
 * text instead (about 1.5 KB, against some 15 KB for a parsed article): the pass reads the source again, and when
 * its bytes are the ones the survey hashed, the same decoding gives the same text, so the same slices are the same
 * sentences.
 */
import type { SourceSegment } from '../../core/document.ts';
import { detachedConversion, ownText, type TaggedSegment } from '../../source/index.ts';
import type { Article, ArticleRef } from './load-repository.ts';

export interface ArticleOutline {
  /** Per segment, FIELDS numbers: start and end in the source text (start -1: the text is in `texts`), block index, line, column. */
  readonly numbers: Int32Array;
  readonly ids: readonly string[];
  /** Segment texts that are not a slice of the source text (a title read from front matter, a quote's lines). */
  readonly texts: ReadonlyMap<number, string>;
  /** Plain texts that differ from their segment's text (markup removed); the others are the text itself. */
  readonly plains: ReadonlyMap<number, string>;
  readonly glossaryIds: string[][];
  readonly document: Article['document'];
  /** The survey's conversions of sentences that needed the Markdown parser (send/work-items.ts), by segment index. */
  readonly parsedConversions: ReadonlyMap<number, TaggedSegment>;
}

const FIELDS = 5;

export function outlineOf(article: Article, parsedConversions: ReadonlyMap<number, TaggedSegment> = new Map()): ArticleOutline {
  const { segments, sourceText } = article;
  const numbers = new Int32Array(segments.length * FIELDS);
  const texts = new Map<number, string>();
  const plains = new Map<number, string>();
  let from = 0;
  segments.forEach((segment, i) => {
    // The same characters anywhere in the source serve: the slice only has to give the text back.
    let start = sourceText.indexOf(segment.text, from);
    if (start === -1) start = sourceText.indexOf(segment.text);
    if (start === -1) texts.set(i, ownText(segment.text));
    else from = start + segment.text.length;
    numbers.set([start, start === -1 ? -1 : start + segment.text.length, segment.blockIndex, segment.line, segment.column], i * FIELDS);
    const plain = article.plainTexts[i]!;
    if (plain !== segment.text) plains.set(i, ownText(plain));
  });
  const { slug, path, format } = article.document;
  const conversions = new Map([...parsedConversions].map(([index, tagged]) => [index, detachedConversion(tagged)]));
  return { numbers, ids: segments.map((segment) => ownText(segment.id)), texts, plains, glossaryIds: article.glossaryIds, document: { slug, path, format }, parsedConversions: conversions };
}

/**
 * The article as the survey parsed it, from its outline and the source text as read again: the caller has checked
 * that the source's bytes hash as the survey's did. `translations`: its translation files as they are now.
 */
export function articleFromOutline(ref: ArticleRef, outline: ArticleOutline, sourceText: string, translations: Article['translations']): Article {
  const { numbers, ids, texts, plains } = outline;
  const segments: SourceSegment[] = ids.map((id, i) => {
    const at = i * FIELDS;
    const text = texts.get(i) ?? sourceText.slice(numbers[at]!, numbers[at + 1]!);
    return { id, text, plain: plains.get(i) ?? text, blockIndex: numbers[at + 2]!, line: numbers[at + 3]!, column: numbers[at + 4]! };
  });
  const { outline: _, parsed: __, ...plainRef } = ref;
  return { ...plainRef, document: outline.document, sourceText, segments, plainTexts: segments.map((segment) => segment.plain), glossaryIds: outline.glossaryIds, translations };
}
