import { defineConfig } from 'vitest/config';

/** `npm test`: everything but the thorough versions of the slowest tests (`*.slow.test.ts`, `npm run test:slow`). */
export const shared = {
  setupFiles: ['tests/setup-fast-check.ts'],
  testTimeout: 30_000,
  pool: 'forks',
} as const;

export default defineConfig({
  test: { ...shared, include: ['tests/**/*.test.ts'], exclude: ['**/node_modules/**', 'tests/**/*.slow.test.ts'] },
});
