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

/** The accented code unit of each ASCII letter that has one (0: none). A table, not a replace with a callback per
 * letter: pseudo-translating is most of what a first run's provider costs. */
const ACCENTED = new Uint16Array(128);
for (const [plain, accented] of Object.entries(ACCENTS)) ACCENTED[plain.charCodeAt(0)] = accented.charCodeAt(0);

function accent(text: string): string {
  const units = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    units[i] = (unit < 128 && ACCENTED[unit]) || unit;
  }
  // In slices: fromCharCode takes only so many arguments at once.
  let out = '';
  for (let at = 0; at < units.length; at += 8192) out += String.fromCharCode(...units.slice(at, at + 8192));
  return out;
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
