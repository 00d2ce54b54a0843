/**
 * Publish finds the names outside the glossary once (issue 15, item 3): the review page's underline and the
 * check's term-inconsistent rule share one report instead of each running the term finder over every article.
 */
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/index.ts';
import type { Glossary } from '../../src/glossary/index.ts';
import { findArticleNames, publishArticles } from '../../src/publish/index.ts';
import type { Candidate } from '../../src/terms/index.ts';
import { loadWorkspace } from '../../src/workspace/index.ts';
import { PROJECT_ROOT } from '../helpers/cli.ts';

async function sampleWithoutShoigu() {
  const workspace = await loadWorkspace(PROJECT_ROOT, []);
  const full = workspace.glossary;
  const glossary: Glossary = { ...full, matchGerman: (text: string) => full.matchGerman(text).filter((m) => m.entry !== 'sergei-shoigu') };
  // One English target spells the name another way: term-inconsistent has something to find.
  const english = workspace.articles[0]!.parsed.en!.model;
  const entry = english.segments.find((s) => s.target.startsWith("The visit was Shoigu's"))!;
  entry.target = entry.target.replace('Shoigu', 'Shoygu');
  expect(workspace.articles[0]!.translations.en).toBe(english);
  return { workspace, glossary };
}

function terse(diagnostics: ReturnType<typeof runCheck>['diagnostics']) {
  return diagnostics.filter((d) => d.ruleId === 'term-inconsistent').map((d) => `${d.file}:${d.line}:${d.column} ${d.message}`);
}

describe('names found once per publish', () => {
  it("the check given publish's names reports the same term-inconsistent findings as a check that finds them itself", async () => {
    const { workspace, glossary } = await sampleWithoutShoigu();
    const files = workspace.articles.flatMap((a) => Object.values(a.parsed));
    const itself = terse(runCheck({ glossary, files }).diagnostics);
    const shared = terse(runCheck({ glossary, files, terms: findArticleNames(workspace.articles, glossary, ['en', 'ko']) }).diagnostics);
    expect(itself.length).toBeGreaterThan(0);
    expect(itself.join('\n')).toContain('"Shoygu" here');
    expect(shared).toEqual(itself);
  });

  it('the review page marks the names publish was given, without finding them again', async () => {
    const workspace = await loadWorkspace(PROJECT_ROOT, []);
    const given: Candidate = {
      id: 'amtseinfuehrung', term: 'Amtseinführung', forms: [], short: [], articles: 1, occurrences: 1,
      example: { article: 'kim-russland', sentence: '' }, evidence: [], confidence: 1, englishSeen: true, derive: [], proposals: {},
    };
    const { files } = publishArticles(workspace.articles, { languages: ['en', 'ko'], drafts: true, glossary: workspace.glossary, terms: { candidates: [given], inconsistencies: [] } });
    const review = files.find((f) => f.path === 'review/kim-russland.html')!.text;
    expect(review).toContain('data-candidate="amtseinfuehrung"');
  });
});

describe('term finder asked for inconsistencies only', () => {
  it('finds the same inconsistencies as a full run, without proposing forms for names in one segment', async () => {
    const { workspace, glossary } = await sampleWithoutShoigu();
    const { alignArticles, findTerms } = await import('../../src/terms/index.ts');
    const segments = alignArticles(workspace.articles.map((a) => ({ slug: a.document.slug, segments: a.segments, translations: a.translations, parsed: a.parsed })));
    const full = findTerms(segments, glossary);
    const only = findTerms(segments, glossary, { wanted: 'inconsistencies' });
    expect(full.inconsistencies.length).toBeGreaterThan(0);
    expect(JSON.stringify(only.inconsistencies)).toBe(JSON.stringify(full.inconsistencies));
    expect(only.candidates).toEqual([]);
  });
});
