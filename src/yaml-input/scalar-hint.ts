/**
 * Hints for a value YAML read as a number, a boolean or null where text was meant. The fix quotes what the person
 * typed (`1e5` → `"1e5"`), never the value YAML made of it (`100000`), which would change their text.
 */
import { isScalar, type Scalar } from 'yaml';

/** The value as it stands in the file. */
export function writtenAs(node: Scalar): string {
  return node.source ?? String(node.value);
}

/** `null`, `Null`, `NULL` or `~` written out: YAML's null, which a person more likely meant as a word or as "empty". */
export function isWrittenNull(node: unknown): node is Scalar {
  return isScalar(node) && node.value === null && (node.source ?? '') !== '';
}

export function quoteAsText(key: string, node: Scalar): string {
  const shown = writtenAs(node).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `${key}: "${shown}"`;
}

export function writtenNullHint(key: string, node: Scalar): string {
  return `Write ${key}: "" to leave it empty, or ${quoteAsText(key, node)} if you mean the word.`;
}
