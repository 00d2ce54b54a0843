/**
 * The character trie behind TermScanner: forms inserted character by character, walked from a position of the text
 * to every form that ends there (a run of whitespace in the text matches a space in a form).
 */
import { isSpace } from './term-characters.ts';

export interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  terminals: T[];
  /** Payloads whose form was capitalised here: they match only at the start of a sentence. */
  sentenceStart: T[];
}

/** A form that ends at `end` in the text, with its payloads. */
export interface End<T> {
  end: number;
  payloads: T[];
  sentenceStart?: boolean;
}

export function newNode<T>(): TrieNode<T> {
  return { children: new Map(), terminals: [], sentenceStart: [] };
}

/** Adds one spelling of a form; `list` says whether it matches anywhere or only at the start of a sentence. */
export function insertForm<T>(root: TrieNode<T>, variant: string, lowerCase: boolean, payload: T, list: 'terminals' | 'sentenceStart'): void {
  let node = root;
  for (let i = 0; i < variant.length; i++) {
    const key = lowerCase ? variant[i]!.toLowerCase() : variant[i]!;
    let child = node.children.get(key);
    if (!child) {
      child = newNode();
      node.children.set(key, child);
    }
    node = child;
  }
  if (!node[list].includes(payload)) node[list].push(payload);
}

/** Every form of the trie that the text starts at `start`, pushed to `ends` (shortest first). */
export function walk<T>(root: TrieNode<T>, text: string, start: number, fold: boolean, ends: End<T>[]): void {
  let node = root;
  let j = start;
  while (j < text.length) {
    const char = text[j]!;
    let next: TrieNode<T> | undefined;
    let after = j + 1;
    if (isSpace(char)) {
      next = node.children.get(' ');
      while (after < text.length && isSpace(text[after]!)) after++;
    } else {
      next = node.children.get(fold ? char.toLowerCase() : char);
    }
    if (!next) return;
    node = next;
    j = after;
    if (node.terminals.length > 0) ends.push({ end: j, payloads: node.terminals });
    if (node.sentenceStart.length > 0) ends.push({ end: j, payloads: node.sentenceStart, sentenceStart: true });
  }
}
