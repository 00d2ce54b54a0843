/**
 * `pseudo`: deterministic pseudo-localisation, free and offline. Letters get accents, the sentence is wrapped in
 * ⟦…⟧ with the language, glossary terms are replaced by their targets, markup tags pass through untouched.
 * For previews (does the layout survive longer text? is every string translated?) and for tests.
 */
import type { GlossaryTerm } from '../core/glossary-terms.ts';
import { FREE } from './declaration.ts';
import type { ProviderClient, ProviderFactory } from './types.ts';

const ACCENTS: Record<string, string> = {
  a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', c: 'ç', n: 'ñ', s: 'š', y: 'ý', z: 'ž',
  A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', C: 'Ç', N: 'Ñ', S: 'Š', Y: 'Ý', Z: 'Ž',
};
/** Markup tags, do-not-translate spans and entities are never changed. */
const MARKUP = /(<dnt>[\s\S]*?<\/dnt>|<[^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);)/i;

export function pseudoTranslate(text: string, language: string, terms: readonly GlossaryTerm[]): string {
  const ordered = [...terms].sort((a, b) => b.source.length - a.source.length);
  const body = text
    .split(MARKUP)
    .map((piece, index) => (index % 2 === 1 ? piece : withTerms(piece, ordered)))
    .join('');
  return `⟦${language}: ${body}⟧`;
}

function withTerms(text: string, terms: readonly GlossaryTerm[]): string {
  for (const term of terms) {
    const at = term.source === '' ? -1 : text.indexOf(term.source);
    if (at !== -1) {
      const target = term.doNotTranslate ? term.source : term.target;
      return withTerms(text.slice(0, at), terms) + target + withTerms(text.slice(at + term.source.length), terms);
    }
  }
  return accent(text);
}

const ACCENTED = new RegExp(`[${Object.keys(ACCENTS).join('')}]`, 'g');

function accent(text: string): string {
  return text.replace(ACCENTED, (char) => ACCENTS[char]!);
}

export const pseudoFactory: ProviderFactory = {
  name: 'pseudo',
  description: 'deterministic pseudo-translation (⟦en: Ðér …⟧) for previews and tests; free and offline',
  examples: [{ command: 'npm run translate -- --provider pseudo', does: 'preview the layout with pseudo-translations' }],
  environment: [],
  billing: FREE,
  limits: { maxSegments: 50, maxBytes: 128 * 1024 },
  isConfigured: () => true,
  create(): ProviderClient {
    return {
      async translate(batch) {
        return {
          translations: batch.segments.map((segment) => ({
            key: segment.key,
            text: pseudoTranslate(segment.text, batch.targetLanguage, segment.terms),
            billedCharacters: 0,
          })),
        };
      },
    };
  },
};
