import { isLineBreak, isOpeningBracket, isWhitespace, isDash } from './chars.ts';

/**
 * Tracks whether the scanner is inside a quotation or a bracket that is closed later on the same line. Inside one,
 * full stops do not end the segment (`»Die Handlung spielt in Rom. Die Recherche ist genau.«`, `Veltman (71. Sanogo)`
 * stay whole); the closing mark itself may, when a terminator stands right before it, so a bracket that holds a
 * whole sentence of its own (`(Applaus.)`) ends there. Quotations and brackets nest: whatever opens inside the
 * outermost one is inside it until that one closes. A mark with no closing partner on its line opens nothing, so
 * one stray mark (or a `:-(`) cannot swallow a paragraph.
 *
 * Brackets ( [ { pair by type, innermost first, as a stack would pair them.
 * Families: „ ,, “ " close with “ ” "; » closes with «; « closes with ». Single quotes are ignored (they double as
 * apostrophes: `ist's`, `bin’s`).
 */
const DOUBLE = 0;
const RAQUO_FIRST = 1;
const LAQUO_FIRST = 2;

interface ScanCache { from: number; stop: number; closer: number }

export class EnclosureTracker {
  private closeAt = -1;
  private readonly caches: ScanCache[] = [0, 1, 2].map(() => ({ from: 0, stop: 0, closer: -1 }));
  /** Opening bracket → its closing partner, for the line part scanned so far (from `bracketsFrom` to `bracketsTo`). */
  private brackets = new Map<number, number>();
  private bracketsFrom = 0;
  private bracketsTo = 0;

  constructor(private readonly text: string) {}

  /** True for the code units `visit` cares about; cheap enough to ask for every character. */
  static isMark(c: number): boolean {
    return (
      c === 0x201e || c === 0x201c || c === 0x201d || c === 0x22 || c === 0xbb || c === 0xab || c === 0x2c ||
      isOpeningBracket(c)
    );
  }

  /** Whether `i` lies inside a quotation or bracket opened before it. */
  get inside(): boolean {
    return this.closeAt >= 0;
  }

  /** Call for each mark the scanner steps on (not for those inside a terminator cluster). */
  visit(i: number): void {
    if (this.closeAt >= 0) {
      // A bracket's closing partner is not a mark the scanner visits, so the next mark after it may open again.
      const closed = i >= this.closeAt;
      const atCloser = i === this.closeAt;
      if (closed) this.closeAt = -1;
      if (!closed || atCloser) return;
    }
    if (isOpeningBracket(this.text.charCodeAt(i))) {
      this.closeAt = this.bracketCloser(i);
      return;
    }
    const family = this.openingFamily(i);
    if (family < 0) return;
    this.closeAt = this.findCloser(family, i);
  }

  /**
   * Whether a terminator cluster [start, end) stays inside an open quotation. A cluster that runs through the
   * closing mark (`Lust.“`) leaves the quotation and is judged like any other.
   */
  keepsOpen(end: number): boolean {
    if (this.closeAt < 0) return false;
    if (this.closeAt < end) {
      this.closeAt = -1;
      return false;
    }
    return true;
  }

  /** At a line break: quotations never span lines. */
  reset(): void {
    this.closeAt = -1;
  }

  /**
   * The partner of the opening bracket at `i` on its line, or -1. One stack pass from the first bracket of a line
   * part to the line's end pairs every bracket in it, so each character is scanned once however many brackets.
   */
  private bracketCloser(i: number): number {
    if (i < this.bracketsFrom || i >= this.bracketsTo) this.pairBrackets(i);
    return this.brackets.get(i) ?? -1;
  }

  private pairBrackets(from: number): void {
    const text = this.text;
    const open: number[] = [];
    this.brackets = new Map();
    // A native search jumps from bracket to bracket; most of a line holds none.
    BRACKET_OR_BREAK.lastIndex = from;
    let q = text.length;
    for (let match = BRACKET_OR_BREAK.exec(text); match; match = BRACKET_OR_BREAK.exec(text)) {
      const at = match.index;
      const c = text.charCodeAt(at);
      if (isLineBreak(c)) {
        q = at;
        break;
      }
      if (isOpeningBracket(c)) open.push(at);
      else if (open.length > 0 && pairs(text.charCodeAt(open.at(-1)!), c)) this.brackets.set(open.pop()!, at);
    }
    this.bracketsFrom = from;
    this.bracketsTo = q;
  }

  private openingFamily(i: number): number {
    const text = this.text;
    const c = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0x20;
    if (c === 0x2c) {
      // ,, typed for „
      return next === 0x2c && i + 2 < text.length && !isWhitespace(text.charCodeAt(i + 2)) ? DOUBLE : -1;
    }
    if (isWhitespace(next)) return -1;
    if (c === 0x201e) return DOUBLE;
    // “ " » « open only where a word could start: at the beginning, after a space, a bracket, a dash or a colon.
    const prev = i > 0 ? text.charCodeAt(i - 1) : 0x20;
    if (!(isWhitespace(prev) || isOpeningBracket(prev) || isDash(prev) || prev === 0x3a || prev === 0x2f)) return -1;
    if (c === 0xbb) return RAQUO_FIRST;
    if (c === 0xab) return LAQUO_FIRST;
    return c === 0x201d ? -1 : DOUBLE;
  }

  /** First closing mark of the family after `from` on the same line, or -1; amortised linear per family. */
  private findCloser(family: number, from: number): number {
    const cache = this.caches[family]!;
    if (from >= cache.from && from < cache.stop) return cache.closer;
    const text = this.text;
    let q = from + 1;
    let closer = -1;
    for (; q < text.length; q++) {
      const c = text.charCodeAt(q);
      if (isLineBreak(c)) break;
      if (closes(family, c) && !isWhitespace(text.charCodeAt(q - 1))) {
        closer = q;
        break;
      }
    }
    cache.from = from;
    cache.stop = q;
    cache.closer = closer;
    return closer;
  }
}

const BRACKET_OR_BREAK = /[()[\]{}\n\v\f\r\u2028\u2029]/g;

function pairs(opening: number, closing: number): boolean {
  return closing === (opening === 0x28 ? 0x29 : opening + 2);
}

function closes(family: number, c: number): boolean {
  if (family === RAQUO_FIRST) return c === 0xab;
  if (family === LAQUO_FIRST) return c === 0xbb;
  return c === 0x201c || c === 0x201d || c === 0x22;
}
