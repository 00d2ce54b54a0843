/**
 * Turns the needs of every file into provider work: one item per distinct (language, German text),
 * so a sentence that occurs in several places is paid for once, with every place waiting on it.
 */
import type { SourceSegment } from '../core/document.ts';
import type { TargetLanguage } from '../core/translation.ts';
import type { Glossary } from '../glossary/index.ts';
import type { ProviderSegment } from '../providers/types.ts';
import { toTagged, type TaggedSegment } from '../source/index.ts';
import { protectTerms } from './do-not-translate.ts';
import type { Article } from './load-repository.ts';
import type { Need } from './merge-rules.ts';

/** A place that waits for a translation. */
export interface Waiter<F> {
  file: F;
  need: Need;
}

export interface WorkItem<F> {
  language: TargetLanguage;
  /** The German sentence as inline Markdown. */
  source: string;
  segment: ProviderSegment;
  tagged: TaggedSegment;
  waiters: Array<Waiter<F>>;
}

/** Context on either side of a segment, capped so a long paragraph does not bloat every request. */
const CONTEXT_LIMIT = 600;

export class WorkList<F> {
  readonly #items = new Map<string, WorkItem<F>>();
  /** Tags depend on the German only: one conversion serves every language. */
  readonly #tagged = new Map<string, TaggedSegment>();
  /** Items released so far; with the live ones, it numbers the keys (unique within the run). */
  #released = 0;

  add(language: TargetLanguage, file: F, need: Need, article: Article, glossary: Glossary): void {
    const { segments, plainTexts, glossaryIds } = article;
    const segment = segments[need.segmentIndex]!;
    const key = `${language}:${segment.text}`;
    let item = this.#items.get(key);
    if (!item) {
      const terms = glossary.termsFor(glossaryIds[need.segmentIndex] ?? [], language);
      let markup = this.#tagged.get(segment.text);
      if (!markup) this.#tagged.set(segment.text, (markup = toTagged(segment.text)));
      const tagged = protectTerms(markup, terms.filter((t) => t.doNotTranslate).map((t) => t.source));
      item = {
        language,
        source: segment.text,
        tagged,
        waiters: [],
        segment: { key: `k${this.#items.size + this.#released}`, text: tagged.text, ...neighbours(segments, plainTexts, need.segmentIndex), terms },
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

  /** Forgets items whose translations are in place, so a long run does not keep every sentence's context. */
  release(items: ReadonlyArray<WorkItem<F>>): void {
    for (const item of items) if (this.#items.delete(`${item.language}:${item.source}`)) this.#released++;
  }

  /** How many translations each file still waits for. */
  pendingByFile(): Map<F, number> {
    const pending = new Map<F, number>();
    for (const item of this.#items.values()) for (const { file } of item.waiters) pending.set(file, (pending.get(file) ?? 0) + 1);
    return pending;
  }
}

/** The other sentences of the segment's block, up to CONTEXT_LIMIT characters on each side, whole sentences only. */
function neighbours(segments: readonly SourceSegment[], plainTexts: readonly string[], index: number): { before: string; after: string } {
  const block = segments[index]!.blockIndex;
  const before: string[] = [];
  const after: string[] = [];
  let room = CONTEXT_LIMIT;
  for (let i = index - 1; i >= 0 && segments[i]!.blockIndex === block && plainTexts[i]!.length <= room; i--) {
    before.unshift(plainTexts[i]!);
    room -= plainTexts[i]!.length + 1;
  }
  room = CONTEXT_LIMIT;
  for (let i = index + 1; i < segments.length && segments[i]!.blockIndex === block && plainTexts[i]!.length <= room; i++) {
    after.push(plainTexts[i]!);
    room -= plainTexts[i]!.length + 1;
  }
  return { before: before.join(' '), after: after.join(' ') };
}
