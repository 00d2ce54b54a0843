/** XLIFF 2.x (memoQ, Trados, Phrase, OmegaT): recognised by namespace and version; written as 2.1. */
import { MDA_NAMESPACE, segmentStatus, XLIFF2_BASE_CATEGORY, type ExchangeBase } from './base.ts';
import type { ExchangeFormat, ImportUnit } from './exchange-format.ts';
import { statusFromXliff2, xliff2State } from './formats.ts';
import { descendants, targetLanguage, textOf, unitOf, withStateStatus } from './unit-read.ts';
import { writeXliff2, XLIFF2_NAMESPACE } from './write-xliff2.ts';
import { childElements, textContent, type XmlElement } from './xml-read.ts';

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

export const xliff2Format: ExchangeFormat = {
  id: 'xliff2',
  extensions: ['xlf', 'xliff'],
  detect: (root) => root.localName === 'xliff' && root.namespace === XLIFF2_NAMESPACE && (root.attributes.version ?? '').startsWith('2.'),
  read: xliff2Units,
  write: (language, files) => writeXliff2(language, files),
};
