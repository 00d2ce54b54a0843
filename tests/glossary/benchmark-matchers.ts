/**
 * Speed of the combined matchers against one regex per entry, at the size the check must handle:
 * 1,000 entries, 10,000 segments, German + one target language.
 * Run: npx tsx tests/glossary/benchmark-matchers.ts  (not a unit test: speed goals stay out of vitest)
 */
import { loadGlossary } from '../../src/glossary/load.ts';
import type { GlossaryEntry } from '../../src/glossary/types.ts';
import { readSeed } from '../helpers/kim-russland-seed.ts';

const ENTRIES = 1000;
const SEGMENTS = 10_000;
const BASELINE_SEGMENTS = 1000;

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const syllables = ['ka', 'ro', 'mü', 'ßen', 'tal', 'wer', 'jon', 'pä', 'lin', 'dorf', 'sch', 'ei', 'burg', 'ner'];
const name = () => {
  const word = Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join('');
  return word[0]!.toUpperCase() + word.slice(1);
};
/** Makes names unique while keeping them letters only (a genitive -s needs a final letter). */
const letters = (n: number): string => (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(97 + (n % 26));

const yaml = ['version: 1', 'entries:'];
const germanNames: string[] = [];
for (let i = 0; i < ENTRIES; i++) {
  const [first, last] = [name(), `${name()}${letters(i)}`];
  germanNames.push(`${first} ${last}`, last);
  yaml.push(
    `  - id: e${i}`,
    `    kind: ${pick(['person', 'place', 'organisation'])}`,
    `    de: { term: "${first} ${last}", variants: ["${first}-${last}"], short: ["${last}"], derive: [genitive-s, hyphen-compounds] }`,
    `    en: { preferred: "${first}e ${last}", short: "${last}", forbidden: ["${first} ${last}"] }`,
    `    ko: { preferred: "가${i}나", forbidden: ["다${i}라"] }`,
  );
}
const text = yaml.join('\n');
const sentences = readSeed()
  .split(/(?<=[.!?])\s+/u)
  .filter((s) => s.length > 20);
const segments = Array.from({ length: SEGMENTS }, () => {
  const words = pick(sentences).split(' ');
  words.splice(Math.floor(random() * words.length), 0, `${pick(germanNames)}s`);
  words.splice(Math.floor(random() * words.length), 0, pick(germanNames));
  return words.join(' ');
});
const englishSegments = segments.map((s) => s.replace(/ä/g, 'ae'));

const time = (label: string, run: () => number) => {
  const started = performance.now();
  const found = run();
  const ms = performance.now() - started;
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(7)} ms  (${found} matches)`);
  return ms;
};

const loadMs = time('load + validate + compile + run examples', () => loadGlossary(text, 'bench.yaml').entries.length);
const glossary = loadGlossary(text, 'bench.yaml');
const combined =
  time(`combined: German, ${SEGMENTS} segments`, () => segments.reduce((n, s) => n + glossary.matchGerman(s).length, 0)) +
  time(`combined: English, ${SEGMENTS} segments`, () => englishSegments.reduce((n, s) => n + glossary.matchTarget('en', s).length, 0));

// The baseline: one regex per entry (all its forms, longest first, Unicode word boundaries) per segment.
const boundaryRegex = (forms: string[]) => {
  const alternation = [...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${alternation})(?![\\p{L}\\p{M}\\p{N}])`, 'gu');
};
const targetForms = (e: GlossaryEntry) => [e.en.preferred, ...(e.en.short ? [e.en.short] : []), ...e.en.accepted, ...e.en.forbidden];
const germanRegexes = glossary.entries.map((e) => boundaryRegex(e.de.matchForms));
const englishRegexes = glossary.entries.map((e) => boundaryRegex(targetForms(e)));
const perRegex = (regexes: RegExp[], texts: string[]) => () => {
  let n = 0;
  for (const t of texts.slice(0, BASELINE_SEGMENTS)) for (const r of regexes) n += t.match(r)?.length ?? 0;
  return n;
};
const baseline =
  time(`one regex per entry: German, ${BASELINE_SEGMENTS} segments`, perRegex(germanRegexes, segments)) +
  time(`one regex per entry: English, ${BASELINE_SEGMENTS} segments`, perRegex(englishRegexes, englishSegments));
// A kinder baseline: plain alternations (no lookbehind), boundaries checked in code afterwards.
const plainRegex = (forms: string[]) =>
  new RegExp([...forms].sort((a, b) => b.length - a.length).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
const WORD = /[\p{L}\p{M}\p{N}]/u;
const perPlainRegex = (regexes: RegExp[], texts: string[]) => () => {
  let n = 0;
  for (const t of texts.slice(0, BASELINE_SEGMENTS)) {
    for (const r of regexes) {
      for (const m of t.matchAll(r)) {
        if (!WORD.test(t[m.index - 1] ?? ' ') && !WORD.test(t[m.index + m[0].length] ?? ' ')) n++;
      }
    }
  }
  return n;
};
const plain =
  time(`plain regex per entry: German, ${BASELINE_SEGMENTS} segments`, perPlainRegex(glossary.entries.map((e) => plainRegex(e.de.matchForms)), segments)) +
  time(`plain regex per entry: English, ${BASELINE_SEGMENTS} segments`, perPlainRegex(glossary.entries.map((e) => plainRegex(targetForms(e))), englishSegments));
console.log(`plain-regex baseline ≈${(plain * SEGMENTS / BASELINE_SEGMENTS).toFixed(0)} ms: speed-up ${((plain * SEGMENTS) / BASELINE_SEGMENTS / combined).toFixed(1)}×`);
const baselineFull = baseline * (SEGMENTS / BASELINE_SEGMENTS);
console.log(`\nload: ${loadMs.toFixed(0)} ms; combined ${combined.toFixed(0)} ms vs one-regex-per-entry ≈${baselineFull.toFixed(0)} ms (×${SEGMENTS / BASELINE_SEGMENTS} extrapolated)`);
console.log(`speed-up: ${(baselineFull / combined).toFixed(1)}×`);
