/**
 * The glossary as provider-neutral pairs (for a server-side DeepL glossary). Derived forms stay out:
 * DeepL inflects glossary terms itself, and `Schoygus → Shoigu` would lose the possessive.
 */
import { contentHash } from '../core/hash.ts';
import { TARGET_LANGUAGES, type TargetLanguage } from '../core/translation.ts';
import type { GlossaryExport } from '../core/glossary-terms.ts';
import { targetTermsOf, type GlossaryEntry } from './types.ts';

export function exportGlossary(entries: readonly GlossaryEntry[]): GlossaryExport {
  const pairs = { en: [], ko: [] } as GlossaryExport['pairs'];
  // Further languages only when an entry has forms for them, so a glossary of en and ko hashes as it always did.
  const further = [...new Set(entries.flatMap((entry) => Object.keys(entry.otherLanguages ?? {})))].sort();
  for (const lang of [...TARGET_LANGUAGES, ...further]) pairs[lang] = pairsFor(entries, lang);
  // Sorted pairs make the hash independent of entry order, so reordering the file reuses the same glossary.
  return { hash: contentHash(JSON.stringify(pairs)), pairs };
}

function pairsFor(entries: readonly GlossaryEntry[], lang: TargetLanguage): Array<{ source: string; target: string }> {
  const bySource = new Map<string, string>();
  const add = (source: string, target: string): void => {
    const s = source.trim();
    const t = target.trim();
    if (s !== '' && t !== '' && !bySource.has(s)) bySource.set(s, t);
  };
  for (const entry of entries) {
    const target = targetTermsOf(entry, lang);
    if (target === undefined) continue;
    for (const form of [entry.de.term, ...entry.de.forms, ...entry.de.variants]) add(form, target.preferred);
    for (const form of entry.de.short) add(form, target.short ?? target.preferred);
  }
  return [...bySource]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([source, target]) => ({ source, target }));
}
