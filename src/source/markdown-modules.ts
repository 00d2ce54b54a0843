/** The Markdown parser's packages in one module, so the dynamic import that loads them is one (markdown-parser.ts). */
export { fromMarkdown } from 'mdast-util-from-markdown';
export { frontmatter } from 'micromark-extension-frontmatter';
export { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
