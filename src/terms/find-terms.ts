/** The term finder: aligned segments and the glossary in, ranked candidates and inconsistencies out. */
import { TARGET_LANGUAGES, type TargetLanguage } from '../core/translation.ts';
import { confidenceOf, groupRuns, type Grouped } from './grouping.ts';
import { findInconsistencies, type Inconsistency } from './inconsistent.ts';
import { koreanHeadsOf } from './name-heads.ts';
import { extendToFull } from './full-name.ts';
import { buildFormIndex, looksLike, proposeTarget, type FormIndex, type NameHints } from './proposals.ts';
import { findRuns, lowerCaseWords, type Run } from './runs.ts';
import type { AlignedSegment, Candidate } from './types.ts';
import { knownRegion } from './world-names.ts';

export interface GermanMatcher {
  matchGerman(text: string): ReadonlyArray<{ start: number; end: number }>;
}

export interface FindTermsOptions {
  /** Candidates below this name confidence are left out (default 0.4: a capitalised word needs more than that). */
  minConfidence?: number;
  languages?: readonly TargetLanguage[];
  /**
   * `inconsistencies`: only what `check` asks. A name in fewer than two segments cannot be rendered two ways, so
   * its forms are not proposed, and no candidates are returned.
   */
  wanted?: 'all' | 'inconsistencies';
}

export interface TermsReport {
  candidates: Candidate[];
  inconsistencies: Inconsistency[];
}

export function findTerms(segments: readonly AlignedSegment[], glossary: GermanMatcher, options: FindTermsOptions = {}): TermsReport {
  const minConfidence = options.minConfidence ?? 0.4;
  const languages = options.languages ?? TARGET_LANGUAGES;
  const lower = lowerCaseWords(segments);
  const runs = segments.flatMap((segment) => {
    const matches = glossary.matchGerman(segment.source);
    const covered = (start: number, end: number) => matches.some((m) => m.start < end && start < m.end);
    return findRuns(segment, lower, covered);
  });
  const indexes = new Map<TargetLanguage, FormIndex>(languages.map((lang) => [lang, buildFormIndex(lang, segments)]));
  const grouped: Grouped[] = [];
  const onlyInconsistencies = options.wanted === 'inconsistencies';
  for (const group of groupRuns(runs, onlyInconsistencies ? inSeveralSegments : undefined)) {
    propose(group, languages, indexes);
    const { candidate } = group;
    const english = candidate.proposals.en;
    if (english && (english.count >= 2 || looksLike(english.form, candidate.term.split(' ')) >= 0.7 || knownRegion(candidate.term)?.en?.includes(english.form))) {
      candidate.evidence.push('rendered-as-name');
      candidate.confidence = confidenceOf(candidate.evidence, candidate.englishSeen);
    }
    if (candidate.confidence >= minConfidence) grouped.push(group);
  }
  const inconsistencies: Inconsistency[] = [];
  const order = new Map(segments.map((segment, i) => [segment, i]));
  for (const group of grouped) {
    for (const lang of languages) {
      const found = findInconsistencies(lang, group, indexes.get(lang)!, order);
      if (found) inconsistencies.push(found);
    }
  }
  if (onlyInconsistencies) return { candidates: [], inconsistencies };
  const candidates = grouped.map((g) => g.candidate).sort(byRank);
  uniqueIds(candidates);
  return { candidates, inconsistencies };
}

function propose(group: Grouped, languages: readonly TargetLanguage[], indexes: Map<TargetLanguage, FormIndex>): void {
  const { candidate } = group;
  const names = [...candidate.term.split(' '), ...candidate.short];
  // The name's rendering from every segment it is in; a multi-word name then takes the longer rendering that
  // stands wherever its full form does (`Shoigu` → `Sergei Shoigu`, while 김정은 stays 김정은).
  const all = unique(group.runs.map((run) => run.segment));
  const length = candidate.term.split(' ').length;
  const full = unique(group.runs.filter((run) => run.words.length === length).map((run) => run.segment));
  const known = knownRegion(candidate.term);
  const koreanHeads = koreanHeadsOf(expandedHead(candidate.term, all) ?? candidate.term.split(' ').at(-1)!);
  for (const lang of languages) {
    const index = indexes.get(lang)!;
    // Korean is compared by sound with the German and with the English form already proposed.
    const english = lang === 'ko' && candidate.proposals.en ? candidate.proposals.en.form.split(' ') : [];
    const hints: NameHints = { names: english.length > 0 ? [...names, english.join('')] : names, term: candidate.term, known: known?.[lang], koreanHeads };
    const proposal = proposeTarget(lang, all, index, hints);
    if (!proposal) continue;
    const longer = candidate.term.includes(' ') ? extendToFull(lang, proposal.form, full, index, candidate.term.split(' ')) : undefined;
    candidate.proposals[lang] = longer ? { ...proposal, form: longer, short: proposal.form } : proposal;
  }
}

/** `Koreanische Zentrale Nachrichtenagentur (KCNA)`: an acronym's spelt-out name ends in the word before it. */
function expandedHead(term: string, segments: readonly AlignedSegment[]): string | undefined {
  if (!/^\p{Lu}{2,}$/u.test(term)) return undefined;
  const spelt = new RegExp(`(\\p{L}+)\\s*\\(${term}\\)`, 'u');
  for (const segment of segments) {
    const match = spelt.exec(segment.source);
    if (match) return match[1];
  }
  return undefined;
}

function inSeveralSegments(runs: readonly Run[]): boolean {
  const first = runs[0]!.segment;
  return runs.some((run) => run.segment !== first);
}

function unique(segments: AlignedSegment[]): AlignedSegment[] {
  return [...new Set(segments)];
}

function byRank(a: Candidate, b: Candidate): number {
  return b.articles - a.articles || b.occurrences - a.occurrences || b.confidence - a.confidence || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}

function uniqueIds(candidates: Candidate[]): void {
  const seen = new Map<string, number>();
  for (const candidate of candidates) {
    const n = (seen.get(candidate.id) ?? 0) + 1;
    seen.set(candidate.id, n);
    if (n > 1) candidate.id = `${candidate.id}-${n}`;
  }
}
