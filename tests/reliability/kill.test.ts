/**
 * Killed at any moment (tests/reliability/kill-harness.ts), the quick version for `npm test`: a kill in each phase
 * (startup, planning, sending, after an answer) and one more at a seeded random moment. The 20-kill version runs in
 * `npm run test:slow` (kill.slow.test.ts).
 */
import { describe, it } from 'vitest';
import { everyPhaseFirst, killedAtAnyMoment } from './kill-harness.ts';

describe('killed at any moment', () => {
  it('leaves usable files after every SIGKILL and ends where an uninterrupted run ends, paying little twice (5 kills)', { timeout: 120_000 }, async () => {
    await killedAtAnyMoment(5, everyPhaseFirst(20261207));
  });
});
