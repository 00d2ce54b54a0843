/** Translated words → Markdown text that reads back as exactly those words. */

const ALWAYS = new Set(['\\', '`', '*', '[', ']', '<']);
const REFERENCE_LIKE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;
const WORD = /[\p{L}\p{N}]/u;

/** Characters escapeMarkdownText may escape; text without any (most translations) comes back as it is. */
const MAY_NEED_ESCAPE = /[\\`*[\]<_&]/;

export function escapeMarkdownText(text: string): string {
  if (!MAY_NEED_ESCAPE.test(text)) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (ALWAYS.has(c)) out += `\\${c}`;
    else if (c === '_' && !(WORD.test(text[i - 1] ?? '') && WORD.test(text[i + 1] ?? ''))) out += '\\_';
    else if (c === '&' && REFERENCE_LIKE.test(text.slice(i))) out += '\\&';
    else out += c;
  }
  return out;
}
