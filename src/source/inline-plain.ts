/**
 * Inline Markdown → plain text, remembering where each plain character came from, so that sentence
 * boundaries found in the plain text can be cut in the Markdown without splitting any markup.
 */
import type { PhrasingContent } from 'mdast';
import type { ParsedInline } from './block-inline.ts';
import { mayHoldMarkup, offsetsOf, parseInline } from './parse-inline.ts';

/** An inline node with markup around or instead of its text. */
export interface InlineNodeRange {
  plainStart: number;
  plainEnd: number;
}

export interface PlainText {
  text: string;
  /**
   * For each plain offset p (0…text.length): where in the Markdown a cut before plain character p goes,
   * i.e. before any markup that opens at p.
   */
  cutOffsets: number[];
  /** Emphasis, strong, delete, links, inline code, images, HTML: a cut strictly inside one would unbalance the Markdown. */
  inlineNodes: InlineNodeRange[];
  /** Source ranges of hard line breaks (`\\` or two spaces before a line ending). */
  hardBreaks: Array<{ start: number; end: number }>;
}

/** `parsed`: the inline nodes of `markdown` when a parse already made them (see ParsedInline for their offsets). */
export function plainTextOf(markdown: string, parsed?: ParsedInline): PlainText {
  // Text without markup is its own plain text, every character where it was.
  if (!parsed && !mayHoldMarkup(markdown)) {
    const cutOffsets = new Array<number>(markdown.length + 1);
    for (let p = 0; p <= markdown.length; p++) cutOffsets[p] = p;
    return { text: markdown, cutOffsets, inlineNodes: [], hardBreaks: [] };
  }
  const base = parsed?.offset ?? 0;
  let text = '';
  const cutOffsets: number[] = [];
  const inlineNodes: InlineNodeRange[] = [];
  const hardBreaks: Array<{ start: number; end: number }> = [];

  const markCut = (offset: number): void => {
    cutOffsets[text.length] ??= offset;
  };
  const emit = (chars: string, offset: number): void => {
    markCut(offset);
    text += chars;
  };
  const atom = (start: number, body: () => void): void => {
    markCut(start);
    const plainStart = text.length;
    body();
    inlineNodes.push({ plainStart, plainEnd: text.length });
  };

  const walk = (nodes: PhrasingContent[]): void => {
    for (const node of nodes) {
      const { start: nodeStart, end: nodeEnd } = offsetsOf(node);
      const start = nodeStart - base;
      const end = nodeEnd - base;
      switch (node.type) {
        case 'text':
          alignText(node.value, markdown, start, end, emit);
          break;
        case 'break':
          hardBreaks.push({ start, end });
          emit('\n', start);
          break;
        case 'inlineCode':
          atom(start, () => emit(node.value.replace(/\n/g, ' '), start));
          break;
        case 'emphasis':
        case 'strong':
        case 'delete':
        case 'link':
        case 'linkReference':
          atom(start, () => walk(node.children));
          break;
        default:
          // image, imageReference, html, footnoteReference: markup with nothing to read aloud.
          atom(start, () => undefined);
      }
    }
  };

  walk(parsed?.nodes ?? parseInline(markdown));
  cutOffsets[text.length] ??= markdown.length;
  for (let p = 0; p <= text.length; p++) cutOffsets[p] ??= markdown.length;
  return { text, cutOffsets, inlineNodes, hardBreaks };
}

/**
 * A text node's value differs from its source slice by escapes (`\*`), character references (`&auml;`)
 * and whitespace the parser dropped around line endings; walk both together to map each character.
 */
function alignText(
  value: string,
  markdown: string,
  start: number,
  end: number,
  emit: (chars: string, offset: number) => void,
): void {
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const out = c === '\n' ? ' ' : c; // a soft line break is a space in the sentence
    for (;;) {
      if (j >= end) {
        emit(out, end);
        break;
      }
      const s = markdown[j];
      const reference = s === '&' ? characterReferenceAt(markdown, j) : undefined;
      if (reference !== undefined && !value.startsWith(markdown.slice(j, j + reference.length), i)) {
        const decoded = reference.decoded ?? String.fromCodePoint(value.codePointAt(i)!);
        emit(value.slice(i, i + decoded.length), j);
        i += decoded.length - 1;
        j += reference.length;
        break;
      }
      if (s === c) {
        emit(out, j);
        j += 1;
        break;
      }
      if (s === '\\' && markdown[j + 1] === c) {
        emit(out, j);
        j += 2;
        break;
      }
      if (s === ' ' || s === '\t' || s === '\n' || s === '>') {
        j += 1; // dropped line prefix or suffix
        continue;
      }
      emit(out, j); // unforeseen difference: keep the mapping close rather than fail
      break;
    }
  }
}

/** A character reference at `at`: its length, and its value when numeric (named ones need a table we do not carry). */
function characterReferenceAt(markdown: string, at: number): { length: number; decoded?: string } | undefined {
  const semicolon = markdown.indexOf(';', at);
  if (semicolon === -1 || semicolon - at > 33) return undefined;
  const body = markdown.slice(at + 1, semicolon);
  const numeric = /^#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}))$/.exec(body);
  if (numeric) {
    const code = numeric[1] !== undefined ? Number.parseInt(numeric[1], 10) : Number.parseInt(numeric[2]!, 16);
    const valid = code !== 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return { length: body.length + 2, decoded: String.fromCodePoint(valid ? code : 0xfffd) };
  }
  return /^[A-Za-z][A-Za-z0-9]{0,31}$/.test(body) ? { length: body.length + 2 } : undefined;
}
