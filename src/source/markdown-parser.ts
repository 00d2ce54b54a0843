/**
 * micromark and its mdast glue, loaded only when Markdown is parsed: they are some sixty modules, more than half of
 * what a run that finds nothing to do would otherwise load before it knows so. Whoever is about to parse awaits
 * `loadMarkdownParser()` (the scan at the first article that needs work, the CLI before any other command, the
 * library's entry); the parsing itself stays synchronous. A caller that did not (a deep import) still gets the parser,
 * loaded synchronously: `require` of an ES module, which Node offers from 20.19.
 */
import { createRequire } from 'node:module';
import type * as FromMarkdown from 'mdast-util-from-markdown';
import type * as FrontmatterSyntax from 'micromark-extension-frontmatter';
import type * as FrontmatterTree from 'mdast-util-frontmatter';

export interface MarkdownParser {
  fromMarkdown: typeof FromMarkdown.fromMarkdown;
  frontmatter: typeof FrontmatterSyntax.frontmatter;
  frontmatterFromMarkdown: typeof FrontmatterTree.frontmatterFromMarkdown;
}

let loaded: MarkdownParser | undefined;

export async function loadMarkdownParser(): Promise<MarkdownParser> {
  if (loaded) return loaded;
  // One module re-exporting the three: the compiled build bundles them into one chunk (bin/build.js).
  const modules = await import('./markdown-modules.ts');
  loaded ??= { fromMarkdown: modules.fromMarkdown, frontmatter: modules.frontmatter, frontmatterFromMarkdown: modules.frontmatterFromMarkdown };
  return loaded;
}

export function markdownParser(): MarkdownParser {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const tree = require('mdast-util-from-markdown') as typeof FromMarkdown;
  const syntax = require('micromark-extension-frontmatter') as typeof FrontmatterSyntax;
  const frontTree = require('mdast-util-frontmatter') as typeof FrontmatterTree;
  loaded = { fromMarkdown: tree.fromMarkdown, frontmatter: syntax.frontmatter, frontmatterFromMarkdown: frontTree.frontmatterFromMarkdown };
  return loaded;
}
