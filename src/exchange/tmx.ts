/** TMX 1.4: a translation memory, German and the target side by side; carries no state a tool could change. */
import { segmentStatus, TMX_BASE_TARGET_PROP, TMX_STATUS_PROP } from './base.ts';
import type { ExchangeFormat, ImportUnit } from './exchange-format.ts';
import { primary, targetLanguage, textOf, unitOf } from './unit-read.ts';
import { TMX_FILE_PROP, writeTmx } from './write-tmx.ts';
import { childElements, textContent, type XmlElement } from './xml-read.ts';

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

export const tmxFormat: ExchangeFormat = {
  id: 'tmx',
  extensions: ['tmx'],
  detect: (root) => root.localName === 'tmx' && root.namespace === '',
  read: tmxUnits,
  write: writeTmx,
};
