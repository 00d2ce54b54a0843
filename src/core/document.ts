/** What an article is once read: its blocks, each holding Markdown inline text exactly as written. */

export type BlockKind = 'title' | 'heading' | 'paragraph' | 'listItem';

export interface Block {
  kind: BlockKind;
  /** Inline Markdown of the block, a verbatim slice of the source file (for `title`: the front-matter value). */
  text: string;
  /** 1-based line and column in the source file where `text` starts. */
  line: number;
  column: number;
  /** Heading depth (1–6) for headings; list nesting depth (1-based) for list items. */
  depth?: number;
  /** For list items: whether the list is ordered. */
  ordered?: boolean;
}

export interface SourceDocument {
  /** File name without extension; names the translation files. */
  slug: string;
  /** Path of the source file relative to the repository root, with forward slashes. */
  path: string;
  /** Id of the source format that read it (`markdown`, `text`, …). */
  format: string;
  /** Front matter (Markdown) or `{ title }` (plain text). */
  frontMatter: Record<string, unknown>;
  blocks: Block[];
}

/** One German sentence to translate, in article order. */
export interface SourceSegment {
  /** Stable id: derived from the text alone (see segment-id.ts), never from the position. */
  id: string;
  /** Inline Markdown of the sentence, a verbatim slice of its block (trimmed). */
  text: string;
  /** The sentence as plain text (markup removed), for glossary matching and context. */
  plain: string;
  blockIndex: number;
  /** 1-based line and column in the source file. */
  line: number;
  column: number;
}
