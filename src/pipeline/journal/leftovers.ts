import { contentHash } from '../../core/hash.ts';
import type { TargetLanguage } from '../../core/translation.ts';
import { listTranslationFiles } from '../../workspace/index.ts';
import type { RunEvent } from '../events.ts';
import { TranslationMemory } from '../plan/translation-memory.ts';
import { SentenceSet } from '../sentence-key.ts';
import { readTranslationFiles } from '../survey/load-repository.ts';
import { loadMarkdownParser } from '../../source/markdown-parser.ts';
import type { Survey } from '../survey/survey.ts';
import type { MemoryWriter } from '../write/memory-writer.ts';

/**
 * Every file is written now, so what the journal held is in them, except translations no sentence asked for any
 * more and no file holds (the sentence changed after a kill): those were paid for too, and go to the memory.
 * A run that did not reach every article keeps the journal for the next one.
 */
export async function rememberLeftovers(root: string, survey: Survey, memoryWriter: MemoryWriter, emit: (event: RunEvent) => void): Promise<string[]> {
  const unused = await survey.journal.leftovers();
  if (unused.length > 0) {
    await loadMarkdownParser();
    const sources = new SentenceSet();
    for (const entry of unused) sources.add(entry.language, entry.source);
    const held = new TranslationMemory();
    const isUnused = (language: TargetLanguage, source: string) => sources.has(language, source);
    const languages = [...new Set(unused.map((entry) => entry.language))];
    for await (const parsed of readTranslationFiles(root, await listTranslationFiles(root, languages, survey.repository.layout))) held.addEntries(parsed.model.language, parsed.model.segments, isUnused);
    const leftovers = unused.filter((entry) => held.lookup(entry.language, entry.source) === undefined);
    for (const entry of leftovers) {
      memoryWriter.add(entry.language, [{ source: entry.source, target: entry.target, status: 'machine', machine: { provider: entry.provider, hash: contentHash(entry.target) } }]);
    }
    // A memory file a person kept saving meanwhile is left alone, and the journal kept for the next run.
    const leftAlone = leftovers.length > 0 ? await memoryWriter.write(emit) : [];
    if (leftAlone.length > 0) return leftAlone;
  }
  await survey.journal.clear();
  return [];
}
