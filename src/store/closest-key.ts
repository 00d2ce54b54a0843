import { closestMatch } from '../core/edit-distance.ts';

/** The known key a misspelled one was most likely meant to be: case, `_`, `-` and spaces do not count. */
export function closestKey(found: string, known: readonly string[]): string | undefined {
  return closestMatch(found, known, (key) => key.toLowerCase().replace(/[_\s-]/g, ''));
}
