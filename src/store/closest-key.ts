/** The known key a misspelled one was most likely meant to be, or undefined when none is close. */
export function closestKey(found: string, known: readonly string[]): string | undefined {
  const squash = (key: string): string => key.toLowerCase().replace(/[_\s-]/g, '');
  const exact = known.find((key) => squash(key) === squash(found));
  if (exact !== undefined) return exact;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const key of known) {
    const distance = editDistance(squash(found), squash(key));
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(2, Math.floor(found.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
function editDistance(a: string, b: string): number {
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
