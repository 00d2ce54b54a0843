/**
 * Runs → candidates: inflected forms under their base (`Schoygus` → `Schoygu`, `Demokratischen Partei` →
 * `Demokratische Partei`), a surname alone under the full name it shortens (sub-phrase reduction), and the
 * evidence that makes each one a name.
 */
import { NAME_ADJECTIVE, PLACE_ADJECTIVE, PLACE_SUFFIX } from './german-data.ts';
import type { Run } from './runs.ts';
import { englishMidSentence } from './target-forms.ts';
import type { AlignedSegment, Candidate, Evidence } from './types.ts';
import { fold, genitiveBase, similarity, spellings } from './words.ts';

interface Group {
  key: string;
  forms: Map<string, number>;
  runs: Run[];
  short: Set<string>;
}

export interface Grouped {
  candidate: Candidate;
  runs: Run[];
}

/** `keep`: which groups to make candidates of (all by default); the others are left before their evidence is weighed. */
export function groupRuns(runs: readonly Run[], keep: (runs: readonly Run[]) => boolean = () => true): Grouped[] {
  const groups = new Map<string, Group>();
  const add = (key: string, form: string, run: Run) => {
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, forms: new Map(), runs: [], short: new Set() }));
    group.forms.set(form, (group.forms.get(form) ?? 0) + 1);
    group.runs.push(run);
  };
  const split = splitJoinedNames(runs);
  const keys = new Set(split.map((run) => baseOfAdjectives(run.words).join(' ')));
  // A genitive's base may be known only inside a longer name (`Schoygus` beside `Sergej Schoygu`).
  for (const key of [...keys]) {
    const words = key.split(' ');
    if (words.length > 1) keys.add(words[0]!).add(words.at(-1)!);
  }
  for (const run of split) {
    const words = baseOfAdjectives(run.words);
    const last = words.at(-1)!;
    const base = genitiveBase(last);
    const baseKey = base === undefined ? undefined : [...words.slice(0, -1), base].join(' ');
    const key = baseKey !== undefined && keys.has(baseKey) ? baseKey : words.join(' ');
    add(key, run.words.join(' '), run);
  }
  reduceSubPhrases(groups);
  return [...groups.values()].filter((group) => keep(group.runs)).map((group) => ({ candidate: toCandidate(group), runs: group.runs }));
}

/**
 * Two names side by side (`dass Nordkorea Russland unterstützt`, `Lees Initiative`) are not one name: a run
 * is cut after a genitive of a word seen elsewhere, and into single words when each of them stands alone too.
 */
function splitJoinedNames(runs: readonly Run[]): Run[] {
  const alone = new Set(runs.filter((run) => run.words.length === 1).map((run) => run.words[0]!));
  const known = new Set(runs.flatMap((run) => run.words));
  const midSentence = new Set(runs.flatMap((run) => (run.sentenceInitial ? run.words.slice(1) : run.words)));
  const out: Run[] = [];
  for (const original of runs) {
    // `Laut Kim …`: a capitalised first word of a sentence joins a name only if it is seen as a name elsewhere.
    const first = original.words[0]!;
    const run = original.sentenceInitial && original.words.length > 1 && !midSentence.has(first) && !midSentence.has(genitiveBase(first) ?? '')
      ? { ...original, words: original.words.slice(1), sentenceInitial: false, triggered: false }
      : original;
    if (run.words.length > 1 && run.words.every((w) => alone.has(w) || alone.has(genitiveBase(w) ?? w))) {
      run.words.forEach((word, i) => out.push({ ...run, words: [word], sentenceInitial: i === 0 && run.sentenceInitial }));
      continue;
    }
    const cut = run.words.findIndex((w, i) => i < run.words.length - 1 && known.has(genitiveBase(w) ?? ''));
    if (cut < 0) out.push(run);
    else {
      out.push({ ...run, words: run.words.slice(0, cut + 1) });
      out.push({ ...run, words: run.words.slice(cut + 1), sentenceInitial: false, triggered: false });
    }
  }
  return out;
}

/** `Demokratischen Partei` → `Demokratische Partei`: adjectives of a multi-word name to their -e form. */
function baseOfAdjectives(words: readonly string[]): string[] {
  if (words.length < 2) return [...words];
  return words.map((word, i) => (i < words.length - 1 && isAdjective(word) ? word.replace(/(?:en|er|es|em)$/u, 'e') : word));
}

/**
 * A one-word group that is the first or last word of exactly one longer name joins it as a short form — if the
 * translations bear the longer name out (`Sergej Schoygu` ~ `Sergei Shoigu`). Where they show its other word is
 * an ordinary noun (`Gast Tanaka` ~ `the guest Tanaka`), the longer one is cut back to the name instead.
 */
