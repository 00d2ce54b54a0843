/**
 * Runs the examples of every entry against the matchers. An example that does not behave as declared is a
 * finding (`glossary-example-fails`), not a load failure: the glossary still works, the check reports it.
 *
 * An example with only `de` tests the German matcher: `pass` means the entry is found, `fail` that it is not
 * (`Russlandreise`). An example with a translation tests the target rules: `pass` means every given
 * translation has an allowed form of the entry and no forbidden one; its German must mention the entry
 * either way, or the example would test nothing.
 */
import type { Diagnostic } from '../core/diagnostic.ts';
import { languageProfile } from '../core/languages.ts';
import type { TargetLanguage } from '../core/translation.ts';
import type { GlossaryMatchers } from './glossary.ts';
import type { EntryDraft } from './read-entry.ts';
import type { GlossaryEntry, GlossaryExample } from './types.ts';


export function checkExamples(
  drafts: readonly EntryDraft[],
  matchers: GlossaryMatchers,
  file: string,
  position: (offset: number) => { line: number; column: number },
): Diagnostic[] {
  const failures: Diagnostic[] = [];
  for (const draft of drafts) {
    draft.entry.examples.forEach((example, i) => {
      const outcome = evaluate(draft.entry, example, matchers);
      if (outcome.passes === (example.expect === 'pass') && !outcome.testsNothing) return;
      const actual = outcome.passes ? 'passes' : 'fails';
      failures.push({
        ruleId: 'glossary-example-fails',
        severity: 'error',
        message: `example ${i + 1} of entry \`${draft.entry.id}\` is declared to ${example.expect} but ${outcome.testsNothing ? 'tests nothing' : actual}: ${outcome.reason}`,
        file,
        ...position(draft.exampleNodes[i]!.range![0]),
        hint: outcome.testsNothing
          ? 'use a German sentence that contains one of the entry’s forms'
          : 'correct the entry’s forms, or the example if it is the one that is wrong',
      });
    });
  }
  return failures;
}

interface Outcome {
  passes: boolean;
  testsNothing: boolean;
  reason: string;
}

function evaluate(entry: GlossaryEntry, example: GlossaryExample, matchers: GlossaryMatchers): Outcome {
  const found = matchers.german(example.de).filter((m) => m.entry === entry.id);
  const languages = (['en', 'ko'] as const).filter((lang) => example[lang] !== undefined);
  if (languages.length === 0) {
    return found.length > 0
      ? { passes: true, testsNothing: false, reason: `the German has "${found[0]!.text}"` }
      : { passes: false, testsNothing: false, reason: `no form of the entry in the German "${example.de}"` };
  }
  if (found.length === 0) {
    return { passes: false, testsNothing: true, reason: `no form of the entry in the German "${example.de}"` };
  }
  const problems: string[] = [];
  const goods: string[] = [];
  for (const lang of languages) {
    const matches = matchers[lang].match(example[lang]!).filter((m) => m.entry === entry.id);
    const name = languageProfile(lang).name;
    const forbidden = matches.filter((m) => m.kind === 'forbidden');
    const allowed = matches.filter((m) => m.kind !== 'forbidden');
    for (const m of forbidden) problems.push(`the ${name} has the forbidden form "${m.text}"`);
    if (allowed.length === 0) problems.push(`the ${name} has none of the allowed forms (preferred "${entry[lang].preferred}")`);
    else goods.push(`the ${name} has "${allowed[0]!.text}"`);
  }
  return problems.length === 0
    ? { passes: true, testsNothing: false, reason: `${goods.join(' and ')} and no forbidden form` }
    : { passes: false, testsNothing: false, reason: problems.join('; ') };
}
