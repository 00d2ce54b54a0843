/**
 * What the rules work out from a segment's German — its plain text, glossary matches, numbers and dates — shared
 * by the views of one article's files: the German of `en/x.yaml` and `ko/x.yaml` is the same, and working it out
 * once per language file was some 15 % of a cold check's CPU time. `GermanMemo` keeps the German of the file
 * checked last and of the one being checked, so a check that takes an article's files one after another
 * (check-repository.ts) meets each German text once, while memory holds two files' worth.
 */
import type { TermMatch } from '../glossary/index.ts';
import type { DateMention } from './dates/extract-dates.ts';
import type { NumbersInText } from './numbers/extract-numbers.ts';

/** Filled in as the rules ask; the same answers whichever view asks first (all depend on the German alone). */
export interface GermanSide {
  plain?: string;
  matches?: TermMatch[];
  numbers?: NumbersInText;
  dates?: DateMention[];
}

export class GermanMemo {
  #current = new Map<string, GermanSide>();
  #previous = new Map<string, GermanSide>();

  /** The German's side, shared with every view of the same German text in this file or the one before. */
  of(source: string): GermanSide {
    let side = this.#current.get(source);
    if (side === undefined) this.#current.set(source, (side = this.#previous.get(source) ?? {}));
    return side;
  }

  /** A file is done: the German of the file before it is dropped, the file's own kept for the next. */
  nextFile(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }
}
