/** Aligned segments written inline for the term finder's tests. */
import type { SegmentStatus } from '../../src/core/translation.ts';
import type { AlignedSegment } from '../../src/terms/index.ts';

export interface Row {
  article?: string;
  de: string;
  en?: string;
  ko?: string;
  status?: SegmentStatus;
}

export function aligned(rows: readonly Row[]): AlignedSegment[] {
  return rows.map((row, i) => {
    const article = row.article ?? 'a';
    const status = row.status ?? 'reviewed';
    const segment: AlignedSegment = { article, id: `s${i}`, source: row.de, targets: {} };
    if (row.en !== undefined) segment.targets.en = { text: row.en, status, where: `translations/en/${article}.yaml:${i + 1}`, key: `en#${i}` };
    if (row.ko !== undefined) segment.targets.ko = { text: row.ko, status, where: `translations/ko/${article}.yaml:${i + 1}`, key: `ko#${i}` };
    return segment;
  });
}

export const NO_GLOSSARY = { matchGerman: () => [] };
