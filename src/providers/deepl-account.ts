/**
 * What a DeepL account holds beyond translation: style rule lists (listed, created) and translation memories
 * (listed; DeepL makes one from an uploaded TMX, there is no endpoint that creates an empty one).
 */
import type { DeepLClient } from 'deepl-node';
import type { TargetLanguage } from '../core/translation.ts';

export interface StyleRuleSummary {
  id: string;
  name: string;
  language: string;
  version: number;
  configuredRules: number;
  customInstructions: number;
}

export interface TranslationMemorySummary {
  id: string;
  name: string;
  sourceLanguage: string;
  targetLanguages: string[];
  segments: number;
}

/** A style rule list to create, as the config defines it (DeepL's wire names inside configuredRules). */
export interface NewStyleRule {
  name: string;
  language: TargetLanguage;
  configuredRules: Record<string, Record<string, string>>;
  customInstructions: readonly string[];
}

export async function listStyleRules(client: DeepLClient): Promise<StyleRuleSummary[]> {
  const rules = await client.getAllStyleRules(undefined, undefined, true);
  return rules.map((rule) => ({
    id: rule.styleId,
    name: rule.name,
    language: rule.language,
    version: rule.version,
    configuredRules: Object.values(rule.configuredRules ?? {}).reduce((n, group) => n + Object.keys(group ?? {}).length, 0),
    customInstructions: rule.customInstructions?.length ?? 0,
  }));
}

export async function createStyleRule(client: DeepLClient, rule: NewStyleRule): Promise<StyleRuleSummary> {
  const created = await client.createStyleRule({
    name: rule.name,
    language: rule.language,
    ...(Object.keys(rule.configuredRules).length > 0 ? { configured_rules: rule.configuredRules } : {}),
    // DeepL wants a label beside each prompt; the config holds prompts only, so the label is the position.
    ...(rule.customInstructions.length > 0 ? { custom_instructions: rule.customInstructions.map((prompt, i) => ({ label: `Instruction ${i + 1}`, prompt })) } : {}),
  });
  return {
    id: created.styleId, name: created.name, language: created.language, version: created.version,
    configuredRules: Object.values(rule.configuredRules).reduce((n, group) => n + Object.keys(group).length, 0),
    customInstructions: rule.customInstructions.length,
  };
}

export async function listTranslationMemories(client: DeepLClient): Promise<TranslationMemorySummary[]> {
  const memories = await client.listTranslationMemories();
  return memories.map((m) => ({ id: m.translationMemoryId, name: m.name, sourceLanguage: m.sourceLanguage, targetLanguages: m.targetLanguages, segments: m.segmentCount }));
}
