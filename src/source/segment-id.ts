/** Segment ids come from the sentence text alone, so inserting or moving a sentence changes no other id. */
import { contentHash } from '../core/hash.ts';

export function segmentId(text: string): string {
  return 's' + contentHash(normaliseForId(text), 10);
}

/** Ids for the segments of one document in order; a repeated text gets `-2`, `-3`, … in order of appearance. */
export function segmentIds(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const id = segmentId(text);
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return count === 1 ? id : `${id}-${count}`;
  });
}

function normaliseForId(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
