/**
 * Answers kept for sentences that recur later in the run. The request for a sentence goes out with its first
 * place; places in articles not planned yet take the answer from here instead of paying again. Only sentences the
 * price pass counted more than once are kept, and each is dropped once its last place has taken it.
 */
import type { TargetLanguage } from '../../core/translation.ts';
import type { JournalEntry } from '../journal/journal.ts';
import { SentenceMap, sentenceHash } from '../sentence-key.ts';

export class RecurringAnswers {
  /** Places still to come per key: all places counted by the price pass, minus those served so far. */
  readonly #remaining: Map<number, number>;
  readonly #answers = new SentenceMap<JournalEntry>();

  constructor(recurring: Map<number, number>) {
    this.#remaining = recurring;
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
    const remaining = this.#remaining.get(key);
    if (remaining === undefined) return 0;
    const left = remaining - served;
    if (left > 0) this.#remaining.set(key, left);
    else this.#remaining.delete(key);
    return left;
  }
}
