/** An XLIFF 1.2, XLIFF 2.x or TMX 1.4 file → the translations it carries, whatever tool wrote it. */
import { InputError } from '../core/diagnostic.ts';
import { TARGET_LANGUAGES, type TargetLanguage } from '../core/translation.ts';
import { MDA_NAMESPACE, segmentStatus, TMX_BASE_TARGET_PROP, TMX_STATUS_PROP, XLIFF1_BASE_ORIGIN, XLIFF2_BASE_CATEGORY, type ExchangeBase } from './base.ts';
import { statusFromXliff1, statusFromXliff2, xliff1State, xliff2State, type ExchangeFormat } from './formats.ts';
import { TMX_FILE_PROP } from './write-tmx.ts';
import { XLIFF1_NAMESPACE } from './write-xliff1.ts';
import { XLIFF2_NAMESPACE } from './write-xliff2.ts';
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
  /** What the YAML held at export; undefined in a file exported before bases were written (or stripped by a tool). */
  base?: ExchangeBase;
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
  const { localName, namespace } = root;
  if (localName === 'xliff' && namespace === XLIFF2_NAMESPACE && version.startsWith('2.')) return { format: 'xliff2', units: xliff2Units(root) };
  // XLIFF 1.0/1.1 files of older tools may have no namespace; their elements are the same.
  if (localName === 'xliff' && (namespace === XLIFF1_NAMESPACE || namespace === '') && version.startsWith('1.')) return { format: 'xliff1', units: xliff1Units(root) };
  if (localName === 'tmx' && namespace === '') return { format: 'tmx', units: tmxUnits(root) };
  throw problem(path, root.line, root.column, `<${root.name}${namespace ? ` xmlns="${namespace}"` : ''} version="${version}"> is neither XLIFF 1.2, XLIFF 2.x nor TMX`,
    'Import a file written by `dolmetsch export` (XLIFF 1.2, XLIFF 2.1 or TMX 1.4) after working on it.');
}

function xliff2Units(root: XmlElement): ImportUnit[] {
  const language = targetLanguage(root.attributes.trgLang);
  const core = (element: XmlElement, localName: string): XmlElement[] => childElements(element, localName, XLIFF2_NAMESPACE);
  return core(root, 'file').flatMap((file) =>
    descendants(file, 'unit', XLIFF2_NAMESPACE).map((unit) => {
      const parts = childElements(unit).filter((child) => child.namespace === XLIFF2_NAMESPACE && (child.localName === 'segment' || child.localName === 'ignorable'));
      const segments = parts.filter((part) => part.localName === 'segment');
      const targets = parts.map((part) => core(part, 'target')[0]);
      const hasTarget = segments.some((segment) => core(segment, 'target').length > 0);
      // A CAT tool may split a unit into several segments: the unit is confirmed as far as its least confirmed segment.
      const statuses = segments.map((segment) => statusFromXliff2(segment.attributes.state));
      const status = statuses.includes(undefined) ? undefined : statuses.includes('edited') ? 'edited' : statuses[0];
      return unitOf(unit, {
        file: file.attributes.original,
        language,
        id: unit.attributes.id ?? '',
        source: parts.map((part) => textOf(core(part, 'source')[0]) ?? '').join(''),
        target: hasTarget ? targets.map((target, index) => (target ? textContent(target) : (textOf(core(parts[index]!, 'source')[0]) ?? ''))).join('') : undefined,
        status,
        base: xliff2Base(unit),
      });
    }),
  );
}

function xliff2Base(unit: XmlElement): ExchangeBase | undefined {
  const group = childElements(unit, 'metadata', MDA_NAMESPACE)
    .flatMap((metadata) => childElements(metadata, 'metaGroup', MDA_NAMESPACE))
    .find((candidate) => candidate.attributes.category === XLIFF2_BASE_CATEGORY);
  const meta = (type: string) => childElements(group ?? unit, 'meta', MDA_NAMESPACE).find((element) => element.attributes.type === type);
  const status = segmentStatus(textOf(meta('status')));
  const target = textOf(meta('target'));
  if (group === undefined || status === undefined || target === undefined) return undefined;
  return withStateStatus({ target, status }, statusFromXliff2(xliff2State(status).state));
}

