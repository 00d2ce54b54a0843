/** "Did you mean …?" for every misspelt key, value, option or command: one distance, one tolerance. */

/** Levenshtein distance with adjacent transpositions counted as one edit (`lable` → `label` is 1). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0 || b.length === 0) return a.length + b.length;
  // Three rolling rows (the one before last for transpositions), reused between calls: the term finder
  // compares words millions of times.
  if (rows.length < 3 * (b.length + 1)) rows = new Int32Array(6 * (b.length + 1));
  const width = b.length + 1;
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[current] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(rows[previous + j]! + 1, rows[current + j - 1]! + 1, rows[previous + j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) value = Math.min(value, rows[before + j - 2]! + 1);
      rows[current + j] = value;
    }
    [before, previous, current] = [previous, current, before];
  }
  return rows[previous + b.length]!;
}

let rows = new Int32Array(96);

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
