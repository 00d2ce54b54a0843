import { defineConfig } from 'vitest/config';
import type { InlineConfig } from 'vitest/node';

/** What `npm test` and `npm run test:slow` (vitest.slow.config.ts) share. */
export const shared: InlineConfig = {
  setupFiles: ['tests/setup-fast-check.ts'],
  testTimeout: 30_000,
  pool: 'forks',
};

/** `npm test`: everything but the thorough versions of the slowest tests (`*.slow.test.ts`, `npm run test:slow`). */
export default defineConfig({
  test: { ...shared, include: ['tests/**/*.test.ts'], exclude: ['**/node_modules/**', 'tests/**/*.slow.test.ts'] },
});
