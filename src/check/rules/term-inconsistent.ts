/**
 * A name outside the glossary that one language's translations render two or more ways (`Shoigu` here,
 * `Shoygu` there). Every place with a rendering other than the most common one is reported, naming the others;
 * `dolmetsch terms inconsistent` lists the same with every place, and `terms suggest --write` adds the name.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { effectiveStatus } from '../../core/person-edit.ts';
import type { SegmentStatus, TargetLanguage } from '../../core/translation.ts';
import { findTerms, type AlignedSegment } from '../../terms/index.ts';
import type { CheckRule, SegmentView } from '../types.ts';
import { finding, languageName } from './finding.ts';

export const termInconsistent: CheckRule = {
  id: 'term-inconsistent',
  severity: 'warning',
  summary: 'A name that is not in the glossary is rendered two or more ways in one language.',
  run: ({ segments, glossary, terms }) => {
    // A place names its target by key: the terms given were found with `path#index` keys (align-articles.ts);
    // the ones found here use the view's number, a far shorter string to make for each of 34,000 segments.
    const views = new Map<string, SegmentView>();
    // The other glossary rules have matched every German sentence already: reuse their matches.
    const germanMatches = new Map<string, SegmentView['germanMatches']>();
    const aligned = new Map<string, Map<string, AlignedSegment>>();
    /** In the order first met, as the term finder has always been given them. */
    const inOrder: AlignedSegment[] = [];
    for (const view of segments) {
      const status = effectiveStatus(view.entry);
      if (!view.hasTarget || status === 'stale') continue;
      const key = terms ? `${view.file.path}#${view.index}` : String(views.size);
      views.set(key, view);
      if (terms) continue;
      if (!germanMatches.has(view.sourcePlain)) germanMatches.set(view.sourcePlain, view.germanMatches);
      const { article } = view.file.model;
      let ofArticle = aligned.get(article);
      if (!ofArticle) aligned.set(article, (ofArticle = new Map()));
      let segment = ofArticle.get(view.entry.id);
      if (!segment) {
        ofArticle.set(view.entry.id, (segment = { article, id: view.entry.id, source: view.sourcePlain, targets: {} }));
        inOrder.push(segment);
      }
      segment.targets[view.language] = new ViewTarget(view, status, key);
    }
    const languages = [...new Set(segments.map((s) => s.language))] as TargetLanguage[];
    const matcher = { matchGerman: (text: string) => germanMatches.get(text) ?? glossary.matchGerman(text) };
    const { inconsistencies } = terms ?? findTerms(inOrder, matcher, { languages, wanted: 'inconsistencies' });
    const found: Diagnostic[] = [];
    for (const { term, language, renderings } of inconsistencies) {
      const [usual, ...others] = renderings;
      const usualPlaces = usual!.places.map((p) => p.where).join(', ');
      for (const rendering of others) {
        for (const place of rendering.places) {
          const view = views.get(place.key);
          if (!view) continue;
          found.push(finding(view, {
            ruleId: 'term-inconsistent',
            severity: 'warning',
            message: `"${term}" is rendered "${rendering.form}" here but "${usual!.form}" in ${usualPlaces}`,
            hint: `use one ${languageName(language)} form for the name, and add it to the glossary (\`dolmetsch terms suggest --write\`) so check keeps it`,
          }));
        }
      }
    }
    return found;
  },
};

/**
 * One target for the term finder. Where it is matters only for the few places an inconsistency names: located on
 * demand. A class, as an object literal with a getter would be kept in dictionary mode (some 600 bytes a segment).
 */
class ViewTarget {
  readonly text: string;

  constructor(readonly view: SegmentView, readonly status: SegmentStatus, readonly key: string) {
    this.text = view.targetPlain;
  }

  get where(): string {
    return `${this.view.file.path}:${this.view.at('target').line}`;
  }
}
