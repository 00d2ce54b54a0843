/**
 * One request to the provider for one batch, and what its answer leaves behind: the answers are journalled (raw,
 * appended and synced: on the spot after a network round trip, else through the thread pool) before the request's
 * slot frees, so a kill loses at most the requests in flight; restoring them to Markdown waits until the outcome is
 * handled, after the freed slot has sent the next one.
 */
import { ProviderError, type Provider } from '../../providers/types.ts';
import type { Journal } from '../journal/journal.ts';
import type { TrackedFile } from '../tracked-file.ts';
import { receiveAnswers, type ReceivedAnswer } from './apply-results.ts';
import type { BatchOutcome } from './scheduler.ts';
import type { CostBudget } from './cost-budget.ts';
import type { WorkItem } from './work-items.ts';

export type Batch = Array<WorkItem<TrackedFile>>;

export class BatchSender {
  readonly #provider: Provider;
  readonly #journal: Journal;
  readonly #signal: AbortSignal | undefined;
  readonly #budget: CostBudget | undefined;
  /** What a failed request's broken answer still holds that can be trusted: journalled, then filled in. */
  readonly #salvaged = new Map<Batch, ReceivedAnswer[]>();
  readonly #requestNumbers = new Map<Batch, number>();
  /** Batches numbered so far: a request's number in the run (the map forgets answered ones). */
  #numbered = 0;
  /** Requests made, retries after a rate limit included. */
  requests = 0;
  /** Requests that failed after the provider may have billed them, and their characters (counted as billed). */
  readonly possiblyBilled = { requests: 0, characters: 0 };

  /** `budget`: the cost limits each request must fit before it is sent (a billable provider). */
  constructor(provider: Provider, journal: Journal, signal: AbortSignal | undefined, budget?: CostBudget) {
    this.#provider = provider;
    this.#journal = journal;
    this.#signal = signal;
    this.#budget = budget;
  }

  async send(batch: Batch): Promise<ReceivedAnswer[]> {
    if (!this.#requestNumbers.has(batch)) {
      // Priced once, before its first attempt: the request that would cross a limit never leaves.
      const over = this.#provider.billable ? this.#budget?.admit(batch.reduce((n, item) => n + this.#provider.billing.characters(item.segment.text), 0)) : undefined;
      if (over) throw over;
      this.#requestNumbers.set(batch, ++this.#numbered);
    }
    this.requests++;
    // A batch sent again (after a rate limit) leaves out what an earlier broken answer already delivered.
    const earlier = this.#salvaged.get(batch) ?? [];
    const delivered = new Set(earlier.map(({ item }) => item));
    const pending = batch.filter((item) => !delivered.has(item));
    if (pending.length === 0) return earlier;
    try {
      const signal = this.#signal ? { signal: this.#signal } : {};
      let answeredFromElsewhere = false;
      const turn = setImmediate(() => (answeredFromElsewhere = true));
      const result = await this.#provider.translate({ targetLanguage: pending[0]!.language, segments: pending.map((item) => item.segment), ...signal });
      clearImmediate(turn);
      const received = receiveAnswers(pending, result.translations, this.#provider.name);
      // Synced before the slot frees: a kill loses no answer that is not also a request in flight. An answer that came
      // after a turn of the event loop (over the network) is synced on the spot: the slot, not the thread, is what
      // the run waits for, and the next request leaves in this same turn. One that came at once (a local provider)
      // leaves the thread as the bottleneck: synced through the thread pool while the run plans on.
      await this.#journal.appendSynced(received.map(({ answer }) => answer), { onTheSpot: answeredFromElsewhere });
      this.#salvaged.delete(batch);
      return [...earlier, ...received];
    } catch (error) {
      if (!(error instanceof ProviderError)) throw error;
      this.#salvage(batch, pending, earlier, error);
      throw error.withMessage(`${error.message} ${describeRequest(this.#requestNumbers.get(batch)!, batch)}`);
    }
  }

  /** The answers the batch's outcome brings (a failed request: what its broken answer held), journalled already; forgets the batch. */
  received(batch: Batch, outcome: BatchOutcome<ReceivedAnswer[]>): ReceivedAnswer[] {
    this.#requestNumbers.delete(batch);
    const received = outcome.kind === 'done' ? outcome.result : outcome.kind === 'failed' ? (this.#salvaged.get(batch) ?? []) : [];
    this.#salvaged.delete(batch);
    return received;
  }

  #salvage(batch: Batch, pending: Batch, earlier: ReceivedAnswer[], error: ProviderError): void {
    const trusted = receiveAnswers(pending, error.salvaged ?? [], this.#provider.name);
    if (trusted.length > 0) {
      this.#journal.append(trusted.map(({ answer }) => answer));
      this.#salvaged.set(batch, [...earlier, ...trusted]);
    }
    if (error.possiblyBilledCharacters && this.#provider.billable) {
      this.possiblyBilled.requests++;
      this.possiblyBilled.characters += error.possiblyBilledCharacters;
    }
  }
}

/** Names a failed request for the person reading the summary: its number in the run, its size, language and articles. */
function describeRequest(number: number, batch: Batch): string {
  const sources = [...new Set(batch.flatMap((item) => item.waiters.map(({ file }) => file.model.source)))];
  const shown = sources.length > 3 ? `${sources.slice(0, 3).join(', ')} and ${sources.length - 3} more` : sources.join(', ');
  return `(request ${number} of this run: ${batch.length} segment(s) into ${batch[0]!.language}, from ${shown})`;
}
