/** One deepl-node client per step of timeout, kept for the run, instead of a new client for every request. */
import { describe, expect, it } from 'vitest';
import { DeepLClients } from '../../src/providers/deepl-clients.ts';

describe('DeepLClients', () => {
  it('gives timeouts within one step (base × 1.25^k) the same client, and a longer timeout a client of its own', () => {
    const clients = new DeepLClients({ authKey: 'k:fx', timeoutMs: 10_000 });
    const base = clients.withTimeout(10_000);
    expect(clients.withTimeout(9_000)).toBe(base);
    expect(clients.withTimeout(10_000)).toBe(base);
    const next = clients.withTimeout(10_001); // step 12,500
    expect(next).not.toBe(base);
    expect(clients.withTimeout(12_500)).toBe(next);
    expect(clients.withTimeout(12_501)).not.toBe(next);
    // 10 s to 40 s (a full batch of long sentences) is a handful of clients, not one per request.
    const distinct = new Set(Array.from({ length: 300 }, (_, i) => clients.withTimeout(10_000 + i * 100)));
    expect(distinct.size).toBeLessThanOrEqual(8);
  });
});
