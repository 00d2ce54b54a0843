import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import type { InlineConfig } from 'vitest/node';

/** What `npm test` and `npm run test:slow` (vitest.slow.config.ts) share. */
export const shared: InlineConfig = {
  setupFiles: ['tests/setup-fast-check.ts'],
  testTimeout: 30_000,
  pool: 'forks',
  // vitest's default leaves a core free (one worker on a 2-core machine: 120 s instead of 80 s for npm test); much of
  // the suite waits on child processes and sockets, so every core gets a worker.
  maxWorkers: Math.max(2, availableParallelism()),
  // Test files share each worker's module cache instead of loading src/ and its dependencies afresh per file (about
  // a third of the suite's time). So a test file leaves no global state behind: timers, spies and process.env
  // restored, hooks registered in the test file itself, no vi.mock of shared modules.
  isolate: false,
};

/** `npm test`: everything but the thorough versions of the slowest tests (`*.slow.test.ts`, `npm run test:slow`). */
export default defineConfig({
  test: { ...shared, include: ['tests/**/*.test.ts'], exclude: ['**/node_modules/**', 'tests/**/*.slow.test.ts'] },
});
