import { CST, Lexer } from 'yaml';
import { listLayout } from './list-layout.ts';
import { TRANSLATION_FORMAT, type ParsedTranslationFile } from './translation-file.ts';

/**
 * The comments a person wrote on each segment of a translation file (above it, after a value, below it), by segment
 * id, as comment lines in file order without the `#`. A segment that leaves its article takes them to the memory
 * file: they are a person's words about that sentence.
 */
export function segmentComments(parsed: ParsedTranslationFile): Map<string, string[]> {
  const comments = new Map<string, string[]>();
  // The layout needs the concrete syntax tree, which a plain read does not keep.
  const withTokens = TRANSLATION_FORMAT.parse(parsed.text, parsed.path, true);
  const layout = listLayout(withTokens.text, withTokens.document, TRANSLATION_FORMAT.listKey);
  if (layout === undefined) return comments;
  withTokens.model.segments.forEach((segment, index) => {
    const span = layout.entries[index]!;
    const lines = commentLines(span.leading + span.content + span.trailing);
    if (lines.length > 0) comments.set(segment.id, lines);
  });
  return comments;
}

function commentLines(text: string): string[] {
  const lines: string[] = [];
  let afterScalarMarker = false;
  for (const token of new Lexer().lex(text)) {
    // The token after the scalar marker is a value's text, which may start with '#' in a block scalar.
    if (!afterScalarMarker && CST.tokenType(token) === 'comment') lines.push(token.slice(1));
    afterScalarMarker = token === CST.SCALAR;
  }
  return lines;
}
