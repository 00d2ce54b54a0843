/**
 * The pair (target language, German sentence) is what a provider is paid for, what the journal and the memory
 * hold and what a request is shared by. This module is the only place that spells it: exactly, as a map keyed by
 * both, or as a number when a run over many thousands of articles must count sentences without keeping them.
 */
import type { TargetLanguage } from '../core/translation.ts';

/**
 * A 53-bit number per (language, sentence). Such numbers only ever count and pre-select; whatever goes into a file
 * is looked up again by the exact text, so a collision (about 1 in 10^5 at a million sentences) can at worst make a
 * cost estimate one sentence short, never put a wrong translation anywhere. A fast non-cryptographic mix (cyrb53: two
 * 32-bit multiply-xorshift lanes) serves; SHA-256 was 3 % of a first run's CPU. The numbers are stored in the
 * repository index (plan/memory-index.ts): changing this function needs CACHE_VERSION in run-cache.ts bumped.
 */
export function sentenceHash(language: TargetLanguage, source: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (code: number): void => {
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  };
  for (let i = 0; i < language.length; i++) mix(language.charCodeAt(i));
  mix(0);
  for (let i = 0; i < source.length; i++) mix(source.charCodeAt(i));
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A map keyed by the exact (language, sentence); per language inside, so no key string is built per sentence. */
export class SentenceMap<V> {
  readonly #byLanguage = new Map<TargetLanguage, Map<string, V>>();
  #size = 0;

  get size(): number {
    return this.#size;
  }

  get(language: TargetLanguage, source: string): V | undefined {
    return this.#byLanguage.get(language)?.get(source);
  }

  has(language: TargetLanguage, source: string): boolean {
    return this.#byLanguage.get(language)?.has(source) ?? false;
  }

  set(language: TargetLanguage, source: string, value: V): this {
    let table = this.#byLanguage.get(language);
    if (!table) this.#byLanguage.set(language, (table = new Map()));
    const before = table.size;
    table.set(source, value);
    this.#size += table.size - before;
    return this;
  }

  delete(language: TargetLanguage, source: string): boolean {
    const deleted = this.#byLanguage.get(language)?.delete(source) ?? false;
    if (deleted) this.#size--;
    return deleted;
  }

  clear(): void {
    this.#byLanguage.clear();
    this.#size = 0;
  }

  /** [language, sentence, value] in insertion order per language. */
  *entries(): Generator<[TargetLanguage, string, V]> {
    for (const [language, table] of this.#byLanguage) for (const [source, value] of table) yield [language, source, value];
  }

  *values(): Generator<V> {
    for (const table of this.#byLanguage.values()) yield* table.values();
  }
}

/** A set of exact (language, sentence) pairs. */
export class SentenceSet {
  readonly #map = new SentenceMap<true>();

  get size(): number {
    return this.#map.size;
  }

  add(language: TargetLanguage, source: string): this {
    this.#map.set(language, source, true);
    return this;
  }

  has(language: TargetLanguage, source: string): boolean {
    return this.#map.has(language, source);
  }
}
