/** What every exchange format's reader shares: building units with their place, and reading XML text and languages. */
import { TARGET_LANGUAGES, type TargetLanguage } from '../core/translation.ts';
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

export function targetLanguage(tag: string | undefined): TargetLanguage | undefined {
  const language = primary(tag ?? '');
  return (TARGET_LANGUAGES as readonly string[]).includes(language) ? (language as TargetLanguage) : undefined;
}
