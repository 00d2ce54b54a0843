/** XLIFF 1.2 (Weblate, Okapi); 1.0/1.1 files of older tools are read too. */
import { segmentStatus, XLIFF1_BASE_ORIGIN, type ExchangeBase } from './base.ts';
import type { ExchangeFormat, ImportUnit } from './exchange-format.ts';
import { statusFromXliff1, xliff1State } from './formats.ts';
import { descendants, targetLanguage, textOf, unitOf, withStateStatus } from './unit-read.ts';
import { writeXliff1, XLIFF1_NAMESPACE } from './write-xliff1.ts';
import { childElements, textContent, type XmlElement } from './xml-read.ts';

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

export const xliff1Format: ExchangeFormat = {
  id: 'xliff1',
  extensions: ['xlf', 'xliff'],
  // XLIFF 1.0/1.1 files of older tools may have no namespace; their elements are the same.
  detect: (root) =>
    root.localName === 'xliff' && (root.namespace === XLIFF1_NAMESPACE || root.namespace === '') && (root.attributes.version ?? '').startsWith('1.'),
  read: xliff1Units,
  write: (language, files) => writeXliff1(language, files),
};
