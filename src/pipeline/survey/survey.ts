/**
 * The first pass of a run: read and check everything, plan every article that needs work, and price what is to be
 * sent — keeping numbers, not articles. Then load only the journal and memory entries those plans ask for.
 * Streamed (a run with no translation memory to load): each article is handed on as soon as it is planned, so
 * the translate pass follows right behind, and the journal is the one the run opened whole.
 */
import type { MemoryEntry, TargetLanguage } from '../../core/translation.ts';
import type { Provider } from '../../providers/types.ts';
import { requestBytes } from '../send/batches.ts';
import type { FileSummary, LanguageCost } from '../events.ts';
import { Journal } from '../journal/journal.ts';
import { scanWorkspace, type ArticleRef, type ScanHooks, type WorkspaceScan } from './load-repository.ts';
import { addWantedTranslations } from '../plan/memory-index.ts';
import { NeedLedger } from './need-ledger.ts';
import { outlineOf } from './article-outline.ts';
import { planArticle } from '../plan/plan-article.ts';
import type { RunCache } from './run-cache.ts';
import type { Feed } from './article-feed.ts';
import { TranslationMemory } from '../plan/translation-memory.ts';
import { ArticleSegments } from '../send/work-items.ts';
import { sentenceHash } from '../sentence-key.ts';
import { DEFAULT_LAYOUT, InputProblems, type Layout, type Shard } from '../../workspace/index.ts';

export interface Survey {
  repository: WorkspaceScan;
  segments: number;
  /** Each planned file's summary before anything is filled in; the translate pass replaces those of the files it finishes. */
  planned: Map<string, FileSummary>;
  /** Translations whose sentences left their articles, per language. */
  removed: Map<TargetLanguage, MemoryEntry[]>;
  cost: LanguageCost[];
  /** How many places ask for each sentence the provider will be asked for more than once (by `sentenceHash`). */
  recurring: Map<number, number>;
  journal: Journal;
  memory: TranslationMemory;
}

/** Parsed articles waiting for the translate pass at most; the ones after them are handed over as refs, read again. */
const HANDED_OVER_WHOLE = 32;
/** Articles waiting with their outline at most (some 6 KB each: 12 MB); beyond them, a ref alone (parsed again). */
const OUTLINED = 2048;

/** A survey whose articles the translate pass takes while it still reads. */
export interface SurveyStream {
  /** The whole journal, opened by the run (its entries are what is already paid for). */
  journal: Journal;
  /** Filled as articles are planned: the pass replaces the summaries of the files it finishes. */
  planned: Map<string, FileSummary>;
  /** Each article as soon as it is planned (parsed, or only its ref); its owner ends it when the survey settles. */
  feed: Feed<ArticleRef>;
  hooks: ScanHooks;
}

export async function surveyRun(
  root: string,
  paths: readonly string[],
  languages: readonly TargetLanguage[],
  shard: Shard | undefined,
  cache: RunCache,
  provider: Provider,
  from: string = root,
  layout: Layout = DEFAULT_LAYOUT,
  stream?: SurveyStream,
): Promise<Survey> {
  const ledger = new NeedLedger(languages);
  const planned = stream?.planned ?? new Map<string, FileSummary>();
  const removed = new Map<TargetLanguage, MemoryEntry[]>(languages.map((language) => [language, []]));
  // LLM providers: a request's tokens are estimated as its fixed part plus what each segment adds to it.
  const estimate = provider.estimateTokens?.bind(provider);
  const fixed = new Map(languages.map((language) => [language, estimate?.({ targetLanguage: language, segments: [] })]));
  const batchTokens = estimate && ((language: TargetLanguage) => fixed.get(language)!);
  let segments = 0;

  const repository = await scanWorkspace(
    root,
    paths,
    languages,
    cache,
    (article, glossary) => {
      segments += article.segments.length;
      const texts = ArticleSegments.of(article, glossary);
      for (const { file, needs, removed: gone } of planArticle(article, languages, layout)) {
        const language = file.model.language;
        planned.set(file.path, file.summarize());
        const list = removed.get(language)!;
        for (const entry of gone) list.push(entry); // not push(...gone): a call takes only so many arguments
        for (const need of needs) {
          const { segment } = texts.forProvider(need.segmentIndex, language, '', batchTokens !== undefined);
          const alone = estimate?.({ targetLanguage: language, segments: [segment] });
          const base = fixed.get(language);
          ledger.add(language, {
            key: sentenceHash(language, file.model.segments[need.segmentIndex]!.source),
            characters: provider.billing.characters(segment.text),
            bytes: requestBytes(segment.text),
            ...(alone && base
              ? { tokens: { promptTokens: alone.promptTokens - base.promptTokens, completionTokens: alone.completionTokens - base.completionTokens } }
              : {}),
          });
        }
      }
      // Handed over whole while the pass keeps up (it need not read and segment it again); beyond that its ref and
      // outline: the pass reads it again, and cuts the same sentences from the same text without parsing it; and
      // far ahead of the pass only its ref (read and parsed again), so that memory stays flat however many articles.
      if (stream) {
        const ref: ArticleRef = { sourcePath: article.sourcePath, slug: article.slug, sourceHash: article.sourceHash, unreadable: article.unreadable };
        const waiting = stream.feed.size;
        stream.feed.push(waiting < HANDED_OVER_WHOLE ? article : waiting < OUTLINED ? { ...ref, outline: outlineOf(article, texts.parsedConversions()) } : ref);
      }
    },
    shard,
    from,
    layout,
    stream?.hooks,
  );

  const { journal, memory } = stream ? { journal: stream.journal, memory: new TranslationMemory() } : await loadWanted(root, repository, ledger.keys(), cache);
  const free = new Set<number>();
  for (const [language, source] of journal.sources()) free.add(sentenceHash(language, source));
  for (const [language, source] of memory.sources()) free.add(sentenceHash(language, source));
  const { cost, recurring } = ledger.price(provider.limits, free, !provider.memoryOnly, batchTokens);
  return { repository, segments, planned, removed, cost, recurring, journal, memory };
}

/** Only what the plans ask for is loaded from the journal and the memory: a large archive's memory is large. */
async function loadWanted(root: string, repository: WorkspaceScan, wanted: ReadonlySet<number>, cache: RunCache): Promise<{ journal: Journal; memory: TranslationMemory }> {
  const isWanted = (language: TargetLanguage, source: string) => wanted.has(sentenceHash(language, source));
  const journal = await Journal.open(root, isWanted);
  const memory = new TranslationMemory();
  if (wanted.size > 0) {
    const problems = new InputProblems();
    await addWantedTranslations(root, repository.translationFiles, cache.stamps, cache.memoryIndex, memory, wanted, problems);
    // Files of articles the scan did not read (another shard, not asked for, orphans) are named here for the first time.
    const named = new Set(repository.unreadable.map((d) => d.file));
    repository.unreadable.push(...problems.diagnostics.filter((d) => !named.has(d.file)));
    for (const [language, parsed] of repository.memories) memory.addMemory(language, parsed.model.entries, isWanted);
  }
  return { journal, memory };
}
