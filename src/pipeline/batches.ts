/** Splits the work for one language into requests that fit a provider's limits, keeping article order. */
import type { ProviderLimits, ProviderSegment } from '../providers/types.ts';

const encoder = new TextEncoder();

/** Bytes a segment's text adds to a request (context is the provider's to fit into what is left). */
export function requestBytes(segment: ProviderSegment): number {
  return encoder.encode(segment.text).length;
}

export function makeBatches<T extends { segment: ProviderSegment }>(items: readonly T[], limits: ProviderLimits): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = requestBytes(item.segment);
    if (current.length > 0 && (current.length >= limits.maxSegments || bytes + size > limits.maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/** Characters a provider bills for a text: DeepL counts source code points. */
export function billableCharacters(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
