/**
 * Only the segments of some statuses, judged as the next run would write them (a person's target left at `machine`
 * is `edited`): `--status reviewed` gives what a newsroom uploads to DeepL as its translation memory.
 */
import { effectiveStatus } from '../core/person-edit.ts';
import type { SegmentStatus } from '../core/translation.ts';
import type { ExchangeFile } from './formats.ts';

export function withStatus(files: readonly ExchangeFile[], statuses: ReadonlySet<SegmentStatus>): ExchangeFile[] {
  return files.flatMap((file) => {
    const entries = file.entries.filter((entry) => statuses.has(effectiveStatus(entry)));
    return entries.length > 0 ? [{ ...file, entries }] : [];
  });
}
