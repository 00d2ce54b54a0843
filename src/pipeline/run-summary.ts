/** The run's summary: per-file counts, the cost of what is to be sent, and the files the cache skipped. */
import { SEGMENT_STATUSES, type TargetLanguage } from '../core/translation.ts';
import type { Provider, TokenUsage } from '../providers/types.ts';
import { translationPath } from '../workspace/index.ts';
import { billableCharacters, makeBatches } from './batches.ts';
import type { FileSummary, LanguageCost, RunSummary } from './events.ts';
import type { TrackedFile } from './file-writer.ts';
import type { CleanArticle } from './load-repository.ts';
import type { WorkItem } from './work-items.ts';

/** Per language: what would be sent, in how many requests, and (LLM providers) about how many tokens. */
export function languageCost<F>(provider: Provider, language: TargetLanguage, batches: ReadonlyArray<ReadonlyArray<WorkItem<F>>>): LanguageCost {
  const items = batches.flat();
  const estimate = provider.estimateTokens;
  return {
    language,
    segments: items.length,
    characters: items.reduce((n, item) => n + billableCharacters(item.segment.text), 0),
    requests: batches.length,
    ...(estimate
      ? { tokens: sumTokens(batches.map((batch) => estimate.call(provider, { targetLanguage: language, segments: batch.map((i) => i.segment) }))) }
      : {}),
  };
}

/** The requests for one language, within the provider's limits (none for a provider that only repeats the memory). */
export function batchesFor<F>(provider: Provider, items: ReadonlyArray<WorkItem<F>>): Array<Array<WorkItem<F>>> {
  return provider.memoryOnly ? [] : makeBatches(items, provider.limits);
}

export function sumTokens(list: readonly TokenUsage[]): TokenUsage {
  return list.reduce((a, b) => ({ promptTokens: a.promptTokens + b.promptTokens, completionTokens: a.completionTokens + b.completionTokens }), {
    promptTokens: 0,
    completionTokens: 0,
  });
}

export function emptySummary(article: string, language: TargetLanguage, path: string): FileSummary {
  const counts = Object.fromEntries(SEGMENT_STATUSES.map((status) => [status, 0])) as FileSummary['counts'];
  return { article, language, path, counts, untranslated: 0, flagged: 0, fromMemory: 0, fromProvider: 0, billedCharacters: 0, changed: false };
}

export function cleanSummaries(clean: readonly CleanArticle[]): FileSummary[] {
  return clean.flatMap((article) =>
    [...article.counts].map(([language, counts]) => ({
      ...emptySummary(article.slug, language, translationPath(language, article.slug)),
      counts: { ...counts },
    })),
  );
}

export function byArticleAndLanguage(a: FileSummary, b: FileSummary): number {
  return a.article < b.article ? -1 : a.article > b.article ? 1 : a.language < b.language ? -1 : a.language > b.language ? 1 : 0;
}

export function finishSummary(summary: RunSummary, files: readonly TrackedFile[]): RunSummary {
  for (const file of files) {
    const s = file.summary;
    for (const status of SEGMENT_STATUSES) s.counts[status] = 0;
    s.untranslated = 0;
    s.flagged = 0;
    for (const entry of file.model.segments) {
      s.counts[entry.status]++;
      if (entry.target === '') s.untranslated++;
      if (entry.review !== undefined && entry.status === 'machine') s.flagged++;
    }
  }
  summary.untranslated = files.reduce((n, f) => n + f.summary.untranslated, 0);
  summary.billedCharacters = files.reduce((n, f) => n + f.summary.billedCharacters, 0);
  return summary;
}
