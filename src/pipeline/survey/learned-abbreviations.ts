/**
 * The abbreviations the segmenter learns from all of the repository's sources (src/segment/learn-abbreviations.ts).
 * Every command that segments articles uses the same ones, whatever paths or shard it was given, so a sentence gets
 * the same id in translate, check and publish. The learned result is kept in the run cache under a key made of every
 * source's path and bytes; the hashes come from the index (file-stamps.ts), so only changed sources are read to
 * make the key, and learning again (reading them all) is needed only when one changed.
 */
import { AbbreviationLearner, abbreviationSet, type AbbreviationStats } from '../../segment/index.ts';
import { decodeSource } from '../../source/index.ts';
import { DEFAULT_LAYOUT, findSources, readOptional, type Layout } from '../../workspace/index.ts';
import { bytesHash, RunCache } from './run-cache.ts';
import { readAhead } from './read-ahead.ts';

export interface SourceAbbreviations {
  abbreviations: ReadonlySet<string>;
  /** Hash of the learned tokens: what every article's segmentation depends on besides the article itself. */
  hash: string;
  /** Every source (findSources of the whole source folder), and the hash of each one's bytes that went into the key:
   * the scan that follows takes both rather than listing and stating every source a second time. */
  sources: readonly string[];
  sourceHashes: ReadonlyMap<string, string>;
}

const READ_AHEAD = 16;

export async function sourceAbbreviations(root: string, cache: RunCache, layout: Layout = DEFAULT_LAYOUT): Promise<SourceAbbreviations> {
  const files = await findSources(root, [], root, layout);
  const read = (file: string) => readOptional(root, file);
  const keyParts: string[] = [];
  const sourceHashes = new Map<string, string>();
  let learning: AbbreviationLearner | undefined;
  if (cache.knowsAbbreviations) {
    // The hashes from the index: only the sources whose stats changed are read to make the key.
    for (const file of files) {
      const known = await cache.stamps.hash(root, file);
      if (known === undefined) continue;
      keyParts.push(`${file}:${known.hash}`);
      sourceHashes.set(file, known.hash);
    }
  } else {
    // Nothing learned before (a first run): learn while hashing, in one read of every source instead of two.
    learning = new AbbreviationLearner();
    for await (const [file, read] of readAhead(files, (file) => cache.stamps.read(root, file), READ_AHEAD)) {
      if (read === undefined) continue;
      keyParts.push(`${file}:${read.hash}`);
      sourceHashes.set(file, read.hash);
      learnFrom(learning, file, read.bytes);
    }
  }
  const key = bytesHash(keyParts.join('\n'));
  let stats: AbbreviationStats | undefined = cache.learnedAbbreviations(key);
  if (!stats) {
    let learner = learning;
    if (!learner) {
      // Read again rather than held: a repository of ten thousand articles stays out of memory.
      learner = new AbbreviationLearner();
      for await (const [file, bytes] of readAhead(files, read, READ_AHEAD)) if (bytes !== undefined) learnFrom(learner, file, bytes);
    }
    stats = learner.result();
    cache.rememberAbbreviations(key, stats);
  }
  return { abbreviations: abbreviationSet(stats), hash: bytesHash(stats.abbreviations.map((a) => a.token).join(' ')), sources: files, sourceHashes };
}

function learnFrom(learner: AbbreviationLearner, file: string, bytes: Uint8Array): void {
  try {
    learner.add(decodeSource(file, bytes));
  } catch {
    // A source that does not decode is reported by the command that reads it; it teaches nothing.
  }
}

/** The learned set for a command that reads without writing the cache (publish, status, export, import). */
export async function learnedAbbreviations(root: string, layout: Layout = DEFAULT_LAYOUT): Promise<ReadonlySet<string>> {
  return (await sourceAbbreviations(root, await RunCache.read(root), layout)).abbreviations;
}
