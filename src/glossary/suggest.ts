/** "Did you mean …?" for misspelt keys and values. */
import { closestMatch } from '../core/edit-distance.ts';

export function suggestionHint(found: string, candidates: readonly string[]): string {
  const match = closestMatch(found, candidates);
  const list = candidates.map((c) => `\`${c}\``).join(', ');
  return match ? `did you mean \`${match}\`? (allowed: ${list})` : `use one of ${list}`;
}
