/**
 * deepl-node clients, kept for the run. Its timeout is a client setting, and a translate request's timeout grows with
 * its characters, so a client was made per request (connections were reused all the same: deepl-node keeps them
 * alive in one agent for every client). Now a timeout is rounded up to the next of the steps base × 1.25^k, and
 * each step gets one client: a handful over a run (10 s to 40 s is seven steps), each reusing its connections; no
 * request waits less than it was meant to, nor more than a quarter longer.
 */
import type { DeepLClient } from 'deepl-node';
import { deeplNode } from './deepl-node.ts';
import type { DeepLSettings } from './deepl-settings.ts';

const STEP = 1.25;

export class DeepLClients {
  readonly #settings: Pick<DeepLSettings, 'authKey' | 'serverUrl' | 'timeoutMs'>;
  readonly #byTimeout = new Map<number, DeepLClient>();

  constructor(settings: Pick<DeepLSettings, 'authKey' | 'serverUrl' | 'timeoutMs'>) {
    this.#settings = settings;
  }

  /** A client that waits at least `timeoutMs` per attempt; one attempt per call (withAttempts decides what is retried). */
  withTimeout(timeoutMs: number): DeepLClient {
    let step = this.#settings.timeoutMs;
    while (step < timeoutMs) step = Math.ceil(step * STEP);
    let client = this.#byTimeout.get(step);
    if (!client) {
      client = new (deeplNode().DeepLClient)(this.#settings.authKey, {
        ...(this.#settings.serverUrl ? { serverUrl: this.#settings.serverUrl } : {}),
        maxRetries: 1,
        minTimeout: step,
      });
      this.#byTimeout.set(step, client);
    }
    return client;
  }
}
