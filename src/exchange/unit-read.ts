/** What every exchange format's reader shares: building units with their place, and reading XML text and languages. */
import { languageCodeProblem } from '../core/languages.ts';
import type { TargetLanguage } from '../core/translation.ts';
import type { ExchangeBase } from './base.ts';
import type { ImportUnit } from './exchange-format.ts';
import { childElements, textContent, type XmlElement } from './xml-read.ts';

export function withStateStatus(base: ExchangeBase, stateStatus: 'edited' | 'reviewed' | undefined): ExchangeBase {
  return stateStatus === undefined ? base : { ...base, stateStatus };
}

export function unitOf(element: XmlElement, fields: Omit<ImportUnit, 'line' | 'column'>): ImportUnit {
  const unit: ImportUnit = { id: fields.id, line: element.line, column: element.column };
  for (const key of ['file', 'language', 'source', 'target', 'status', 'base'] as const) {
    if (fields[key] !== undefined) (unit as unknown as Record<string, unknown>)[key] = fields[key];
  }
  return unit;
}

/** Elements of a name anywhere below (groups may nest units). */
export function descendants(element: XmlElement, localName: string, namespace: string): XmlElement[] {
  return childElements(element).flatMap((child) =>
    child.localName === localName && child.namespace === namespace ? [child] : descendants(child, localName, namespace));
}

export function textOf(element: XmlElement | undefined): string | undefined {
  return element === undefined ? undefined : textContent(element);
}

export function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

/** A CAT tool's language tag in BCP 47 case (`pt_br` → `pt-BR`); undefined when it is not one of a target language. */
export function targetLanguage(tag: string | undefined): TargetLanguage | undefined {
  const parts = (tag ?? '').split(/[-_]/);
  const language = parts.map((part, i) => (i === 0 ? part.toLowerCase() : part.length === 4 ? part[0]!.toUpperCase() + part.slice(1).toLowerCase() : part.toUpperCase())).join('-');
  return languageCodeProblem(language) === undefined ? language : undefined;
}

/**
 * Whether a unit's language is a file's: the same code, or the same language where one of them names no
 * region or script (`en-US` and `ja-JP` from a CAT tool are the project's `en` and `ja`).
 */
export function sameLanguage(unit: TargetLanguage, file: TargetLanguage): boolean {
  return unit === file || (primary(unit) === primary(file) && (!unit.includes('-') || !file.includes('-')));
}
