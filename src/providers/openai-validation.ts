/**
 * Checks one machine translation against its source before a provider accepts it: the markup parses and holds
 * the same tags, do-not-translate terms are still there verbatim, and the glossary's target terms appear.
 * Shared by the providers that cannot be told to keep these (an LLM may drift; LibreTranslate has no glossary).
 * The checks are lenient on purpose (substring, case-insensitive for English): they flag, a person decides.
 */
import type { TargetLanguage } from '../core/translation.ts';
import { describeTag, parseTagged, tagSignatures } from '../source/tagged-text.ts';
import type { TaggedNode } from '../source/tagged-text.ts';
import type { GlossaryTerm } from '../core/glossary-terms.ts';

/** Every problem of `translation` as a short phrase; empty when it passes. */
export function translationProblems(source: string, translation: string, terms: readonly GlossaryTerm[], language: TargetLanguage): string[] {
  if (translation.trim() === '' && source.trim() !== '') return ['the translation is empty'];
  const parsedTranslation = parseTagged(translation);
  if (!parsedTranslation.ok) return [`the markup is broken (${parsedTranslation.reason})`];
  const problems: string[] = [];
  const parsedSource = parseTagged(source);
  if (parsedSource.ok) {
    const change = tagDifference(tagSignatures(parsedSource.nodes), tagSignatures(parsedTranslation.nodes));
    if (change) problems.push(change);
  }
  const sourceText = parsedSource.ok ? plainOf(parsedSource.nodes) : source;
  const text = plainOf(parsedTranslation.nodes);
  for (const term of terms) {
    if (term.doNotTranslate) {
      if (sourceText.includes(term.source) && !text.includes(term.source)) problems.push(`the do-not-translate term "${term.source}" is missing`);
    } else if (term.target.trim() !== '' && !containsTerm(text, term.target, language)) {
      problems.push(`the glossary term "${term.target}" (for "${term.source}") is missing`);
    }
  }
  return problems;
}

function containsTerm(text: string, term: string, language: TargetLanguage): boolean {
  const normalize = (value: string) => (language === 'en' ? value.toLowerCase().replace(/’/g, "'") : value).normalize('NFC');
  return normalize(text).includes(normalize(term));
}

/** `"the tags changed: <em> missing, <a id="9"> added"`, or undefined when both hold the same tags. */
function tagDifference(source: string[], translation: string[]): string | undefined {
  const left = new Map<string, number>();
  for (const tag of source) left.set(tag, (left.get(tag) ?? 0) + 1);
  const added: string[] = [];
  for (const tag of translation) {
    const count = left.get(tag) ?? 0;
    if (count > 0) left.set(tag, count - 1);
    else added.push(tag);
  }
  const missing = [...left].flatMap(([tag, count]) => Array<string>(count).fill(tag));
  if (missing.length === 0 && added.length === 0) return undefined;
  const show = (tag: string) => {
    const [name, id] = tag.split('#') as [Parameters<typeof describeTag>[0], string | undefined];
    return describeTag(name, id);
  };
  const parts = [...missing.map((t) => `${show(t)} missing`), ...added.map((t) => `${show(t)} added`)];
  return `the tags changed: ${parts.join(', ')}`;
}

function plainOf(nodes: readonly TaggedNode[]): string {
  return nodes.map((node) => (node.type === 'text' ? node.value : plainOf(node.children))).join('');
}
