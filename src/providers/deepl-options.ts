/**
 * The config's per-language DeepL options as deepl-node request options, and as the line a dry run shows.
 * Absent options add nothing to the request, so a project without them keeps the wire it had.
 */
import type { StyleRuleInfo, TranslateTextOptions } from 'deepl-node';
import type { LanguageProviderOptions } from './types.ts';

/** Strict XML tag parsing: what dolmetsch has always sent; its inline tags are well-formed XML. */
export const DEFAULT_TAG_HANDLING_VERSION = 'v2';

export function deeplLanguageOptions(options: LanguageProviderOptions | undefined): TranslateTextOptions {
  const o = options ?? {};
  return {
    tagHandlingVersion: o.tagHandlingVersion ?? DEFAULT_TAG_HANDLING_VERSION,
    // deepl-node 1.27 dropped a style rule given as a plain string id; an object with its id reached the wire in
    // every version (tests/providers/deepl-options.test.ts asserts `style_id` on the wire).
    ...(o.styleRule !== undefined ? { styleRule: { styleId: o.styleRule } as StyleRuleInfo } : {}),
    ...(o.customInstructions !== undefined && o.customInstructions.length > 0 ? { customInstructions: o.customInstructions } : {}),
    ...(o.translationMemory !== undefined ? { translationMemory: o.translationMemory } : {}),
    ...(o.translationMemory !== undefined && o.translationMemoryThreshold !== undefined ? { translationMemoryThreshold: o.translationMemoryThreshold } : {}),
    ...(o.modelType !== undefined ? { modelType: o.modelType } : {}),
  };
}

/** `style rule 7d5c…, 2 custom instructions, memory 2f1e… (threshold 80), model quality_optimized, tag handling v2`. */
export function describeDeepLOptions(options: LanguageProviderOptions | undefined): string {
  const o = options ?? {};
  const parts: string[] = [];
  if (o.styleRule !== undefined) parts.push(`style rule ${o.styleRule}`);
  if (o.customInstructions?.length) parts.push(`${o.customInstructions.length} custom instruction(s) (model quality_optimized)`);
  if (o.translationMemory !== undefined) {
    parts.push(`translation memory ${o.translationMemory}${o.translationMemoryThreshold !== undefined ? ` (threshold ${o.translationMemoryThreshold})` : ''}`);
  }
  if (o.modelType !== undefined) parts.push(`model ${o.modelType}`);
  parts.push(`tag handling ${o.tagHandlingVersion ?? DEFAULT_TAG_HANDLING_VERSION}`);
  return parts.join(', ');
}