function reduceSubPhrases(groups: Map<string, Group>): void {
  const multi = [...groups.values()].filter((g) => g.key.includes(' '));
  for (const group of [...groups.values()]) {
    if (group.key.includes(' ')) continue;
    const parents = multi.filter((m) => {
      const words = m.key.split(' ');
      return groups.has(m.key) && (words[0] === group.key || words.at(-1) === group.key);
    });
    if (parents.length !== 1) continue;
    const parent = parents[0]!;
    const others = parent.key.split(' ').filter((w) => w !== group.key);
    const withEnglish = parent.runs.filter((run) => run.segment.targets.en !== undefined);
    const borneOut = withEnglish.length === 0 || others.every((w) => withEnglish.some((run) => inEnglish(run.segment, [w])));
    const [into, from] = borneOut ? [parent, group] : [group, parent];
    for (const [form, count] of from.forms) into.forms.set(form, (into.forms.get(form) ?? 0) + count);
    into.runs.push(...(borneOut ? from.runs : from.runs.map((run) => ({ ...run, words: [group.key] }))));
    if (borneOut) into.short.add(group.key);
    else into.forms.delete(parent.key);
    groups.delete(from.key);
  }
}

function toCandidate(group: Group): Candidate {
  const evidence = new Set<Evidence>();
  const words = group.key.split(' ');
  const heads = words.filter((w) => !isAdjective(w) || words.length === 1);
  if (words.length > 1) evidence.add('multi-word');
  if (group.runs.some((run) => run.triggered)) evidence.add('trigger-word');
  if (PLACE_SUFFIX.test(words.at(-1)!)) evidence.add('name-suffix');
  if (group.runs.some((run) => inEnglish(run.segment, [...heads, ...group.short]))) evidence.add('in-english');
  if (/^\p{Lu}{2,}/u.test(group.key)) evidence.add('acronym');
  if (group.runs.some((run) => !run.sentenceInitial)) evidence.add('not-a-common-noun');
  const englishSeen = group.runs.some((run) => run.segment.targets.en !== undefined);
  const articles = new Set(group.runs.map((run) => run.segment.article));
  const exampleRun = group.runs.find((run) => !run.sentenceInitial) ?? group.runs[0]!;
  const forms = [...group.forms.keys()].filter((form) => form !== group.key && !group.short.has(form));
  if (forms.length > 0) evidence.add('inflected');
  const derive: Candidate['derive'] = [];
  if (forms.some((form) => genitiveBase(form.split(' ').at(-1)!) !== undefined)) derive.push('genitive-s');
  if (group.runs.some((run) => run.inCompound)) derive.push('hyphen-compounds');
  if (words.length > 1 && words.slice(0, -1).some(isAdjective)) derive.push('adjective-endings');
  return {
    id: fold(group.key).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'term',
    term: group.key,
    forms,
    short: [...group.short],
    articles: articles.size,
    occurrences: group.runs.length,
    example: { article: exampleRun.segment.article, sentence: exampleRun.segment.source },
    evidence: [...evidence],
    confidence: confidenceOf(evidence, englishSeen),
    englishSeen,
    derive,
    proposals: {},
  };
}

function isAdjective(word: string): boolean {
  return NAME_ADJECTIVE.test(word) || PLACE_ADJECTIVE.test(word);
}

const WEIGHTS: Record<Evidence, number> = {
  'not-a-common-noun': 0.3,
  acronym: 0.3,
  'rendered-as-name': 0.3,
  'in-english': 0.4,
  'trigger-word': 0.3,
  'name-suffix': 0.2,
  'multi-word': 0.1,
  inflected: 0.1,
};

/**
 * Where an English translation exists and shows no trace of the word, being capitalised mid-sentence is weak
 * evidence: most such words are German nouns (`Kluft`, `Wiederaufnahme`).
 */
export function confidenceOf(evidence: Iterable<Evidence>, englishSeen: boolean): number {
  const all = new Set(evidence);
  let sum = 0;
  for (const e of all) sum += e === 'not-a-common-noun' && englishSeen && !all.has('in-english') && !all.has('rendered-as-name') ? 0.1 : WEIGHTS[e];
  return Math.round(Math.min(1, sum) * 100) / 100;
}

/** The name (or something near it: Schoygu/Shoigu) appears in the aligned English. */
function inEnglish(segment: AlignedSegment, heads: readonly string[]): boolean {
  const english = segment.targets.en;
  if (!english?.text) return false;
  // Names stay capitalised in English; `Idee` ~ `idea` is a German noun, not a name.
  const words = englishMidSentence(english);
  const folded = words.map((w) => fold(w.replace(/['’]s$/u, '')));
  const translit = words.flatMap((w) => spellings(w.replace(/['’]s$/u, '')));
  const near = (h: string) => folded.includes(h) || translit.includes(h) ||
    (h.length >= 4 && [...folded, ...translit].some((w) => w[0] === h[0] && similarity(w, h) >= 0.7));
  return heads.some((head) => {
    const base = genitiveBase(head) ?? head;
    return spellings(base).some(near) || base.split('-').every((part) => near(fold(part)));
  });
}
