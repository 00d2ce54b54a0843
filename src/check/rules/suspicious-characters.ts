/**
 * Characters a reviewer cannot see or cannot tell apart: a zero-width space or soft hyphen inside a name hides
 * it from search and from people; a Cyrillic о or a fullwidth Ｋ in an English name looks right and is not. The
 * glossary rules already match through them (glossary/fold.ts); these findings make the character itself visible.
 */
import type { Diagnostic } from '../../core/diagnostic.ts';
import { charAt, charBefore, CONFUSABLE_TO_LATIN, INVISIBLE, INVISIBLE_NAMES } from '../../glossary/index.ts';
import type { CheckRule, SegmentView } from '../types.ts';
import { finding } from './finding.ts';

const INVISIBLES = new RegExp(INVISIBLE.source, 'gu');
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const LATIN = /\p{Script=Latin}/u;
const FULLWIDTH_ALPHANUMERIC = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/gu;
const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;

export const invisibleCharacter: CheckRule = {
  id: 'invisible-character',
  severity: 'warning',
  summary: 'The target holds an invisible character (zero-width space, soft hyphen, joiner, direction mark, BOM) that hides words from search and review.',
  run: ({ segments }) => segments.filter((s) => s.hasTarget).flatMap((segment) => invisiblesIn(segment)),
};

export const lookalikeCharacter: CheckRule = {
  id: 'lookalike-character',
  severity: 'warning',
  summary: 'The target mixes a Cyrillic or Greek look-alike into a Latin word (Kim Jоng Un with a Cyrillic о), or uses fullwidth Latin letters or digits.',
  run: ({ segments }) => segments.filter((s) => s.hasTarget).flatMap((segment) => lookalikesIn(segment)),
};

function invisiblesIn(segment: SegmentView): Diagnostic[] {
  const text = segment.targetPlain;
  const found: Diagnostic[] = [];
  for (const match of text.matchAll(INVISIBLES)) {
    const char = match[0];
    const at = match.index;
    // A zero-width joiner between two emoji builds one emoji (👩‍💻); that one is meant.
    if (char === '\u200D' && PICTOGRAPH.test(charBefore(text, at) ?? '') && PICTOGRAPH.test(charAt(text, at + 1) ?? '')) continue;
    found.push(finding(segment, {
      ruleId: 'invisible-character',
      severity: 'warning',
      message: `invisible character ${codePoint(char)} ${INVISIBLE_NAMES[char] ?? ''} ${context(text, at)}`.replace(/\s+/g, ' '),
      hint: `delete it: in the YAML it can be written visibly as "\\u${hex(char)}" inside double quotes if it is really meant`,
      span: { start: at, end: at + char.length },
    }));
  }
  return found;
}

function lookalikesIn(segment: SegmentView): Diagnostic[] {
  const text = segment.targetPlain;
  const found: Diagnostic[] = [];
  for (const match of text.matchAll(CYRILLIC_OR_GREEK)) {
    const at = match.index;
    const latin = CONFUSABLE_TO_LATIN.get(match[0]);
    if (latin === undefined || !inLatinWord(text, at)) continue;
    found.push(finding(segment, {
      ruleId: 'lookalike-character',
      severity: 'warning',
      message: `${codePoint(match[0])} "${match[0]}" is a ${script(match[0])} letter that looks like the Latin "${latin}" ${context(text, at)}`,
      hint: `retype it as the Latin letter "${latin}"`,
      span: { start: at, end: at + 1 },
    }));
  }
  for (const match of text.matchAll(FULLWIDTH_ALPHANUMERIC)) {
    const ordinary = match[0].normalize('NFKC');
    found.push(finding(segment, {
      ruleId: 'lookalike-character',
      severity: 'warning',
      message: `${codePoint(match[0])} "${match[0]}" is a fullwidth form of "${ordinary}" ${context(text, match.index)}`,
      hint: `write the ordinary "${ordinary}"`,
      span: { start: match.index, end: match.index + 1 },
    }));
  }
  return found.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/** A letter with a Latin letter in the same word: one word in two scripts is never written on purpose. */
function inLatinWord(text: string, at: number): boolean {
  const word = /[\p{L}\p{M}]*$/u.exec(text.slice(0, at))![0] + /^[\p{L}\p{M}]*/u.exec(text.slice(at))![0];
  return LATIN.test(word);
}

function context(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 12), at).replace(INVISIBLES, '');
  const after = text.slice(at + 1, at + 13).replace(INVISIBLES, '');
  return `in "…${before}⟨here⟩${after}…"`;
}

function codePoint(char: string): string {
  return `U+${hex(char)}`;
}

function hex(char: string): string {
  return char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

function script(char: string): string {
  return /\p{Script=Cyrillic}/u.test(char) ? 'Cyrillic' : 'Greek';
}
