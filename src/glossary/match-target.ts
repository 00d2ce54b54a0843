/** The forms of an entry in one target language, and the matcher built from them. */
import type { TargetLanguage } from '../core/translation.ts';
import { TermScanner, type BoundaryCheck } from './term-scanner.ts';
import type { GlossaryEntry, TargetMatch, TargetMatchKind } from './types.ts';

export interface TargetPayload {
  entry: string;
  kind: TargetMatchKind;
}

export function targetForms(entry: GlossaryEntry, lang: TargetLanguage): Array<{ form: string; kind: TargetMatchKind }> {
  const terms = entry[lang];
  return [
    { form: terms.preferred, kind: 'preferred' as const },
    ...(terms.short === undefined ? [] : [{ form: terms.short, kind: 'accepted' as const }]),
    ...terms.accepted.map((form) => ({ form, kind: 'accepted' as const })),
    ...terms.forbidden.map((form) => ({ form, kind: 'forbidden' as const })),
  ];
}

export function buildTargetMatcher(
  entries: readonly GlossaryEntry[],
  lang: TargetLanguage,
  boundaries: BoundaryCheck<TargetPayload>,
): (text: string) => TargetMatch[] {
  const scanner = new TermScanner<TargetPayload>(boundaries);
  for (const entry of entries) {
    for (const { form, kind } of targetForms(entry, lang)) {
      scanner.add(form, { entry: entry.id, kind }, !entry.caseSensitive);
    }
  }
  return (text) =>
    scanner.scan(text).flatMap((hit) =>
      hit.payloads.map(({ entry, kind }) => ({
        entry,
        kind,
        start: hit.start,
        end: hit.end,
        text: text.slice(hit.start, hit.end),
      })),
    );
}
