/**
 * The glossary export as ONE DeepL v3 multilingual glossary (dictionaries de→en and de→ko), named
 * `dolmetsch-<hash of the uploaded entries>`: reused while the entries stay the same, replaced when they change.
 * Errors from deepl-node pass through unchanged; the provider maps them to ProviderError.
 */
import { InputError } from '../core/diagnostic.ts';
import type { Diagnostic } from '../core/diagnostic.ts';
import { contentHash } from '../core/hash.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { deeplGlossaryCode, deeplLanguageProblem } from './deepl-languages.ts';
import type { GlossaryExport } from '../core/glossary-terms.ts';

export const GLOSSARY_NAME_PREFIX = 'dolmetsch-';

/** De-duplicated, validated entries for one target language (ours; deeplGlossaryCode gives DeepL's: `en`, `pt`). */
export interface GlossaryDictionary {
  targetLanguage: TargetLanguage;
  entries: Map<string, string>;
}

export interface PreparedGlossary {
  id: string;
  name: string;
  /** Target languages the glossary holds a dictionary for; only these requests may name it. */
  languages: ReadonlySet<TargetLanguage>;
}

/** The characters deepl-node's GlossaryEntries refuses (C0/C1 controls incl. tab and newlines, U+2028/9). */
const FORBIDDEN_CHARACTER = /[\u0000-\u001f\u0080-\u009f\u2028\u2029]/u;

/**
 * Trims, drops exact duplicates and checks every pair. Throws InputError listing every bad entry, so a term
 * someone relies on is never dropped silently. Languages without entries get no dictionary.
 */
export function cleanGlossary(glossary: GlossaryExport): GlossaryDictionary[] {
  const problems: Diagnostic[] = [];
  const dictionaries: GlossaryDictionary[] = [];
  // en and ko first (the export's order), then further languages; one DeepL cannot translate into gets no dictionary.
  for (const language of Object.keys(glossary.pairs).filter((l) => deeplLanguageProblem(l) === undefined)) {
    const entries = new Map<string, string>();
    for (const pair of glossary.pairs[language] ?? []) {
      const source = pair.source.trim();
      const target = pair.target.trim();
      const problem = describeProblem(source, target, entries.get(source));
      if (problem) problems.push(glossaryDiagnostic(language, pair, problem));
      else entries.set(source, target);
    }
    if (entries.size > 0) dictionaries.push({ targetLanguage: language, entries });
  }
  if (problems.length > 0) throw new InputError(problems);
  return dictionaries;
}

function describeProblem(source: string, target: string, earlierTarget: string | undefined): string | undefined {
  if (source === '' || target === '') return 'has an empty German or target term';
  for (const term of [source, target]) {
    const bad = FORBIDDEN_CHARACTER.exec(term);
    if (bad) {
      const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      return `contains a tab, line break or control character (U+${code}) in ${JSON.stringify(term)}`;
    }
  }
  if (earlierTarget !== undefined && earlierTarget !== target) {
    return `maps ${JSON.stringify(source)} to both ${JSON.stringify(earlierTarget)} and ${JSON.stringify(target)}`;
  }
  return undefined;
}

function glossaryDiagnostic(
  language: TargetLanguage,
  pair: { source: string; target: string },
  problem: string,
): Diagnostic {
  return {
    ruleId: 'deepl-glossary-entry',
    severity: 'error',
    file: 'glossary.yaml',
    message: `The ${language} glossary entry ${JSON.stringify(pair.source)} → ${JSON.stringify(pair.target)} ${problem}; DeepL cannot store it.`,
    hint: 'Give every term one line of non-empty text and one preferred target per German form.',
  };
}

/** Name from the entries actually uploaded (sorted), so reordering glossary.yaml does not create a new glossary. */
export function glossaryName(dictionaries: GlossaryDictionary[]): string {
  const canonical = dictionaries
    .map((d) => `${d.targetLanguage}\n${[...d.entries].map(([s, t]) => `${s}\t${t}`).sort().join('\n')}`)
    .join('\n\n');
  return `${GLOSSARY_NAME_PREFIX}${contentHash(canonical)}`;
}
