/**
 * A run over many thousands of articles cannot keep every German sentence in memory to know which ones it has
 * seen: it keeps a 53-bit number per (language, sentence) instead. Such keys only ever count and pre-select;
 * whatever goes into a file is looked up again by the exact text, so a collision (about 1 in 10^5 at a million
 * sentences) can at worst make a cost estimate one sentence short, never put a wrong translation anywhere.
 */
import { createHash } from 'node:crypto';
import type { TargetLanguage } from '../core/translation.ts';

export function needKey(language: TargetLanguage, source: string): number {
  const digest = createHash('sha256').update(language).update('\u0000').update(source).digest();
  return digest.readUInt32BE(0) * 2 ** 21 + (digest.readUInt32BE(4) >>> 11);
}
