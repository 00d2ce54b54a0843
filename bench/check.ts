/**
 * Check benchmark: 10,000 segments × 2 languages (en, ko) against a generated 1,000-entry glossary.
 * Times `runCheck` (the real rules: missing, forbidden, untranslated German, do-not-translate, consistency…)
 * and, in the same process, a naive loop that does the glossary rules with one regular expression per entry
 * and segment (German forms in the source; allowed and forbidden forms in the target), over a sample of
 * segments, extrapolated. Goal (issue 4): the check at least 10× faster than the naive loop.
 * Run: node --import tsx bench/check.ts [segmentsPerLanguage]
 */
import { runCheck } from '../src/check/index.ts';
import type { TargetLanguage, TranslationEntry } from '../src/core/translation.ts';
import { loadGlossary, type GlossaryEntry } from '../src/glossary/index.ts';
import { toPlain } from '../src/source/index.ts';
import { parseTranslationFile, serializeTranslationFile, type ParsedTranslationFile } from '../src/store/index.ts';

export interface CheckBenchOptions {
  segments: number;
  entries: number;
  /** Segments per language the naive loop runs on; its time is scaled up to `segments`. */
  naiveSample: number;
}

const SENTENCES = [
  'Bei einem Treffen mit dem wichtigsten Sicherheitsberater erklärte der Minister, dass das Land die Politik unterstützen werde.',
  'Der Besuch fiel mit der Amtseinführung des neuen Präsidenten zusammen, der nach monatelanger Instabilität vereidigt wurde.',
  'Ein gemeinsamer Bericht von elf Ländern erwähnt fortschrittliche elektronische Kampfsysteme.',
  'Es bleibt unklar, ob die Regierung auf die Initiative reagieren wird.',
  'Im vergangenen Jahr zerstörte das Land Teile seiner eigenen Infrastruktur.',
];
const SYLLABLES = ['ka', 'ro', 'mü', 'ßen', 'tal', 'wer', 'jon', 'pä', 'lin', 'dorf', 'sch', 'ei', 'burg', 'ner'];

function generator(seed: number) {
  let state = seed;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return { random, pick };
}

/** Unique, letters-only suffix (a genitive -s needs a final letter). */
const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));

interface Generated {
  glossaryText: string;
  names: Array<{ de: string; en: string; enWrong: string; ko: string }>;
}

function generateGlossary(entries: number): Generated {
  const { random, pick } = generator(42);
  const name = () => {
    const word = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  };
  const yaml = ['version: 1', 'entries:'];
  const names: Generated['names'] = [];
  for (let i = 0; i < entries; i++) {
    const [first, last] = [name(), `${name()}${letters(i)}`];
    const english = `${first.replace(/ß/g, 'ss').replace(/ä/g, 'ae').replace(/ü/g, 'ue')}e ${last.replace(/ß/g, 'ss').replace(/ä/g, 'ae').replace(/ü/g, 'ue')}`;
    names.push({ de: `${first} ${last}`, en: english, enWrong: `${first} ${last}`, ko: `가${i}나` });
    yaml.push(
      `  - id: e${i}`,
      `    kind: ${pick(['person', 'place', 'organisation'])}`,
      `    note: generated`,
      `    de: { term: "${first} ${last}", variants: ["${first}-${last}"], derive: [genitive-s, hyphen-compounds] }`,
      `    en: { preferred: "${english}", forbidden: ["${first} ${last}"] }`,
      `    ko: { preferred: "가${i}나", forbidden: ["다${i}라"] }`,
    );
  }
  return { glossaryText: yaml.join('\n'), names };
}

/** Files of 100 segments; a few targets miss a term or use a forbidden form, a few sentences repeat. */
function generateFiles(language: TargetLanguage, segments: number, names: Generated['names']): ParsedTranslationFile[] {
  const { random, pick } = generator(language === 'en' ? 7 : 11);
  const files: ParsedTranslationFile[] = [];
  for (let f = 0; f * 100 < segments; f++) {
    const entries: TranslationEntry[] = [];
    for (let s = 0; s < 100 && f * 100 + s < segments; s++) {
      const a = pick(names);
      const b = pick(names);
      const sentence = pick(SENTENCES);
      const roll = random();
      const first = language === 'en' ? (roll < 0.02 ? a.enWrong : a.en) : `${a.ko}은`;
      const second = roll > 0.98 ? '' : language === 'en' ? `${b.en}'s` : `${b.ko}의`;
      entries.push({
        id: `s${f}-${s}`,
        source: `${a.de} sagte: ${sentence} So ${b.de}s Sprecher (${f}-${s}).`,
        target: language === 'en' ? `${first} said: translated sentence. So ${second} spokesperson (${f}-${s}).` : `${first} 말했다: 번역. ${second} 대변인 (${f}-${s}).`,
        status: 'reviewed',
      });
    }
    const model = { article: `a${f}`, language, source: `source/a${f}.md`, segments: entries };
    const path = `translations/${language}/a${f}.yaml`;
    files.push(parseTranslationFile(serializeTranslationFile(model), path));
  }
  return files;
}

