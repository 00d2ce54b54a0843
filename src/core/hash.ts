import { createHash } from 'node:crypto';

/** Short, stable hash of a text (NFC-normalised), for provenance and ids. */
export function contentHash(text: string, length = 12): string {
  return createHash('sha256').update(text.normalize('NFC'), 'utf8').digest('hex').slice(0, length);
}
