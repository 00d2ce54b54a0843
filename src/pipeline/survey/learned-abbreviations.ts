/**
 * The abbreviations the segmenter learns from all of the repository's sources (src/segment/learn-abbreviations.ts).
 * Every command that segments articles uses the same ones, whatever paths or shard it was given, so a sentence gets
 * the same id in translate, check and publish. The learned result is kept in the run cache under a key made of every
 * source's path and bytes; learning again is needed only when a source changes.
 */
import { AbbreviationLearner, abbreviationSet, type AbbreviationStats } from '../../segment/index.ts';
import { decodeSource } from '../../source/index.ts';
import { findSources, readOptional } from '../../workspace/index.ts';
import { bytesHash, RunCache } from './run-cache.ts';
import { readAhead } from './read-ahead.ts';

export interface SourceAbbreviations {
  abbreviations: ReadonlySet<string>;
  /** Hash of the learned tokens: what every article's segmentation depends on besides the article itself. */
  hash: string;
}

const READ_AHEAD = 16;

export async function sourceAbbreviations(root: string, cache: RunCache): Promise<SourceAbbreviations> {
  const files = await findSources(root, []);
  const read = (file: string) => readOptional(root, file);
  // Nothing learned before (a first run): learn while hashing, in one read of every source instead of two.
  const learning = cache.knowsAbbreviations ? undefined : new AbbreviationLearner();
  const keyParts: string[] = [];
  for await (const [file, bytes] of readAhead(files, read, READ_AHEAD)) {
    if (bytes === undefined) continue;
    keyParts.push(`${file}:${bytesHash(bytes)}`);
    if (learning) learnFrom(learning, file, bytes);
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
  return { abbreviations: abbreviationSet(stats), hash: bytesHash(stats.abbreviations.map((a) => a.token).join(' ')) };
}

function learnFrom(learner: AbbreviationLearner, file: string, bytes: Uint8Array): void {
  try {
    learner.add(decodeSource(file, bytes));
  } catch {
    // A source that does not decode is reported by the command that reads it; it teaches nothing.
  }
}

/** The learned set for a command that reads without writing the cache (publish, status, export, import). */
export async function learnedAbbreviations(root: string): Promise<ReadonlySet<string>> {
  return (await sourceAbbreviations(root, await RunCache.read(root))).abbreviations;
}
