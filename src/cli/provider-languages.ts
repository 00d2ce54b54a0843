/** A provider that cannot translate one of the run's languages is refused before any request, at the config line. */
import { configDiagnostic } from '../config/config-diagnostic.ts';
import { InputError } from '../core/diagnostic.ts';
import type { TargetLanguage } from '../core/translation.ts';
import { findProvider } from '../providers/registry.ts';
import type { Project } from './project.ts';

export async function refuseUnsupportedLanguages(project: Project, providerName: string, languages: readonly TargetLanguage[]): Promise<void> {
  const problemOf = findProvider(providerName)?.languageProblem;
  if (problemOf === undefined) return;
  const problems = await Promise.all(languages.flatMap((language) => {
    const problem = problemOf(language);
    if (problem === undefined) return [];
    return [configDiagnostic(project.root, ['languages', language], {
      ruleId: 'config-unsupported-language',
      message: `languages.${language}: ${problem}`,
      hint: `Run this language with another provider (--provider, translate.provider) and --to, or change languages.${language}.`,
    })];
  }));
  if (problems.length > 0) throw new InputError(problems);
}
