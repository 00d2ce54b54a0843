/** What export hands each format, and how a segment status travels in XLIFF. */
import type { SegmentStatus, TargetLanguage, TranslationEntry } from '../core/translation.ts';

/** One translation file's worth of segments for export. */
export interface ExchangeFile {
  /** Repo-relative path of the translation file (`translations/en/<slug>.yaml`): the `original` of the exported file. */
  path: string;
  /** Path of the German source article. */
  source: string;
  language: TargetLanguage;
  entries: readonly TranslationEntry[];
}

/** XLIFF 2 `state` (+ `subState`) for a status. Unconfirmed targets stay `initial` so CAT tools ask for a look. */
export function xliff2State(status: SegmentStatus): { state: string; subState?: string } {
  switch (status) {
    case 'edited':
      return { state: 'translated' };
    case 'reviewed':
      return { state: 'reviewed' };
    case 'new':
      return { state: 'initial' };
    default:
      return { state: 'initial', subState: `dolmetsch:${status}` };
  }
}

export function statusFromXliff2(state: string | undefined): 'edited' | 'reviewed' | undefined {
  if (state === 'translated') return 'edited';
  if (state === 'reviewed' || state === 'final') return 'reviewed';
  return undefined;
}

/** XLIFF 1.2 target `state` (+ `state-qualifier`, `approved`). */
export function xliff1State(status: SegmentStatus): { state: string; qualifier?: string; approved?: 'yes' } {
  switch (status) {
    case 'edited':
      return { state: 'translated' };
    case 'reviewed':
      return { state: 'signed-off', approved: 'yes' };
    case 'machine':
      return { state: 'needs-review-translation', qualifier: 'mt-suggestion' };
    case 'stale':
      return { state: 'needs-review-translation' };
    default:
      return { state: 'new' };
  }
}

export function statusFromXliff1(state: string | undefined, approved: string | undefined): 'edited' | 'reviewed' | undefined {
  if (approved === 'yes' || state === 'signed-off' || state === 'final') return 'reviewed';
  if (state === 'translated') return 'edited';
  return undefined;
}
