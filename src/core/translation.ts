/** The model of a translation file (translations/<lang>/<slug>.yaml) and of the translation memory. */

export const SEGMENT_STATUSES = ['new', 'machine', 'edited', 'reviewed', 'stale'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

/**
 * A language dolmetsch translates into: a BCP 47 code (languages.ts says which) the config lists. Providers map
 * it to their own codes (DeepL: en-US, ko, JA).
 */
export type TargetLanguage = string;
/** The target languages of a project without a config, or whose config names none. */
export const TARGET_LANGUAGES: readonly TargetLanguage[] = ['en', 'ko'];

/** Which machine produced the last machine target, and a hash of that exact text. */
export interface MachineProvenance {
  provider: string;
  /** contentHash() of the machine target. A target with another hash was changed by a person. */
  hash: string;
}

export interface Suppression {
  rule: string;
  reason: string;
}

export interface TranslationEntry {
  id: string;
  /** The German sentence (inline Markdown) the target translates. */
  source: string;
  /** The translation (inline Markdown); '' while there is none. */
  target: string;
  status: SegmentStatus;
  /** Ids of the glossary entries that apply to `source`. */
  glossary?: string[];
  machine?: MachineProvenance;
  /** `stale` only: the German the person's target was made from. */
  previousSource?: string;
  /** `stale` only: a machine translation of the new German, for the person to take or ignore. */
  suggestion?: string;
  /** Why a machine target needs a look before publishing (e.g. markup that came back broken). */
  review?: string;
  /** A person's note; never touched by a run. */
  note?: string;
  /** Check rules silenced for this segment, each with its reason. */
  suppress?: Suppression[];
}

export interface TranslationFile {
  /** Article slug. */
  article: string;
  language: TargetLanguage;
  /** Source file path relative to the repository root. */
  source: string;
  segments: TranslationEntry[];
}

/** A translation kept after its segment left every article, so the same German never costs twice. */
export interface MemoryEntry {
  source: string;
  target: string;
  status: Exclude<SegmentStatus, 'new' | 'stale'>;
  machine?: MachineProvenance;
  /** A person's note, brought from the article file; never touched by a run. */
  note?: string;
  /** Slug of the article it was last seen in. */
  article?: string;
  /**
   * Comment lines (without `#`) a person wrote on the segment in its article file, on their way to the memory file
   * with it (written above the entry once; not read back).
   */
  comments?: string[];
}

export interface MemoryFile {
  language: TargetLanguage;
  entries: MemoryEntry[];
}