const escape = (form: string) => form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const boundaryRegex = (forms: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${[...forms].sort((x, y) => y.length - x.length).map(escape).join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'u');

/** The glossary rules, one regular expression per entry and segment. Returns the number of findings. */
function naiveCheck(entries: readonly GlossaryEntry[], files: readonly ParsedTranslationFile[], sample: number): number {
  const compiled = (lang: TargetLanguage) =>
    entries.map((e) => {
      const t = lang === 'en' ? e.en : e.ko;
      return {
        german: boundaryRegex(e.de.matchForms),
        allowed: boundaryRegex([t.preferred, ...(t.short ? [t.short] : []), ...t.accepted]),
        forbidden: t.forbidden.length > 0 ? boundaryRegex(t.forbidden) : undefined,
      };
    });
  const byLanguage = new Map<TargetLanguage, ReturnType<typeof compiled>>();
  let findings = 0;
  for (const file of files) {
    const lang = file.model.language;
    const regexes = byLanguage.get(lang) ?? byLanguage.set(lang, compiled(lang)).get(lang)!;
    for (const segment of file.model.segments) {
      if (sample-- <= 0) return findings;
      const source = toPlain(segment.source);
      const target = toPlain(segment.target);
      for (const r of regexes) {
        if (r.german.test(source) && !r.allowed.test(target)) findings++;
        if (r.forbidden?.test(target)) findings++;
      }
    }
  }
  return findings;
}

function timed<T>(work: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = work();
  return { ms: performance.now() - started, value };
}

export async function run(options: CheckBenchOptions = { segments: 10_000, entries: 1000, naiveSample: 100 }): Promise<string> {
  const { glossaryText, names } = generateGlossary(options.entries);
  const load = timed(() => loadGlossary(glossaryText, 'glossary.yaml'));
  const glossary = load.value;
  const parse = timed(() => [...generateFiles('en', options.segments, names), ...generateFiles('ko', options.segments, names)]);
  const files = parse.value;
  const check = timed(() => runCheck({ glossary, files }));
  const sample = Math.min(options.naiveSample, options.segments);
  const enFiles = files.filter((f) => f.model.language === 'en');
  const koFiles = files.filter((f) => f.model.language === 'ko');
  const naive = timed(() => naiveCheck(glossary.entries, enFiles, sample) + naiveCheck(glossary.entries, koFiles, sample));
  const naiveFull = (naive.ms * options.segments) / sample;
  const total = options.segments * 2;
  const byRule = new Map<string, number>();
  for (const d of check.value.diagnostics) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
  return [
    `## Check (${options.segments.toLocaleString('en')} segments × 2 languages, ${options.entries.toLocaleString('en')}-entry glossary)`,
    '',
    '| step | time | per segment |',
    '|---|---:|---:|',
    `| load glossary (validate, compile, run examples) | ${load.ms.toFixed(0)} ms | |`,
    `| serialize + parse ${files.length} translation files (not part of the comparison) | ${parse.ms.toFixed(0)} ms | |`,
    `| \`runCheck\`, all rules | ${check.ms.toFixed(0)} ms | ${((check.ms * 1000) / total).toFixed(1)} µs |`,
    `| naive: one regex per entry and segment (${sample} segments per language, ×${(options.segments / sample).toFixed(0)}) | ≈${naiveFull.toFixed(0)} ms | ${((naiveFull * 1000) / total).toFixed(0)} µs |`,
    '',
    `Findings: ${[...byRule].map(([rule, n]) => `${rule} ${n}`).join(', ') || 'none'}.`,
    '',
    `Speed-up of the check over the naive loop: **${(naiveFull / check.ms).toFixed(0)}×** (goal ≥ 10×).`,
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const segments = Number(process.argv[2] ?? 10_000);
  console.log(await run({ segments, entries: 1000, naiveSample: Math.min(100, segments) }));
}
