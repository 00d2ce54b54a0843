/**
 * Do-not-translate terms travel to providers wrapped in `<dnt>…</dnt>`, a tag DeepL is told to leave alone
 * (`ignore_tags`). On the way back each wrapped term must come back exactly as sent; then the tags go.
 */
import type { TaggedSegment } from '../../source/index.ts';

const TAG = /(<[^>]*>)/;

export function protectTerms(tagged: TaggedSegment, terms: readonly string[]): TaggedSegment {
  const escaped = [...new Set(terms.filter((term) => term !== '').map(escapeXml))].sort((a, b) => b.length - a.length);
  if (escaped.length === 0) return tagged;
  const protectedTerms: string[] = [];
  const text = tagged.text
    .split(TAG)
    .map((piece, index) => (index % 2 === 1 ? piece : wrap(piece, escaped, protectedTerms)))
    .join('');
  if (protectedTerms.length === 0) return tagged;
  return {
    text,
    restore(translated, parsed) {
      const found = [...translated.matchAll(/<dnt>([\s\S]*?)<\/dnt>/g)].map((m) => m[1]!);
      const missing = protectedTerms.filter((term) => {
        const at = found.indexOf(term);
        if (at === -1) return true;
        found.splice(at, 1);
        return false;
      });
      if (missing.length > 0 || found.length > 0) {
        return { ok: false, reason: `do-not-translate term changed or lost: ${[...missing, ...found].join(', ')}` };
      }
      return tagged.restore(translated.replace(/<\/?dnt>/g, ''), parsed);
    },
    candidate: (translated) => tagged.candidate(translated.replace(/<\/?dnt>/g, '')),
  };
}

function wrap(text: string, terms: readonly string[], wrapped: string[]): string {
  for (const term of terms) {
    const at = text.indexOf(term);
    if (at === -1) continue;
    wrapped.push(term);
    return `${wrap(text.slice(0, at), terms, wrapped)}<dnt>${term}</dnt>${wrap(text.slice(at + term.length), terms, wrapped)}`;
  }
  return text;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
