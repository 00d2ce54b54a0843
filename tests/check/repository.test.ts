/**
 * The shipped glossary and the reviewed sample translations (source/kim-russland.md) must pass: no errors.
 * With --require-complete as well, since the sample translation files are complete.
 */
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/cli.ts';
import { checkRepository } from './fixture-runner.ts';

it('the repository passes the check with --require-complete', async () => {
  const outcome = await checkRepository(PROJECT_ROOT, { requireComplete: true });
  const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
  expect(errors.map((d) => `${d.file}:${d.line}:${d.column} ${d.message} [${d.ruleId}]`)).toEqual([]);
  expect(outcome.exitCode).toBe(0);
});
