/**
 * `terms` benchmark: `findTerms` (suggest + inconsistent) against one `runCheck` over the same 1,000 generated
 * articles (bench/news-names.ts, planted names), both in this process. Goal (issue 15): within 2× of check.
 * Also the share of candidates a person would accept on a random 50 of a 300-article corpus: judged by hand in
 * bench/terms-judged.md, and by the rule written in `judge` below as a repeatable approximation.
 * Run: node --import tsx bench/terms.ts [articles]
 */
import { readFile } from 'node:fs/promises';
import { runCheck } from '../src/check/index.ts';
import { createContext } from '../src/check/context.ts';
import { RULES } from '../src/check/rules/index.ts';
import { loadGlossary } from '../src/glossary/index.ts';
import { parseTranslationFile, serializeTranslationFile } from '../src/store/index.ts';
import { alignArticles, findTerms, type Candidate } from '../src/terms/index.ts';
import { mulberry32 } from '../tests/helpers/prng.ts';
import { generateNewsArticle, PLANTED, type NewsArticle } from './news-names.ts';

function corpus(count: number): NewsArticle[] {
  return Array.from({ length: count }, (_, i) => generateNewsArticle(i));
}

function aligned(articles: readonly NewsArticle[]) {
  return alignArticles(articles.map((a) => ({
    slug: a.slug,
    segments: a.segments.map((s, i) => ({ id: s.id, text: s.plain, plain: s.plain, blockIndex: i, line: i + 1, column: 1 })),
    translations: a.translations,
  })));
}

/**
 * The written rule: a person accepts a candidate when (1) it is a real name — its German term, a form or a short
 * form is a planted name (full name, surname, place or company) — and (2) every form it proposes is that name's
 * English or Korean form (full or surname; a variant spelling is wrong). A missing proposal does not reject it.
 */
export function judge(candidate: Candidate): boolean {
  const german = [candidate.term, ...candidate.forms, ...candidate.short];
  const name = PLANTED.find((n) => german.some((g) => g === n.de || g === n.surname?.[0]));
  if (!name) return false;
  const en = [name.en, name.surname?.[1]].filter(Boolean);
  const ko = [name.ko, name.surname?.[2]].filter(Boolean);
  return (!candidate.proposals.en || en.includes(candidate.proposals.en.form)) && (!candidate.proposals.ko || ko.includes(candidate.proposals.ko.form));
}

export async function run(options: { articles?: number } = {}): Promise<string> {
  const count = options.articles ?? 1000;
  const glossary = loadGlossary(await readFile(new URL('../glossary.yaml', import.meta.url), 'utf8'), 'glossary.yaml');

  const small = corpus(300);
  const { candidates } = findTerms(aligned(small), glossary);
  const next = mulberry32(15);
  const pool = [...candidates];
  const sample: Candidate[] = [];
  while (sample.length < 50 && pool.length > 0) sample.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  const accepted = sample.filter(judge).length;
  const plantedFound = PLANTED.filter((n) => candidates.some((c) => [c.term, ...c.short].includes(n.de))).length;

  const big = corpus(count);
  const files = big.flatMap((a) => (['en', 'ko'] as const).map((lang) => parseTranslationFile(serializeTranslationFile(a.translations[lang]), `translations/${lang}/${a.slug}.yaml`)));
  const segments = files.reduce((n, f) => n + f.model.segments.length, 0);
  // CPU time of this process, not the clock: on a machine shared with other jobs the clock measures them too.
  // Everything timed here runs on one thread, so on an idle machine the two agree.
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const time = (work: () => void) => {
    work(); // warm-up
    const started = cpu();
    for (let i = 0; i < 3; i++) work();
    return (cpu() - started) / 3;
  };
  const checkMs = time(() => runCheck({ glossary, files }));
  // The rules with and without term-inconsistent, on the same path: what the rule adds to every check.
  const rules = (only: (id: string) => boolean) => () => {
    const context = createContext({ glossary, files });
    for (const rule of RULES) if (only(rule.id)) rule.run(context);
  };
  const withMs = time(rules(() => true));
  const withoutMs = time(rules((id) => id !== 'term-inconsistent'));
  const termsMs = time(() => findTerms(aligned(big), glossary));
  const ratio = termsMs / checkMs;
  return [
    '## terms',
    '',
    `Corpus: bench/news-names.ts, ${PLANTED.length} planted names (people, cities, companies, organisations, CLDR countries) and distractor copy, about 5 % of name renderings in a variant spelling, 30 % machine.`,
    '',
    `- 300 articles: ${candidates.length} candidates, ${plantedFound} of ${PLANTED.length} planted full names found; the written rule (\`judge\` in bench/terms.ts) accepts ${accepted} of a random ${sample.length} (${Math.round((100 * accepted) / Math.max(1, sample.length))} %); judged by hand: bench/terms-judged.md.`,
    `- ${count} articles (${segments} target segments), CPU time: terms ${termsMs.toFixed(0)} ms, one check ${checkMs.toFixed(0)} ms → ${ratio.toFixed(2)}× (goal ≤ 2×).`,
    `- The check's rules with term-inconsistent ${withMs.toFixed(0)} ms, without it ${withoutMs.toFixed(0)} ms → ${(withMs / withoutMs).toFixed(2)}×.`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(await run({ articles: Number(process.argv[2] ?? 1000) }));
