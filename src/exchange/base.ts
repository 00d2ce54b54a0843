/**
 * The base of a unit: the target and status the YAML held when the file was exported. Import compares three
 * texts — the base, the YAML now (ours) and the file (theirs) — so an old export never reverts newer work.
 * How each format carries it (chosen for what CAT tools keep on a round trip, and valid against the schemas):
 *   XLIFF 2.1  `<mda:metadata><mda:metaGroup category="dolmetsch-base">` with `<mda:meta type="status|target">`
 *              in the unit: the Metadata module is the standard's place for tool data; translators do not see it.
 *   XLIFF 1.2  `<alt-trans alttranstype="previous-version" origin="dolmetsch-export" extradata="STATUS">` whose
 *              `<target>` is the base text: the standard's own "previous version" of a translation.
 *   TMX 1.4    `<prop type="x-dolmetsch-status">` (already written) and `<prop type="x-dolmetsch-base-target">`:
 *              props are TMX's only extension point, and tools keep them with the unit.
 */
import { SEGMENT_STATUSES, type SegmentStatus } from '../core/translation.ts';

export interface ExchangeBase {
  target: string;
  status: SegmentStatus;
  /** What the unit's exchange state read as when it was written (undefined: says nothing, e.g. `initial`). */
  stateStatus?: 'edited' | 'reviewed';
}

export const MDA_NAMESPACE = 'urn:oasis:names:tc:xliff:metadata:2.0';
export const XLIFF2_BASE_CATEGORY = 'dolmetsch-base';
export const XLIFF1_BASE_ORIGIN = 'dolmetsch-export';
export const TMX_STATUS_PROP = 'x-dolmetsch-status';
export const TMX_BASE_TARGET_PROP = 'x-dolmetsch-base-target';

export function segmentStatus(value: string | undefined): SegmentStatus | undefined {
  return (SEGMENT_STATUSES as readonly string[]).includes(value ?? '') ? (value as SegmentStatus) : undefined;
}
