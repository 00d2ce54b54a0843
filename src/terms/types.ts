/** What the term finder reads (aligned segments) and what it returns (candidates with proposals). */
import type { SegmentStatus, TargetLanguage } from '../core/translation.ts';

/** One translation of a German segment, with where it is so a finding can point at it. */
export interface AlignedTarget {
  text: string;
  status: SegmentStatus;
  /** `file:line` of the target, for people. */
  where: string;
  /** An opaque handle the caller gets back on a finding (the check maps it to its segment). */
  key: string;
}

export interface AlignedSegment {
  article: string;
  id: string;
  /** Plain German text (markup removed). */
  source: string;
  targets: Partial<Record<TargetLanguage, AlignedTarget>>;
}

/** A German occurrence of a name that no glossary entry covers. */
export interface Occurrence {
  article: string;
  segment: string;
  /** The form as written (`Schoygus`). */
  form: string;
  sentenceInitial: boolean;
}

export type Evidence =
  | 'in-english'
  | 'trigger-word'
  | 'name-suffix'
  | 'multi-word'
  | 'inflected'
  | 'acronym'
  | 'rendered-as-name'
  | 'not-a-common-noun';

export interface TargetProposal {
  form: string;
  /** Segments that support it: the name and this form both present. */
  count: number;
  /** Segments with the name that were looked at (reviewed/edited first, machine only when those say nothing). */
  of: number;
  confidence: number;
  basis: 'person' | 'machine';
  /** For a multi-word name: the rendering of its short form alone (`Shoigu` for `Sergei Shoigu`). */
  short?: string;
}

export interface Candidate {
  /** kebab-case, usable as a glossary id and for `--write ID`. */
  id: string;
  /** Base form (`Schoygu`, `Sergej Schoygu`). */
  term: string;
  /** Other forms seen: inflected (`Schoygus`), and the last word alone for a multi-word name. */
  forms: string[];
  short: string[];
  articles: number;
  occurrences: number;
  example: { article: string; sentence: string };
  evidence: Evidence[];
  /** 0..1: how sure the finder is that this is a name. */
  confidence: number;
  /** Whether any of its segments has an English translation (then silence there counts against it). */
  englishSeen: boolean;
  derive: Array<'genitive-s' | 'hyphen-compounds' | 'adjective-endings'>;
  proposals: Partial<Record<TargetLanguage, TargetProposal>>;
}
