/**
 * What must be known from the provider before the first request: its server-side glossary is ready, and its
 * quota holds the run. Both are round trips, made side by side. What needs no glossary (the quota, the
 * provider's warm-up: DeepL's glossary list) can start before the glossary is read (`startAccount`); only
 * the glossary's own preparation waits for it (`start`).
 */
import { settle, type Settled } from '../../core/settled.ts';
import type { Glossary } from '../../glossary/index.ts';
import { ProviderError, type Provider, type Usage } from '../../providers/types.ts';


/** What the provider's preparation keeps from run to run (the run cache holds it). */
export interface KeptPreparation {
  kept: string | undefined;
  keep(state: string): void;
}

export class ProviderReadiness {
  readonly #provider: Provider;
  readonly #signal: AbortSignal | undefined;
  readonly #readsUsage: boolean;
  #prepared: Promise<Settled<void>> | undefined;
  #usage: Promise<Settled<Usage>> | undefined;
  #warmedUp: Promise<void> | undefined;
  #accountStarted = false;
  readonly #preparation: KeptPreparation | undefined;

  /** `readsUsage`: the run will compare its cost with the quota (billable, and not --force). */
  constructor(provider: Provider, signal: AbortSignal | undefined, readsUsage: boolean, preparation?: KeptPreparation) {
    this.#provider = provider;
    this.#signal = signal;
    this.#readsUsage = readsUsage;
    this.#preparation = preparation;
  }

  /** The round trips that need nothing of the project: the quota, and the provider's warm-up. Once per run. */
  startAccount(): void {
    const provider = this.#provider;
    if (this.#accountStarted) return;
    this.#accountStarted = true;
    if (this.#readsUsage && provider.usage) this.#usage = settle(provider.usage(this.#signal));
    this.#warmedUp = provider.warmUp?.(this.#signal);
  }

  /** Everything, the glossary's preparation included (what `startAccount` started is not asked again). */
  start(glossary: Glossary): void {
    this.startAccount();
    const provider = this.#provider;
    if (!this.#prepared && provider.prepare) {
      const kept = this.#preparation?.kept;
      const prepared = provider.prepare({ glossary: glossary.export(), ...(this.#signal ? { signal: this.#signal } : {}), ...(kept !== undefined ? { kept } : {}) });
      this.#prepared = settle(prepared.then((state) => void (typeof state === 'string' && this.#preparation?.keep(state))));
    }
  }

  /** The provider's error if the glossary could not be made ready; undefined when it is ready (or was never needed). */
  async prepareError(): Promise<ProviderError | undefined> {
    return expected(await this.#prepared);
  }

  /** The quota as read (undefined: the provider has none to read), or the error reading it. */
  async usage(): Promise<Usage | ProviderError | undefined> {
    const usage = await this.#usage;
    return usage && 'ok' in usage ? usage.ok : expected(usage);
  }

  /** Waits for whatever was started, so nothing is left running when a run returns early. */
  async settled(): Promise<void> {
    await Promise.all([this.#warmedUp, this.#prepared, this.#usage]);
    if (this.#prepared) await this.#provider.idle?.();
  }
}

/** A ProviderError is an expected failure; anything else is a bug and is thrown. */
function expected(settled: Settled<unknown> | undefined): ProviderError | undefined {
  if (!settled || 'ok' in settled) return undefined;
  if (settled.error instanceof ProviderError) return settled.error;
  throw settled.error;
}
