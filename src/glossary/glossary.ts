/** The Glossary object: entries plus the compiled matchers, export and source positions. */
import type { Diagnostic } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import type { GlossaryTerm } from '../core/glossary-terms.ts';
import { exportGlossary } from './export.ts';
import { buildEnglishMatcher } from './match-english.ts';
import { buildGermanMatcher } from './match-german.ts';
import { buildKoreanMatcher } from './match-korean.ts';
import type { TargetMatcher } from './match-target.ts';
import { buildGenericMatcher } from './match-generic.ts';
import { targetTermsOf, type Glossary, type GlossaryEntry, type TermMatch } from './types.ts';

export interface GlossaryMatchers {
  german: (text: string, options?: { allCaps?: boolean }) => TermMatch[];
  en: TargetMatcher;
  ko: TargetMatcher;
}

/** Where the entry at `index` (or a key below it) is in the file. */
export type EntryLocator = (index: number, path: string[]) => { line: number; column: number };

export function buildMatchers(entries: readonly GlossaryEntry[]): GlossaryMatchers {
  return { german: buildGermanMatcher(entries), en: buildEnglishMatcher(entries), ko: buildKoreanMatcher(entries) };
}

/** English and Korean have matchers of their own; any other language gets the generic one, built when first asked. */
function matcherFor(matchers: GlossaryMatchers, others: Map<TargetLanguage, TargetMatcher>, entries: readonly GlossaryEntry[], lang: TargetLanguage): TargetMatcher {
  if (lang === 'en' || lang === 'ko') return matchers[lang];
  let matcher = others.get(lang);
  if (!matcher) others.set(lang, (matcher = buildGenericMatcher(entries, lang)));
  return matcher;
}

export function createGlossary(input: {
  path: string;
  entries: GlossaryEntry[];
  matchers?: GlossaryMatchers;
  exampleFailures?: Diagnostic[];
  locate?: EntryLocator;
}): Glossary {
  const { path, entries } = input;
  const matchers = input.matchers ?? buildMatchers(entries);
  const others = new Map<TargetLanguage, TargetMatcher>();
  const indexById = new Map(entries.map((entry, index) => [entry.id, index]));
  let exported: ReturnType<typeof exportGlossary> | undefined;
  return {
    path,
    entries,
    exampleFailures: input.exampleFailures ?? [],
    entry: (id) => {
      const index = indexById.get(id);
      return index === undefined ? undefined : entries[index];
    },
    matchGerman: (text, options) => matchers.german(text, options),
    matchTarget: (lang: TargetLanguage, text: string) => matcherFor(matchers, others, entries, lang).match(text),
    forbiddenExceptions: (lang: TargetLanguage, text: string) => matcherFor(matchers, others, entries, lang).exceptions(text),
    termsFor: (entryIds, lang) => {
      const terms: GlossaryTerm[] = [];
      for (const id of new Set(entryIds)) {
        const index = indexById.get(id);
        if (index === undefined) continue;
        const target = targetTermsOf(entries[index]!, lang);
        if (target) terms.push({ entry: id, source: entries[index]!.de.term, target: target.preferred, doNotTranslate: target.doNotTranslate });
      }
      return terms;
    },
    export: () => (exported ??= exportGlossary(entries)),
    locate: (entryId, keyPath = []) => {
      const index = indexById.get(entryId);
      if (index === undefined) throw new Error(`glossary has no entry \`${entryId}\``);
      return input.locate ? input.locate(index, keyPath) : { line: 1, column: 1 };
    },
  };
}
