/**
 * The cost guards as requests go out: a run that starts sending before it has priced everything (a streamed run)
 * still never sends the request that would take it over `--max-chars` or over the quota left when it started.
 * Every request is priced as it is made, with the billing rule the survey prices the run with.
 */
import { ProviderError } from '../../providers/types.ts';

/** The request that would cross a cost limit: not sent, and nothing after it. */
export class CostLimitReached extends ProviderError {
  constructor(provider: string, readonly reason: 'max-chars' | 'quota', message: string) {
    super(provider, 'quota', message);
  }
}

export interface CostLimits {
  maxChars?: number;
  /** The quota as read when the run started. */
  quota?: { used: number; limit: number };
}

export class CostBudget {
  readonly #provider: string;
  readonly #limits: CostLimits;
  /** Characters of the requests admitted so far. */
  spent = 0;

  constructor(provider: string, limits: CostLimits) {
    this.#provider = provider;
    this.#limits = limits;
  }

  /** Admits a request of `characters` (counted as spent), or says which limit it would cross. */
  admit(characters: number): CostLimitReached | undefined {
    const total = this.spent + characters;
    const { maxChars, quota } = this.#limits;
    const stopped = `Stopped before a request of ${characters} characters: with the ${this.spent} sent before it, this run would bill ${total} characters`;
    if (maxChars !== undefined && total > maxChars) return new CostLimitReached(this.#provider, 'max-chars', `${stopped}, more than --max-chars ${maxChars}.`);
    if (quota && total > quota.limit - quota.used) {
      return new CostLimitReached(this.#provider, 'quota', `${stopped} but only ${quota.limit - quota.used} of ${quota.limit} were left this period.`);
    }
    this.spent = total;
    return undefined;
  }
}
