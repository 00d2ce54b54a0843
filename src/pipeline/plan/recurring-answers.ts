/**
 * Answers kept for sentences that recur later in the run. The request for a sentence goes out with its first
 * place; places in articles not planned yet take the answer from here instead of paying again. Only sentences the
 * price pass counted more than once are kept, and each is dropped once its last place has taken it.
 * While the price pass is still counting (a streamed run), every answer is kept, with the places it served; once
 * the counts are known (`settle`), only the answers with places still to come stay.
 */
import type { TargetLanguage } from '../../core/translation.ts';
import type { JournalEntry } from '../journal/journal.ts';
import { SentenceMap, sentenceHash } from '../sentence-key.ts';

export class RecurringAnswers {
  /** Places still to come per key: all places counted by the price pass, minus those served so far. */
  #remaining: Map<number, number> | undefined;
  /** Until the counts are known: places served so far per key. */
  readonly #served = new Map<number, number>();
  readonly #answers = new SentenceMap<JournalEntry>();

  /** `recurring`: the price pass's counts; undefined while they are not known yet. */
  constructor(recurring?: Map<number, number>) {
    this.#remaining = recurring;
  }

  /** True while every answer is kept because the counts are not known yet. */
  get provisional(): boolean {
    return this.#remaining === undefined;
  }

  /** The price pass's counts: answers kept meanwhile stay only for the places still to come. */
  settle(recurring: Map<number, number>): void {
    if (this.#remaining) return;
    this.#remaining = recurring;
    for (const [key, served] of this.#served) this.#count(key, served);
    this.#served.clear();
    for (const entry of [...this.#answers.values()]) {
      if (!this.#remaining.has(sentenceHash(entry.language, entry.source))) this.#answers.delete(entry.language, entry.source);
    }
  }

  /** `served` places took this answer already (the item's waiters). */
  keep(entry: JournalEntry, served: number): void {
    const left = this.#count(sentenceHash(entry.language, entry.source), served);
    if (left > 0) this.#answers.set(entry.language, entry.source, entry);
  }

  take(language: TargetLanguage, source: string): JournalEntry | undefined {
    const entry = this.#answers.get(language, source);
    if (entry === undefined) return undefined;
    if (this.#count(sentenceHash(language, source), 1) <= 0) this.#answers.delete(language, source);
    return entry;
  }

  get size(): number {
    return this.#answers.size;
  }

  #count(key: number, served: number): number {
    if (!this.#remaining) {
      this.#served.set(key, (this.#served.get(key) ?? 0) + served);
      return Infinity;
    }
    const remaining = this.#remaining.get(key);
    if (remaining === undefined) return 0;
    const left = remaining - served;
    if (left > 0) this.#remaining.set(key, left);
    else this.#remaining.delete(key);
    return left;
  }
}
