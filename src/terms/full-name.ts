/** The longer rendering of a multi-word name, where the segments bear it out (`Sergei Shoigu`, `세르게이 쇼이구`). */
import type { TargetLanguage } from '../core/translation.ts';
import { looksLike, SOUND_THRESHOLD, type FormIndex } from './proposals.ts';
import { soundsLike } from './romanise.ts';
import type { AlignedSegment } from './types.ts';

/**
 * A longer form that ends (or, in English, begins) with `head` and occurs in (nearly) every segment where the
 * full German name stands: `Sergei Shoigu`, `Kim Jong Un`, `세르게이 쇼이구`. On a tie, the one whose words
 * look most like the German's (`Vladimir Putin`, not `President Vladimir Putin`).
 */
export function extendToFull(lang: TargetLanguage, head: string, full: readonly AlignedSegment[], index: FormIndex, german: readonly string[]): string | undefined {
  const withTarget = full.filter((s) => s.targets[lang] && s.targets[lang]!.text.trim() !== '');
  if (withTarget.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const segment of withTarget) {
    for (const form of index.forms(segment)) {
      const holds = form.endsWith(` ${head}`) || (lang === 'en' && form.startsWith(`${head} `));
      if (holds) counts.set(form, (counts.get(form) ?? 0) + 1);
    }
  }
  const parts = german.flatMap((word) => word.split('-'));
  const fit = (form: string) => form.split(/[ -]/).reduce((sum, word) => sum + (looksLike(word, parts) >= 0.5 ? 1 : -1), 0);
  let best: { form: string; count: number; fit: number } | undefined;
  // Korean: the words added before the head must sound like the German's (세르게이 ~ Sergej), not be a title (정치인).
  const heard = (form: string) => form.slice(0, -head.length).trim().split(' ').every((word) => parts.some((part) => soundsLike(word, part) >= SOUND_THRESHOLD));
  for (const [form, count] of counts) {
    if (lang === 'ko' && !heard(form)) continue;
    const f = lang === 'en' ? fit(form) : -form.length;
    if (!best || count > best.count || (count === best.count && f > best.fit)) best = { form, count, fit: f };
  }
  return best && best.count >= Math.ceil(0.8 * withTarget.length) && (lang !== 'en' || best.fit > 1) ? best.form : undefined;
}
