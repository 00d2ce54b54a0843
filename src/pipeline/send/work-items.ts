/**
 * Turns the needs of the files being worked on into provider work: one item per distinct (language, German text)
 * in flight, so a sentence that occurs in several places is paid for once, with every place waiting on it.
 * Items leave the list when their answer arrives; later places take the answer from `RecurringAnswers`.
 */
import type { TargetLanguage } from '../../core/translation.ts';
import type { Glossary } from '../../glossary/index.ts';
import type { ProviderSegment } from '../../providers/types.ts';
import type { PhrasingContent } from 'mdast';
import { mayHoldMarkup, parseInlineMany, toTagged, type TaggedSegment } from '../../source/index.ts';
import { SentenceMap } from '../sentence-key.ts';
import { protectTerms } from './do-not-translate.ts';
import type { Article } from '../survey/load-repository.ts';
import type { Need } from '../plan/merge-rules.ts';

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
  /** Do-not-translate terms wrapped in the text sent (the journal needs them to restore an answer later). */
  dnt: string[];
  waiters: Array<Waiter<F>>;
}

/** Context on either side of a segment, capped so a long paragraph does not bloat every request. */
const CONTEXT_LIMIT = 600;

/** One per article object: an article a streamed survey hands over parsed keeps the conversions the survey made. */
const byArticle = new WeakMap<Article, ArticleSegments>();

/** What a provider receives for each segment of one article (tags depend on the German only: one conversion serves every language). */
export class ArticleSegments {
  /** The article's conversions, made once for the survey and the translate pass alike. */
  static of(article: Article, glossary: Glossary): ArticleSegments {
    let segments = byArticle.get(article);
    if (!segments || segments.#glossary !== glossary) byArticle.set(article, (segments = new ArticleSegments(article, glossary)));
    return segments;
  }

  /**
   * An article rebuilt from the survey's outline of it takes the conversions the survey made with the Markdown
   * parser (a conversion depends on the sentence's text alone), instead of parsing those sentences again.
   */
  static adopt(article: Article, glossary: Glossary, parsed: ReadonlyMap<number, TaggedSegment>): void {
    const segments = new ArticleSegments(article, glossary);
    for (const [index, tagged] of parsed) segments.#tagged.set(index, tagged);
    byArticle.set(article, segments);
  }

  /** A freshly parsed article whose sentences with markup the block's parse already gave nodes for (by index). */
  static withInline(article: Article, glossary: Glossary, inline: ReadonlyMap<number, PhrasingContent[]>): void {
    const segments = new ArticleSegments(article, glossary);
    segments.#known = inline;
    byArticle.set(article, segments);
  }

  readonly #article: Article;
  readonly #glossary: Glossary;
  readonly #tagged = new Map<number, TaggedSegment>();
  #known: ReadonlyMap<number, PhrasingContent[]> | undefined;
  #inline: PhrasingContent[][] | undefined;
  /** Sentences parsed one by one so far: an edit asks for one or two of an article's sentences, a first run for all. */
  #parsedAlone = 0;

  constructor(article: Article, glossary: Glossary) {
    this.#article = article;
    this.#glossary = glossary;
  }

  /** The conversions made so far of sentences that needed the Markdown parser (those that may hold markup). */
  parsedConversions(): Map<number, TaggedSegment> {
    const parsed = new Map<number, TaggedSegment>();
    for (const [index, tagged] of this.#tagged) if (mayHoldMarkup(this.#article.segments[index]!.text)) parsed.set(index, tagged);
    return parsed;
  }

  /** `withContext: false` leaves the neighbours out (pricing a request by its text needs none). */
  forProvider(index: number, language: TargetLanguage, key = '', withContext = true): { segment: ProviderSegment; tagged: TaggedSegment; dnt: string[] } {
    const { segments, plainTexts, glossaryIds } = this.#article;
    let markup = this.#tagged.get(index);
    if (!markup) {
      const text = segments[index]!.text;
      const known = this.#known?.get(index);
      this.#tagged.set(index, (markup = toTagged(text, known ?? (mayHoldMarkup(text) ? this.#inlineOf(index) : this.#inline?.[index]))));
    }
    const terms = this.#glossary.termsFor(glossaryIds[index] ?? [], language);
    const dnt = terms.filter((t) => t.doNotTranslate).map((t) => t.source);
    const tagged = protectTerms(markup, dnt);
    const context = withContext ? neighbours(this.#article, plainTexts, index) : { before: '', after: '' };
    return { tagged, dnt, segment: { key, text: tagged.text, ...context, terms } };
  }

  /**
   * A sentence's inline Markdown: the first two asked for are parsed alone (an edit needs no more, and micromark is
   * slow before it has warmed up), then, at the first other one, every sentence of the article that has neither a
   * conversion nor nodes from its block's parse, in one parse. Both give the same nodes (parseInlineMany).
   */
  #inlineOf(index: number): PhrasingContent[] | undefined {
    const { segments } = this.#article;
    if (this.#inline === undefined && this.#parsedAlone < ALONE) {
      this.#parsedAlone += 1;
      return parseInlineMany([segments[index]!.text])[0];
    }
    this.#inline ??= parseInlineMany(segments.map((segment, i) => (this.#tagged.has(i) || this.#known?.has(i) ? '' : segment.text)));
    return this.#inline[index];
  }
}

/** Sentences of an article parsed one by one before the rest are parsed together. */
const ALONE = 2;

export class WorkList<F> {
  readonly #items = new SentenceMap<WorkItem<F>>();
  /** Numbers the provider keys (unique within the run). */
  #made = 0;

  /** Adds a waiter; returns the item when it is new (it still has to be sent), undefined when it joined one in flight. */
  add(language: TargetLanguage, file: F, need: Need, source: string, segments: ArticleSegments, index: number): WorkItem<F> | undefined {
    const known = this.#items.get(language, source);
    if (known) {
      known.waiters.push({ file, need });
      return undefined;
    }
    const { segment, tagged, dnt } = segments.forProvider(index, language, `k${this.#made++}`);
    const item: WorkItem<F> = { language, source, tagged, dnt, segment, waiters: [{ file, need }] };
    this.#items.set(language, source, item);
    return item;
  }

  /** Forgets items that are answered or given up, so a long run does not keep every sentence's context. */
  release(items: ReadonlyArray<WorkItem<F>>): void {
    for (const item of items) this.#items.delete(item.language, item.source);
  }
}

/** The other sentences of the segment's block, up to CONTEXT_LIMIT characters on each side, whole sentences only. */
function neighbours(article: Article, plainTexts: readonly string[], index: number): { before: string; after: string } {
  const segments = article.segments;
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
