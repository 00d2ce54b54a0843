/**
 * Country and region names as CLDR gives them (the ICU data inside Node, `Intl.DisplayNames`): German → the
 * English and Korean names, long and short (`USA` → `United States`/`US` → `미국`; `Südkorea` → `대한민국`/`한국`).
 * Translations, not sound-alikes, so the sound rule cannot find them; the aligned segments still decide which of
 * them a newsroom writes.
 */
import type { TargetLanguage } from '../core/translation.ts';

export type KnownNames = Partial<Record<TargetLanguage, string[]>>;

let regions: Map<string, KnownNames> | undefined;

/** The CLDR names of the region a German name (or its genitive) stands for; undefined when it is none. */
export function knownRegion(german: string): KnownNames | undefined {
  regions ??= buildRegions();
  return regions.get(german);
}

function buildRegions(): Map<string, KnownNames> {
  const names = (locale: string, style: 'long' | 'short') => new Intl.DisplayNames(locale, { type: 'region', style, fallback: 'none' });
  const de = [names('de', 'long'), names('de', 'short')];
  const en = [names('en', 'long'), names('en', 'short')];
  const ko = [names('ko', 'long'), names('ko', 'short')];
  const map = new Map<string, KnownNames>();
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const a of letters) {
    for (const b of letters) {
      const code = a + b;
      // Private-use and "unknown region" codes name nothing a newsroom writes about.
      if (code === 'ZZ' || /^(?:AA|Q[M-Z]|X[A-JL-Z])$/.test(code)) continue;
      const german = of(de, code);
      if (german.length === 0) continue;
      const known = { en: of(en, code), ko: of(ko, code) };
      for (const name of german) if (!map.has(name)) map.set(name, known);
    }
  }
  return map;
}

function of(displays: readonly Intl.DisplayNames[], code: string): string[] {
  const found: string[] = [];
  for (const display of displays) {
    let name: string | undefined;
    try {
      name = display.of(code);
    } catch {
      name = undefined;
    }
    if (name !== undefined && !found.includes(name)) found.push(name);
  }
  return found;
}
