import * as crypto from 'node:crypto';

/**
 * SHA-256 of a text (UTF-8) or bytes, in hex. `crypto.hash` does it in one call; a Hash object per text cost twice
 * as much, and a run hashes every sentence several times. Node 20.11 (which has no `crypto.hash`) gets the same
 * digest through createHash.
 */
const oneShot: typeof crypto.hash | undefined = crypto.hash;

export function sha256Hex(data: string | Uint8Array): string {
  return oneShot ? oneShot('sha256', data, 'hex') : crypto.createHash('sha256').update(data).digest('hex');
}

/** Short, stable hash of a text (NFC-normalised), for provenance and ids. */
export function contentHash(text: string, length = 12): string {
  return sha256Hex(text.normalize('NFC')).slice(0, length);
}