function xliff1Units(root: XmlElement): ImportUnit[] {
  const namespace = root.namespace;
  return childElements(root, 'file', namespace).flatMap((file) => {
    const language = targetLanguage(file.attributes['target-language']);
    return descendants(file, 'trans-unit', namespace).map((unit) => {
      const target = childElements(unit, 'target', namespace)[0];
      return unitOf(unit, {
        file: file.attributes.original,
        language,
        id: unit.attributes.id ?? '',
        source: textOf(childElements(unit, 'source', namespace)[0]),
        target: target ? textContent(target) : undefined,
        status: statusFromXliff1(target?.attributes.state, unit.attributes.approved),
        base: xliff1Base(unit, namespace),
      });
    });
  });
}

function xliff1Base(unit: XmlElement, namespace: string): ExchangeBase | undefined {
  const alt = childElements(unit, 'alt-trans', namespace)
    .find((candidate) => candidate.attributes.origin === XLIFF1_BASE_ORIGIN && candidate.attributes.alttranstype === 'previous-version');
  const status = segmentStatus(alt?.attributes.extradata);
  const target = textOf(alt && childElements(alt, 'target', namespace)[0]);
  if (status === undefined || target === undefined) return undefined;
  const state = xliff1State(status);
  return withStateStatus({ target, status }, statusFromXliff1(state.state, state.approved));
}

function tmxUnits(root: XmlElement): ImportUnit[] {
  const source = root.attributes.srclang ?? childElements(root, 'header')[0]?.attributes.srclang ?? 'de';
  return childElements(root, 'body').flatMap((body) =>
    childElements(body, 'tu').map((tu) => {
      const variants = childElements(tu, 'tuv').map((tuv) => ({ lang: tuv.attributes['xml:lang'] ?? tuv.attributes.lang ?? '', seg: childElements(tuv, 'seg')[0] }));
      const german = variants.find((variant) => primary(variant.lang) === primary(source));
      const target = variants.find((variant) => primary(variant.lang) !== primary(source));
      const prop = (type: string) => textOf(childElements(tu, 'prop').find((element) => element.attributes.type === type));
      const baseStatus = segmentStatus(prop(TMX_STATUS_PROP));
      const baseTarget = prop(TMX_BASE_TARGET_PROP);
      return unitOf(tu, {
        file: prop(TMX_FILE_PROP),
        language: targetLanguage(target?.lang),
        id: tu.attributes.tuid ?? '',
        source: textOf(german?.seg),
        target: target?.seg ? textContent(target.seg) : undefined,
        status: undefined,
        // TMX has no state a tool could change: a unit's state says nothing, then as now.
        base: baseStatus !== undefined && baseTarget !== undefined ? { target: baseTarget, status: baseStatus } : undefined,
      });
    }),
  );
}

function withStateStatus(base: ExchangeBase, stateStatus: 'edited' | 'reviewed' | undefined): ExchangeBase {
  return stateStatus === undefined ? base : { ...base, stateStatus };
}

function unitOf(element: XmlElement, fields: Omit<ImportUnit, 'line' | 'column'>): ImportUnit {
  const unit: ImportUnit = { id: fields.id, line: element.line, column: element.column };
  for (const key of ['file', 'language', 'source', 'target', 'status', 'base'] as const) {
    if (fields[key] !== undefined) (unit as unknown as Record<string, unknown>)[key] = fields[key];
  }
  return unit;
}

/** Elements of a name anywhere below (groups may nest units). */
function descendants(element: XmlElement, localName: string, namespace: string): XmlElement[] {
  return childElements(element).flatMap((child) =>
    child.localName === localName && child.namespace === namespace ? [child] : descendants(child, localName, namespace));
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
