/**
 * A name outside the glossary that the translations of one language render two or more ways
 * (`Shoigu` here, `Shoygu` there; 쇼이구 / 쇼이그). Each segment's rendering is its target word most like
 * the proposed form's head word; words that look nothing like it are not renderings of the name.
 */
import type { TargetLanguage } from '../core/translation.ts';
import type { Grouped } from './grouping.ts';
import type { FormIndex } from './proposals.ts';
import type { AlignedSegment } from './types.ts';
import { fold, similarity } from './words.ts';

export interface Place {
  article: string;
  segment: string;
  where: string;
  key: string;
}

export interface Rendering {
  form: string;
  places: Place[];
}

export interface Inconsistency {
  candidate: string;
  term: string;
  language: TargetLanguage;
  /** Most frequent first. */
  renderings: Rendering[];
}

export function findInconsistencies(lang: TargetLanguage, grouped: Grouped, index: FormIndex, order: ReadonlyMap<AlignedSegment, number>): Inconsistency | undefined {
  const proposal = grouped.candidate.proposals[lang];
  if (!proposal) return undefined;
  const head = fold(proposal.form.split(' ').at(-1)!);
  const renderings = new Map<string, Place[]>();
  const seen = new Set<string>();
  const segments = [...new Set(grouped.runs.map((run) => run.segment))].sort((a, b) => order.get(a)! - order.get(b)!);
  for (const segment of segments) {
    const target = segment.targets[lang];
    if (!target || seen.has(target.key)) continue;
    seen.add(target.key);
    let best: { form: string; score: number } | undefined;
    for (const form of index.forms(segment)) {
      if (form.includes(' ')) continue;
      const folded = fold(form);
      if (folded[0] !== head[0]) continue;
      const score = similarity(folded, head);
      if (score >= 0.6 && (!best || score > best.score)) best = { form, score };
    }
    if (!best) continue;
    const places = renderings.get(best.form) ?? [];
    // `where` is read lazily: the check locates a target (its line) only for the places it reports.
    places.push({ article: segment.article, segment: segment.id, get where() { return target.where; }, key: target.key });
    renderings.set(best.form, places);
  }
  if (renderings.size < 2) return undefined;
  const list = [...renderings].map(([form, places]) => ({ form, places })).sort((a, b) => b.places.length - a.places.length);
  return { candidate: grouped.candidate.id, term: grouped.candidate.term, language: lang, renderings: list };
}
