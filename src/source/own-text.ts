/**
 * A copy of `text` that holds its own characters. A string cut from another (a slice, or one joined from such
 * pieces) keeps the whole of that other alive: what a run keeps for later about an article (its outline, a
 * conversion) must not keep the article's source text.
 */
export function ownText(text: string): string {
  return Buffer.from(text, 'utf16le').toString('utf16le');
}
