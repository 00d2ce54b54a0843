/** An XLIFF 1.2, XLIFF 2.x or TMX 1.4 file → the translations it carries, whatever tool wrote it. */
import { InputError } from '../core/diagnostic.ts';
import { TARGET_LANGUAGES, type TargetLanguage } from '../core/translation.ts';
import { statusFromXliff1, statusFromXliff2, type ExchangeFormat } from './formats.ts';
import { TMX_FILE_PROP } from './write-tmx.ts';
import { childElements, readXml, textContent, XmlError, type XmlElement } from './xml-read.ts';

export interface ImportUnit {
  /** `original` of the enclosing file (or the TMX file prop): the translation file it belongs to. */
  file?: string;
  language?: TargetLanguage;
  id: string;
  source?: string;
  /** Undefined when the unit has no target (nothing to import). */
  target?: string;
  /** Status the exchange state asks for; undefined when it says nothing (initial, needs-review…, TMX). */
  status?: 'edited' | 'reviewed';
  line: number;
  column: number;
}

export interface ImportDocument {
  format: ExchangeFormat;
  units: ImportUnit[];
}

export function readExchange(text: string, path: string): ImportDocument {
  let root: XmlElement;
  try {
    root = readXml(text);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    throw problem(path, error.line, error.column, `not well-formed XML: ${error.message}`, 'Export the file again from the CAT tool, or fix the XML at this place.');
  }
  const version = root.attributes.version ?? '';
  if (root.localName === 'xliff' && version.startsWith('2.')) return { format: 'xliff2', units: xliff2Units(root) };
  if (root.localName === 'xliff' && version.startsWith('1.')) return { format: 'xliff1', units: xliff1Units(root) };
  if (root.localName === 'tmx') return { format: 'tmx', units: tmxUnits(root) };
  throw problem(path, root.line, root.column, `<${root.name} version="${version}"> is neither XLIFF 1.2, XLIFF 2.x nor TMX`,
    'Import a file written by `dolmetsch export` (XLIFF 1.2, XLIFF 2.1 or TMX 1.4) after working on it.');
}

function xliff2Units(root: XmlElement): ImportUnit[] {
  const language = targetLanguage(root.attributes.trgLang);
  return childElements(root, 'file').flatMap((file) =>
    descendants(file, 'unit').map((unit) => {
      const parts = childElements(unit).filter((child) => child.localName === 'segment' || child.localName === 'ignorable');
      const segments = parts.filter((part) => part.localName === 'segment');
      const targets = parts.map((part) => childElements(part, 'target')[0]);
      const hasTarget = segments.some((segment) => childElements(segment, 'target').length > 0);
      // A CAT tool may split a unit into several segments: the unit is confirmed as far as its least confirmed segment.
      const statuses = segments.map((segment) => statusFromXliff2(segment.attributes.state));
      const status = statuses.includes(undefined) ? undefined : statuses.includes('edited') ? 'edited' : statuses[0];
      return unitOf(unit, {
        file: file.attributes.original,
        language,
        id: unit.attributes.id ?? '',
        source: parts.map((part) => textOf(childElements(part, 'source')[0]) ?? '').join(''),
        target: hasTarget ? targets.map((target, index) => (target ? textContent(target) : (textOf(childElements(parts[index]!, 'source')[0]) ?? ''))).join('') : undefined,
        status,
      });
    }),
  );
}

function xliff1Units(root: XmlElement): ImportUnit[] {
  return childElements(root, 'file').flatMap((file) => {
    const language = targetLanguage(file.attributes['target-language']);
    return descendants(file, 'trans-unit').map((unit) => {
      const target = childElements(unit, 'target')[0];
      return unitOf(unit, {
        file: file.attributes.original,
        language,
        id: unit.attributes.id ?? '',
        source: textOf(childElements(unit, 'source')[0]),
        target: target ? textContent(target) : undefined,
        status: statusFromXliff1(target?.attributes.state, unit.attributes.approved),
      });
    });
  });
}

function tmxUnits(root: XmlElement): ImportUnit[] {
  const source = root.attributes.srclang ?? childElements(root, 'header')[0]?.attributes.srclang ?? 'de';
  return childElements(root, 'body').flatMap((body) =>
    childElements(body, 'tu').map((tu) => {
      const variants = childElements(tu, 'tuv').map((tuv) => ({ lang: tuv.attributes['xml:lang'] ?? tuv.attributes.lang ?? '', seg: childElements(tuv, 'seg')[0] }));
      const german = variants.find((variant) => primary(variant.lang) === primary(source));
      const target = variants.find((variant) => primary(variant.lang) !== primary(source));
      const file = childElements(tu, 'prop').find((prop) => prop.attributes.type === TMX_FILE_PROP);
      return unitOf(tu, {
        file: file ? textContent(file) : undefined,
        language: targetLanguage(target?.lang),
        id: tu.attributes.tuid ?? '',
        source: textOf(german?.seg),
        target: target?.seg ? textContent(target.seg) : undefined,
        status: undefined,
      });
    }),
  );
}

function unitOf(element: XmlElement, fields: Omit<ImportUnit, 'line' | 'column'>): ImportUnit {
  const unit: ImportUnit = { id: fields.id, line: element.line, column: element.column };
  for (const key of ['file', 'language', 'source', 'target', 'status'] as const) {
    if (fields[key] !== undefined) (unit as unknown as Record<string, unknown>)[key] = fields[key];
  }
  return unit;
}

/** Elements of a name anywhere below (groups may nest units). */
function descendants(element: XmlElement, localName: string): XmlElement[] {
  return childElements(element).flatMap((child) => (child.localName === localName ? [child] : descendants(child, localName)));
}

function textOf(element: XmlElement | undefined): string | undefined {
  return element === undefined ? undefined : textContent(element);
}

function primary(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? '';
}

function targetLanguage(tag: string | undefined): TargetLanguage | undefined {
  const language = primary(tag ?? '');
  return (TARGET_LANGUAGES as readonly string[]).includes(language) ? (language as TargetLanguage) : undefined;
}

function problem(file: string, line: number, column: number, message: string, hint: string): InputError {
  return new InputError([{ ruleId: 'exchange-format', severity: 'error', file, line, column, message, hint }]);
}
