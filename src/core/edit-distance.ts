/** "Did you mean …?" for every misspelt key, value, option or command: one distance, one tolerance. */

/** Levenshtein distance with adjacent transpositions counted as one edit (`lable` → `label` is 1). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate `found` was most likely meant to be, or undefined when none is close. `fold` decides what does
 * not count as a difference (case by default); the first of equally close candidates wins.
 */
export function closestMatch(
  found: string,
  candidates: readonly string[],
  fold: (text: string) => string = (text) => text.toLowerCase(),
): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(fold(found), fold(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Beyond about a third of the word the "suggestion" is noise.
  return bestDistance <= Math.max(2, Math.floor(found.length / 3)) ? best : undefined;
}
