/**
 * Exact-match translation memory: every target in every translation file, plus the memory files that keep
 * translations of sentences no article contains any more. A sentence found here is never sent to a provider.
 */
import type { MemoryEntry, TargetLanguage, TranslationEntry } from '../../core/translation.ts';
import type { ProviderSettings } from '../../providers/types.ts';
import { toTagged } from '../../source/index.ts';
import { SentenceMap } from '../sentence-key.ts';
import { isPersonTarget } from './merge-rules.ts';

const RANK = { machine: 1, edited: 2, reviewed: 3 } as const;
type Rank = keyof typeof RANK;

type Wanted = (language: TargetLanguage, source: string) => boolean;

interface Hit {
  target: string;
  rank: Rank;
}

/** What a translation file's entries offer the memory: a stale entry's target still translates its previous source. */
export function* memoryCandidates(entries: Iterable<TranslationEntry>): Generator<{ source: string; target: string; rank: Rank }> {
  for (const entry of entries) {
    const source = offeredSource(entry);
    if (source === undefined) continue;
    const rank: Rank = entry.status === 'stale' ? 'edited' : entry.status === 'reviewed' ? 'reviewed' : isPersonTarget(entry) ? 'edited' : 'machine';
    yield { source, target: entry.target, rank };
  }
}

/** The sentences of `memoryCandidates`, without judging whose each target is (a hash of every target). */
export function* memorySources(entries: Iterable<TranslationEntry>): Generator<string> {
  for (const entry of entries) {
    const source = offeredSource(entry);
    if (source !== undefined) yield source;
  }
}

function offeredSource(entry: TranslationEntry): string | undefined {
  if (entry.target === '') return undefined;
  return entry.status === 'stale' ? entry.previousSource : entry.source;
}

export class TranslationMemory {
  readonly #hits = new SentenceMap<Hit>();

  /** `wanted`: keep only the sentences a run asks for (a memory of every file of a large archive is big). */
  addEntries(language: TargetLanguage, entries: Iterable<TranslationEntry>, wanted?: Wanted): void {
    for (const { source, target, rank } of memoryCandidates(entries)) this.add(language, source, target, rank, wanted);
  }

  addMemory(language: TargetLanguage, entries: Iterable<MemoryEntry>, wanted?: Wanted): void {
    for (const entry of entries) if (entry.target !== '') this.add(language, entry.source, entry.target, entry.status, wanted);
  }

  add(language: TargetLanguage, source: string, target: string, rank: Rank, wanted?: Wanted): void {
    if (wanted && !wanted(language, source)) return;
    const known = this.#hits.get(language, source);
    if (!known || RANK[rank] > RANK[known.rank]) this.#hits.set(language, source, { target, rank });
  }

  lookup(language: TargetLanguage, source: string): string | undefined {
    return this.#hits.get(language, source)?.target;
  }

  /** Every sentence the memory holds, per language. */
  *sources(): Generator<[TargetLanguage, string]> {
    for (const [language, source] of this.#hits.entries()) yield [language, source];
  }

  /** Every [language, sentence, target] the memory holds. */
  *targets(): Generator<[TargetLanguage, string, string]> {
    for (const [language, source, hit] of this.#hits.entries()) yield [language, source, hit.target];
  }
}

/** The memory as the `memory` provider sees it: keyed by the tagged text providers receive (built on first use). */
export function taggedMemory(memory: TranslationMemory): NonNullable<ProviderSettings['memory']> {
  let tagged: SentenceMap<string> | undefined;
  return {
    lookup(language, taggedText) {
      if (!tagged) {
        tagged = new SentenceMap();
        for (const [lang, source, target] of memory.targets()) tagged.set(lang, toTagged(source).text, toTagged(target).text);
      }
      return tagged.get(language, taggedText);
    },
  };
}
