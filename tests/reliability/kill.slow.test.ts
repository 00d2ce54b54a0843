/**
 * Killed at any moment (tests/reliability/kill-harness.ts), the thorough version: 20 SIGKILLs at seeded random
 * moments. Runs in `npm run test:slow` (vitest.slow.config.ts), which .ci/run runs after `npm test`.
 */
import { describe, it } from 'vitest';
import { killedAtAnyMoment, randomTriggers } from './kill-harness.ts';

describe('killed at any moment', () => {
  it('leaves usable files after every SIGKILL and ends where an uninterrupted run ends, paying little twice (20 kills)', { timeout: 300_000 }, async () => {
    await killedAtAnyMoment(20, randomTriggers(20261126));
  });
});
