import type { TaggedNode } from './tagged-text.ts';

/**
 * Whether restored Markdown can only read back as these tags, so that restoring need not parse it to see: links and
 * kept images, raw HTML and autolinks, with no emphasis, code (two code spans with nothing between them become one)
 * or hard break, around text that escapeMarkdownText escapes so that it can open or close none of them, none of it
 * ending in `!` (`![` would make the link an image) or holding what the parser reads as something else (NUL, CR).
 * Most answers with markup are links; parsing them back was a tenth of a first run's CPU. A property test
 * (tests/source/restore-without-parse.test.ts) holds this to the parse.
 */
export function surelySurvives(nodes: readonly TaggedNode[]): boolean {
  return nodes.every((node) =>
    node.type === 'text'
      ? !node.value.endsWith('!') && !node.value.includes('\0') && !node.value.includes('\r')
      : node.name === 'a' ? surelySurvives(node.children) : node.name === 'img' || node.name === 'x',
  );
}
