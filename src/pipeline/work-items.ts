/**
 * Turns the needs of every file into provider work: one item per distinct (language, German text),
 * so a sentence that occurs in several places is paid for once, with every place waiting on it.
 */
import { contentHash } from '../core/hash.ts';
import type { SourceSegment } from '../core/document.ts';
import type { TargetLanguage } from '../core/translation.ts';
import type { Glossary } from '../glossary/index.ts';
import type { ProviderSegment } from '../providers/types.ts';
import { toPlain, toTagged, type TaggedSegment } from '../source/index.ts';
import { protectTerms } from './do-not-translate.ts';
import type { Need } from './merge-rules.ts';

/** A place that waits for a translation. */
export interface Waiter<F> {
  file: F;
  need: Need;
}

export interface WorkItem<F> {
  language: TargetLanguage;
  segment: ProviderSegment;
  tagged: TaggedSegment;
  waiters: Array<Waiter<F>>;
}

/** Context on either side of a segment, capped so a long paragraph does not bloat every request. */
const CONTEXT_LIMIT = 600;

export class WorkList<F> {
  readonly #items = new Map<string, WorkItem<F>>();

  add(language: TargetLanguage, file: F, need: Need, segments: readonly SourceSegment[], glossaryIds: readonly string[][], glossary: Glossary): void {
    const segment = segments[need.segmentIndex]!;
    const key = `${language}:${segment.text}`;
    let item = this.#items.get(key);
    if (!item) {
      const terms = glossary.termsFor(glossaryIds[need.segmentIndex] ?? [], language);
      const tagged = protectTerms(toTagged(segment.text), terms.filter((t) => t.doNotTranslate).map((t) => t.source));
      item = {
        language,
        tagged,
        waiters: [],
        segment: { key: contentHash(key, 16), text: tagged.text, ...neighbours(segments, need.segmentIndex), terms },
      };
      this.#items.set(key, item);
    }
    item.waiters.push({ file, need });
  }

  forLanguage(language: TargetLanguage): Array<WorkItem<F>> {
    return [...this.#items.values()].filter((item) => item.language === language);
  }

  get size(): number {
    return this.#items.size;
  }
}

function neighbours(segments: readonly SourceSegment[], index: number): { before: string; after: string } {
  const block = segments[index]!.blockIndex;
  const before: string[] = [];
  const after: string[] = [];
  for (let i = index - 1; i >= 0 && segments[i]!.blockIndex === block; i--) before.unshift(toPlain(segments[i]!.text));
  for (let i = index + 1; i < segments.length && segments[i]!.blockIndex === block; i++) after.push(toPlain(segments[i]!.text));
  return { before: capEnd(before.join(' ')), after: capStart(after.join(' ')) };
}

function capEnd(text: string): string {
  return text.length <= CONTEXT_LIMIT ? text : text.slice(text.length - CONTEXT_LIMIT);
}

function capStart(text: string): string {
  return text.length <= CONTEXT_LIMIT ? text : text.slice(0, CONTEXT_LIMIT);
}
