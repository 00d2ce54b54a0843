/**
 * One folder per rule with a failing and a passing repository (glossary.yaml + translations/<lang>/*.yaml,
 * German sources with English and Korean targets). expected.json lists every diagnostic by file, rule,
 * line and column, the suppressed ones with their reasons, and the exit code the CLI would give.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULE_CATALOG } from '../../src/check/index.ts';
import { brief, checkRepository } from './fixture-runner.ts';

const FIXTURES = fileURLToPath(new URL('fixtures', import.meta.url));
const rules = readdirSync(FIXTURES).sort();

interface Expected {
  exitCode: number;
  diagnostics: Array<ReturnType<typeof brief>>;
  suppressed?: Array<ReturnType<typeof brief> & { reason: string }>;
}

describe.each(rules)('%s', (rule) => {
  it.each(['fail', 'pass'])('%s', async (kind) => {
    const root = path.join(FIXTURES, rule, kind);
    const expected = JSON.parse(readFileSync(path.join(root, 'expected.json'), 'utf8')) as Expected;
    const outcome = await checkRepository(root);
    expect(outcome.diagnostics.map(brief)).toEqual(expected.diagnostics);
    expect(outcome.suppressed.map((s) => ({ ...brief(s.diagnostic), reason: s.reason }))).toEqual(expected.suppressed ?? []);
    expect(outcome.exitCode).toBe(expected.exitCode);
    for (const d of outcome.diagnostics) expect(d.hint, `${d.ruleId} at ${d.file}:${d.line} has a fix`).toBeTruthy();
  });
});

it('has a fixture for every rule of the catalog that looks at translations or the glossary', () => {
  const covered = new Set(rules);
  const ruleIds = RULE_CATALOG.map((r) => r.id).filter((id) => !['yaml-syntax', 'translation-schema', 'encoding', 'suppression-invalid', 'suppression-unused'].includes(id));
  expect(ruleIds.filter((id) => !covered.has(id))).toEqual([]);
  // suppression-* and the store's input problems have their own folders.
  expect(covered).toContain('suppression');
  expect(covered).toContain('translation-invalid');
});

it('a failing fixture reports its own rule, at its catalog severity for glossary rules (error; a warning for glossary-all-caps and glossary-language-missing)', async () => {
  for (const rule of rules.filter((r) => r.startsWith('glossary-') && r !== 'glossary-invalid')) {
    const outcome = await checkRepository(path.join(FIXTURES, rule, 'fail'));
    const severity = RULE_CATALOG.find((r) => r.id === rule)?.severity ?? 'error';
    expect(severity, rule).toBe(rule === 'glossary-all-caps' || rule === 'glossary-language-missing' ? 'warning' : 'error');
    expect(outcome.diagnostics.filter((d) => d.ruleId === rule).every((d) => d.severity === severity), rule).toBe(true);
    expect(outcome.diagnostics.some((d) => d.ruleId === rule), rule).toBe(true);
  }
});
