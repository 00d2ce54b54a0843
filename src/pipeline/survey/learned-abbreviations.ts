/**
 * The abbreviations the segmenter learns from all of the repository's sources (src/segment/learn-abbreviations.ts).
 * Every command that segments articles uses the same ones, whatever paths or shard it was given, so a sentence gets
 * the same id in translate, check and publish. The learned result is kept in the run cache under a key made of every
 * source's path and bytes; the hashes come from the index (file-stamps.ts), so only changed sources are read to
 * make the key; when one changed, only it is read and counted again, the others' counts are kept
 * (source-token-counts.ts).
 */
import { AbbreviationLearner, abbreviationSet, type AbbreviationStats, type TokenCounts } from '../../segment/index.ts';
import { decodeSource } from '../../source/index.ts';
import type { Hashed } from '../../workspace/file-stamps.ts';
import { DEFAULT_LAYOUT, findSources, type Layout } from '../../workspace/index.ts';
import { bytesHash, RunCache } from './run-cache.ts';
import { readAhead } from './read-ahead.ts';
import { SourceTokenCounts } from './source-token-counts.ts';

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
  const keyParts: string[] = [];
  const hashes = new Map<string, Hashed>();
  let learning: AbbreviationLearner | undefined;
  if (cache.knowsAbbreviations) {
    // The hashes from the index: only the sources whose stats changed are read to make the key.
    for (const file of files) {
      const known = await cache.stamps.hash(root, file);
      if (known === undefined) continue;
      keyParts.push(`${file}:${known.hash}`);
      hashes.set(file, known);
    }
  } else {
    // Nothing learned before (a first run): learn while hashing, in one read of every source instead of two. The
    // kept counts add up their sum as they are set: the learner takes that sum instead of adding them up again.
    const counted = SourceTokenCounts.empty();
    for await (const [file, read] of readAhead(files, (file) => cache.stamps.read(root, file), READ_AHEAD)) {
      if (read === undefined) continue;
      keyParts.push(`${file}:${read.hash}`);
      hashes.set(file, { hash: read.hash });
      counted.set(file, read.hash, countSource(file, read.bytes));
    }
    cache.sourceCounts = counted;
    learning = new AbbreviationLearner();
    learning.addCounts(counted.sum());
  }
  const key = bytesHash(keyParts.join('\n'));
  let stats: AbbreviationStats | undefined = cache.learnedAbbreviations(key);
  if (!stats) {
    stats = (learning ?? (await learnAgain(root, cache, hashes))).result();
    cache.rememberAbbreviations(key, stats);
  }
  return { abbreviations: abbreviationSet(stats), hash: bytesHash(stats.abbreviations.map((a) => a.token).join(' ')), sources: files, sourceHashes: new Map([...hashes].map(([file, { hash }]) => [file, hash])) };
}

/**
 * A source changed: the kept counts of the unchanged ones plus fresh counts of the others, which adds up to the same
 * as counting every source again. Only sources without kept counts are read, a few at a time.
 */
async function learnAgain(root: string, cache: RunCache, hashes: ReadonlyMap<string, Hashed>): Promise<AbbreviationLearner> {
  const counted = await SourceTokenCounts.read(root);
  const unknown = [...hashes].filter(([file, { hash }]) => !counted.has(file, hash)).map(([file]) => file);
  const read = async (file: string) => {
    const known = hashes.get(file);
    // The bytes read for the key, if any; otherwise read now (and hashed, so the counts are kept under their bytes).
    return known?.bytes ? { hash: known.hash, bytes: known.bytes } : cache.stamps.read(root, file);
  };
  for await (const [file, bytes] of readAhead(unknown, read, READ_AHEAD)) {
    if (bytes === undefined) continue;
    counted.set(file, bytes.hash, countSource(file, bytes.bytes));
  }
  counted.keepOnly(new Set(hashes.keys()));
  cache.sourceCounts = counted;
  // The kept sum with the changed sources' counts swapped: no other source's counts are decoded.
  const learner = new AbbreviationLearner();
  learner.addCounts(counted.sum());
  return learner;
}

function countSource(file: string, bytes: Uint8Array): TokenCounts {
  try {
    return AbbreviationLearner.count(decodeSource(file, bytes));
  } catch {
    // A source that does not decode is reported by the command that reads it; it teaches nothing.
    return new Map();
  }
}

/** The learned set for a command that reads without writing the cache (publish, status, export, import). */
export async function learnedAbbreviations(root: string, layout: Layout = DEFAULT_LAYOUT, tool = ''): Promise<ReadonlySet<string>> {
  return (await sourceAbbreviations(root, await RunCache.read(root, tool), layout)).abbreviations;
}
