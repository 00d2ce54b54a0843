/**
 * German forms generated from the listed ones. Stemmers leave proper nouns alone, so the few regular
 * endings a name takes are spelt out here; anything irregular belongs in `forms`.
 * `hyphen-compounds` generates no strings: it lets the matcher accept the term as part of a hyphenated
 * compound (`Ukraine-Krieg`, `Anti-Putin-Kurs`), which is an open set.
 */
import type { DeriveRule } from './types.ts';

const ADJECTIVE_ENDINGS = ['en', 'er', 'es', 'em'] as const;

/** Forms the rules add to `listed` (the term, forms, variants and short forms), without the listed ones. */
export function derivedForms(listed: readonly string[], rules: readonly DeriveRule[]): string[] {
  const seen = new Set(listed);
  const derived: string[] = [];
  const add = (form: string | undefined): void => {
    if (form !== undefined && !seen.has(form)) {
      seen.add(form);
      derived.push(form);
    }
  };
  for (const form of listed) {
    if (rules.includes('adjective-endings')) for (const inflected of adjectiveForms(form)) add(inflected);
  }
  if (rules.includes('genitive-s')) {
    for (const form of [...listed, ...derived]) add(genitive(form));
  }
  return derived;
}

/** `Putin` → `Putins`; a name ending in a hissing sound takes an apostrophe (`Paris` → `Paris'`). */
export function genitive(form: string): string | undefined {
  if (!/\p{L}$/u.test(form)) return undefined;
  return /(?:s|ß|x|z|ce)$/u.test(form) ? `${form}'` : `${form}s`;
}

/**
 * `Demokratische Partei` → `Demokratischen Partei`, `Demokratischer Partei`, …: every word before the last
 * that ends in `-e` is taken for an adjective, and all of them get the same ending.
 */
export function adjectiveForms(form: string): string[] {
  const words = form.split(' ');
  const adjectiveAt = words.map((word, i) => i < words.length - 1 && /^\p{L}+e$/u.test(word));
  if (!adjectiveAt.includes(true)) return [];
  return ADJECTIVE_ENDINGS.map((ending) =>
    words.map((word, i) => (adjectiveAt[i] ? `${word}${ending.slice(1)}` : word)).join(' '),
  );
}
