/**
 * A provider's answer as the journal keeps it: the text exactly as it came back, and what it takes to turn it into
 * Markdown again. Restoring is left until after the answer is safe on disk, so it never holds up the next request.
 */
import type { TargetLanguage } from '../../core/translation.ts';
import { toTagged, type ParsedInline, type TaggedSegment } from '../../source/index.ts';
import { protectTerms } from './do-not-translate.ts';

export interface RawAnswer {
  language: TargetLanguage;
  /** The German sentence (inline Markdown) as it is in the source. */
  source: string;
  /** The provider's text, tags and all. */
  raw: string;
  /** Do-not-translate terms that were wrapped in the text sent. */
  dnt: string[];
  provider: string;
  /** The provider's own doubt about the answer (LLM checks), if any. */
  review?: string;
}

/** What goes into a file: the restored Markdown, or the raw text (flagged) when the markup came back broken. */
export interface Answer {
  language: TargetLanguage;
  source: string;
  target: string;
  provider: string;
  review?: string;
}

/**
 * `tagged`: the segment as it was sent, when it is at hand; else it is made again from the source and the terms.
 * `parsed`: the restored Markdown of a batch of answers, parsed together (`parseRestoredMany`).
 */
export function restoreAnswer(
  answer: RawAnswer,
  tagged: TaggedSegment = protectTerms(toTagged(answer.source), answer.dnt),
  parsed?: ParsedInline,
): Answer {
  const restored = tagged.restore(answer.raw, parsed);
  const reasons = [
    ...(restored.ok ? [] : [`Markup came back changed (${restored.reason}); fix the tags before publishing.`]),
    ...(answer.review ? [answer.review] : []),
  ];
  return {
    language: answer.language,
    source: answer.source,
    target: restored.ok ? restored.markdown : answer.raw,
    provider: answer.provider,
    ...(reasons.length > 0 ? { review: reasons.join(' ') } : {}),
  };
}
