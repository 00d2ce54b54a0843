/** The forms of an entry in one target language, and the matcher built from them. */
import type { TargetLanguage } from '../core/translation.ts';
import { TermScanner, type BoundaryCheck, type FirstLetterCase } from './term-scanner.ts';
import { targetTermsOf, type GlossaryEntry, type TargetMatch, type TargetMatchKind, type TermMatch } from './types.ts';

export interface TargetPayload {
  entry: string;
  kind: TargetMatchKind;
  /** A person's name: never the start of a longer name (longer-name.ts). */
  person: boolean;
}

export interface TargetMatcher {
  /** Preferred, accepted and forbidden forms; a forbidden one inside one of its entry's exceptions is left out. */
  match(text: string): TargetMatch[];
  /** Where the entries' `forbidden_exceptions` phrases stand. */
  exceptions(text: string): TermMatch[];
}

export function targetForms(entry: GlossaryEntry, lang: TargetLanguage): Array<{ form: string; kind: TargetMatchKind }> {
  const terms = targetTermsOf(entry, lang);
  if (terms === undefined) return [];
  return [
    { form: terms.preferred, kind: 'preferred' as const },
    ...(terms.short === undefined ? [] : [{ form: terms.short, kind: 'accepted' as const }]),
    ...terms.accepted.map((form) => ({ form, kind: 'accepted' as const })),
    ...(terms.allowGerman ? entry.de.matchForms.map((form) => ({ form, kind: 'accepted' as const })) : []),
    ...terms.forbidden.map((form) => ({ form, kind: 'forbidden' as const })),
  ];
}

export function buildTargetMatcher(
  entries: readonly GlossaryEntry[],
  lang: TargetLanguage,
  boundaries: BoundaryCheck<TargetPayload>,
  firstLetter: FirstLetterCase = 'exact',
  insideWords = false,
): TargetMatcher {
  const scanner = new TermScanner<TargetPayload>(boundaries);
  const exceptionScanner = new TermScanner<TargetPayload>(boundaries);
  let hasExceptions = false;
  for (const entry of entries) {
    const payloads = new Map<TargetMatchKind, TargetPayload>();
    const payload = (kind: TargetMatchKind): TargetPayload => {
      let existing = payloads.get(kind);
      if (!existing) payloads.set(kind, (existing = { entry: entry.id, kind, person: entry.kind === 'person' }));
      return existing;
    };
    // One payload per entry and kind: a form listed twice over (a German form also accepted) matches once.
    for (const { form, kind } of targetForms(entry, lang)) scanner.add(form, payload(kind), !entry.caseSensitive, firstLetter);
    for (const form of targetTermsOf(entry, lang)?.forbiddenExceptions ?? []) {
      exceptionScanner.add(form, payload('forbidden'), !entry.caseSensitive);
      hasExceptions = true;
    }
  }
  const exceptions = (text: string): TermMatch[] =>
    !hasExceptions
      ? []
      : exceptionScanner.scan(text, { insideWords }).flatMap((hit) =>
          hit.payloads.map(({ entry }) => ({ entry, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end) })),
        );
  return {
    exceptions,
    match: (text) => {
      // A nested form counts only where it ends inside a word, which only Korean's open right side allows.
      const matches = scanner.scan(text, { nested: lang === 'ko', insideWords }).flatMap((hit) =>
        (hit.outer ? nestedAllowed(hit.payloads, hit.outer) : withoutShadowedForbidden(hit.payloads)).map(({ entry, kind }) => ({
          entry,
          kind,
          start: hit.start,
          end: hit.end,
          text: text.slice(hit.start, hit.end),
          ...(hit.outer ? { nested: true as const } : {}),
        })),
      );
      if (!hasExceptions || !matches.some((m) => m.kind === 'forbidden')) return matches;
      const excepted = exceptions(text);
      return matches.filter((m) => m.kind !== 'forbidden' || !insideException(m, excepted));
    },
  };
}

/**
 * A span that is both an allowed and a forbidden form of one entry can only come from ignoring case (a headline
 * in capitals: `LEE JAE-MYUNG` is `Lee Jae-myung` and `Lee Jae-Myung`); capitals cannot tell them apart, so the
 * allowed reading wins.
 */
function withoutShadowedForbidden(payloads: readonly TargetPayload[]): readonly TargetPayload[] {
  return payloads.filter((p) => p.kind !== 'forbidden' || !payloads.some((q) => q.entry === p.entry && q.kind !== 'forbidden'));
}

/**
 * Inside a longer match (`북한군`, North Korea's army), an allowed form of another entry (`북한`) is there too: one
 * span may satisfy several entries. A forbidden form inside an allowed longer one is not (the longer form is
 * what was written), and nothing inside a match adds to its own entry.
 */
function nestedAllowed(payloads: readonly TargetPayload[], outer: readonly TargetPayload[]): readonly TargetPayload[] {
  return payloads.filter((p) => p.kind !== 'forbidden' && !outer.some((o) => o.entry === p.entry));
}

/** Whether a match lies within an exception phrase of its own entry. */
export function insideException(match: TermMatch, exceptions: readonly TermMatch[]): boolean {
  return exceptions.some((e) => e.entry === match.entry && e.start <= match.start && match.end <= e.end);
}
