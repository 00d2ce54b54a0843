/** "Did you mean …?" for misspelt keys and values. */

export function closest(found: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(found.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Beyond about a third of the word the "suggestion" is noise.
  return bestDistance <= Math.max(2, Math.floor(found.length / 3)) ? best : undefined;
}

export function suggestionHint(found: string, candidates: readonly string[]): string {
  const match = closest(found, candidates);
  const list = candidates.map((c) => `\`${c}\``).join(', ');
  return match ? `did you mean \`${match}\`? (allowed: ${list})` : `use one of ${list}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
