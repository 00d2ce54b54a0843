import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGlossary } from '../../src/glossary/load.ts';

describe('examples run on load', () => {
  const glossary = loadGlossary(readFileSync(new URL('fixtures/examples.yaml', import.meta.url), 'utf8'), 'fixtures/examples.yaml');

  it('loads the glossary and returns misbehaving examples as findings, pointing at each example', () => {
    expect(glossary.entries.map((e) => e.id)).toEqual(['russia']);
    expect(glossary.exampleFailures.map((d) => `${d.ruleId} ${d.file}:${d.line}:${d.column}`)).toEqual([
      'glossary-example-fails fixtures/examples.yaml:17:9',
      'glossary-example-fails fixtures/examples.yaml:20:9',
      'glossary-example-fails fixtures/examples.yaml:22:9',
      'glossary-example-fails fixtures/examples.yaml:25:9',
    ]);
  });

  it('says why each example misbehaves', () => {
    const [forbidden, notFound, unexpectedPass, testsNothing] = glossary.exampleFailures.map((d) => d.message);
    expect(forbidden).toContain('declared to pass but fails: the English has the forbidden form "Russland"');
    expect(notFound).toContain('no form of the entry in the German "Russlandreise"');
    expect(unexpectedPass).toContain('declared to fail but passes: the English has "Russia"');
    expect(testsNothing).toContain('tests nothing');
    expect(glossary.exampleFailures.every((d) => d.severity === 'error' && d.hint)).toBe(true);
  });
});
