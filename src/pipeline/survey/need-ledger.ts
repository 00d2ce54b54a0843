/**
 * What the first pass learns about every segment that needs a translation, in article order, as a few numbers
 * each (typed arrays, not objects): enough to price the run exactly before the first request, and to know which
 * sentences recur so their answers are kept for the later places, without holding any article in memory.
 */
import type { TargetLanguage } from '../../core/translation.ts';
import type { ProviderLimits, TokenUsage } from '../../providers/types.ts';
import { BatchPacker } from '../send/batches.ts';
import type { LanguageCost } from '../events.ts';

export interface LedgerNeed {
  key: number;
  /** Characters the provider bills for the segment text. */
  characters: number;
  /** Bytes the segment text adds to a request. */
  bytes: number;
  /** LLM providers: tokens this segment adds to a request's estimate. */
  tokens?: TokenUsage;
}

const INITIAL = 1024;

export class NeedLedger {
  readonly languages: readonly TargetLanguage[];
  #length = 0;
  #keys = new Float64Array(INITIAL);
  #language = new Uint32Array(INITIAL);
  #characters = new Uint32Array(INITIAL);
  #bytes = new Uint32Array(INITIAL);
  #prompt = new Float32Array(INITIAL);
  #completion = new Float32Array(INITIAL);

  constructor(languages: readonly TargetLanguage[]) {
    this.languages = languages;
  }

  get size(): number {
    return this.#length;
  }

  add(language: TargetLanguage, need: LedgerNeed): void {
    if (this.#length === this.#keys.length) this.#grow();
    const i = this.#length++;
    this.#keys[i] = need.key;
    this.#language[i] = this.languages.indexOf(language);
    this.#characters[i] = need.characters;
    this.#bytes[i] = need.bytes;
    this.#prompt[i] = need.tokens?.promptTokens ?? 0;
    this.#completion[i] = need.tokens?.completionTokens ?? 0;
  }

  /** Every distinct key still to be translated, for loading only the memory and journal entries that matter. */
  keys(): Set<number> {
    return new Set(this.#keys.subarray(0, this.#length));
  }

  /**
   * Prices the run: per language, the distinct segments not `free` (journal, memory), packed into requests exactly
   * as the run will pack them. Also returns how often each recurring key will be asked for (only keys seen twice or more).
   */
  price(limits: ProviderLimits, free: ReadonlySet<number>, sends: boolean, batchTokens?: (language: TargetLanguage) => TokenUsage): { cost: LanguageCost[]; recurring: Map<number, number> } {
    const occurrences = new Map<number, number>();
    const cost = this.languages.map((language): LanguageCost => ({ language, segments: 0, characters: 0, requests: 0 }));
    const packers = this.languages.map(() => new BatchPacker<number>(limits));
    const tokens = this.languages.map(() => ({ promptTokens: 0, completionTokens: 0 }));
    for (let i = 0; i < this.#length; i++) {
      const key = this.#keys[i]!;
      if (free.has(key)) continue;
      const seen = occurrences.get(key);
      occurrences.set(key, (seen ?? 0) + 1);
      if (seen !== undefined || !sends) continue;
      const l = this.#language[i]!;
      if (packers[l]!.add(i, this.#bytes[i]!)) cost[l]!.requests++;
      cost[l]!.segments++;
      cost[l]!.characters += this.#characters[i]!;
      tokens[l]!.promptTokens += this.#prompt[i]!;
      tokens[l]!.completionTokens += this.#completion[i]!;
    }
    cost.forEach((languageCost, l) => {
      if (packers[l]!.flush()) languageCost.requests++;
      if (!batchTokens) return;
      const base = batchTokens(languageCost.language);
      languageCost.tokens = {
        promptTokens: Math.ceil(tokens[l]!.promptTokens + base.promptTokens * languageCost.requests),
        completionTokens: Math.ceil(tokens[l]!.completionTokens + base.completionTokens * languageCost.requests),
      };
    });
    const recurring = new Map<number, number>();
    for (const [key, count] of occurrences) if (count > 1) recurring.set(key, count);
    return { cost, recurring };
  }

  #grow(): void {
    const size = this.#keys.length * 2;
    const grown = <T extends Float64Array | Uint32Array | Float32Array>(old: T, next: T): T => (next.set(old), next);
    this.#keys = grown(this.#keys, new Float64Array(size));
    this.#language = grown(this.#language, new Uint32Array(size));
    this.#characters = grown(this.#characters, new Uint32Array(size));
    this.#bytes = grown(this.#bytes, new Uint32Array(size));
    this.#prompt = grown(this.#prompt, new Float32Array(size));
    this.#completion = grown(this.#completion, new Float32Array(size));
  }
}
