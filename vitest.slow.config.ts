import { defineConfig } from 'vitest/config';
import { shared } from './vitest.config.ts';

/** `npm run test:slow`: the thorough versions of the slowest tests (20 kills instead of 5); .ci/run runs both. */
export default defineConfig({
  test: { ...shared, include: ['tests/**/*.slow.test.ts'], testTimeout: 300_000 },
});
