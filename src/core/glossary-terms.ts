/**
 * The glossary as the rest of the program receives it: the terms that apply to one segment, and the whole glossary
 * in a neutral shape. The glossary produces these, providers and checks consume them; neither owns them.
 */
import type { TargetLanguage } from './translation.ts';

/** A glossary term that applies to a segment, already resolved for the batch's target language. */
export interface GlossaryTerm {
  /** Glossary entry id. */
  entry: string;
  /** German form as it appears in glossary.yaml (base form). */
  source: string;
  /** Preferred target term. */
  target: string;
  doNotTranslate: boolean;
}

/** The whole glossary in a provider-neutral shape, for providers that hold one server-side (DeepL). */
export interface GlossaryExport {
  /** Content hash: changes whenever any pair changes. */
  hash: string;
  /** German term → target term, per target language; do-not-translate terms map to themselves. */
  pairs: Record<TargetLanguage, Array<{ source: string; target: string }>>;
}
