/** `en:` or `ko:` of a glossary entry: preferred, short, accepted and forbidden forms, exceptions, dnt. */
import type { TargetLanguage } from '../core/translation.ts';
import { languageProfile } from '../core/languages.ts';
import { TARGET_KEYS } from './entry-keys.ts';
import { located, repeatedWithin } from './entry-fields.ts';
import type { TargetTerms } from './types.ts';
import type { Located, MapFields, GlossaryReader } from './glossary-reader.ts';

export function readTarget(reader: GlossaryReader, fields: MapFields, lang: TargetLanguage, label: string, germanTerm: string,
  entryDnt: boolean, caseSensitive: boolean, at: number): TargetTerms | undefined {
  const field = fields.get(lang);
  const language = languageProfile(lang).name;
  if (!field) {
    if (entryDnt) return { preferred: germanTerm, accepted: [], forbidden: [], forbiddenExceptions: [], allowGerman: false, doNotTranslate: true };
    reader.reportAt(at, 'glossary-missing-key', `${label} has no \`${lang}\`: the ${language} to print is missing`,
      `add \`${lang}: { preferred: … }\`, or \`dnt: true\` if the term is printed as in German`);
    return undefined;
  }
  const block = reader.map(field.value, `${label}: ${lang}`, TARGET_KEYS, field.key.range![0]);
  if (!block) return undefined;
  const blockAt = field.key.range![0];
  const dntField = block.get('dnt');
  const dnt = entryDnt || (dntField ? reader.boolean(dntField.value, `${label}: ${lang}.dnt`, dntField.key.range![0]) ?? false : false);
  const preferredField = block.get('preferred');
  let preferred: Located<string> | undefined;
  if (preferredField) {
    preferred = located(reader.string(preferredField.value, `${label}: ${lang}.preferred`, preferredField.key.range![0]), preferredField.value);
    if (preferred && dnt && preferred.value !== germanTerm) {
      reader.report(preferred.node, blockAt, 'glossary-invalid-value',
        `${label} is do-not-translate, so its ${language} is "${germanTerm}"; found preferred "${preferred.value}"`,
        'remove `preferred`, or remove `dnt: true` if the term is translated');
    }
  } else if (!dnt) {
    reader.reportAt(blockAt, 'glossary-missing-key', `${label}: \`${lang}\` has no \`preferred\`: the ${language} to print is missing`,
      `add \`preferred: …\` under \`${lang}:\`, or \`dnt: true\` if the term is printed as in German`);
    return undefined;
  }
  const shortField = block.get('short');
  const short = shortField ? located(reader.string(shortField.value, `${label}: ${lang}.short`, shortField.key.range![0]), shortField.value) : undefined;
  const list = (key: string) => {
    const f = block.get(key);
    return f ? reader.stringList(f.value, `${label}: ${lang}.${key}`, f.key.range![0]) : [];
  };
  const accepted = list('accepted');
  const forbidden = list('forbidden');
  const exceptions = list('forbidden_exceptions');
  const allowGermanField = block.get('allow_german');
  const allowGerman = allowGermanField
    ? reader.boolean(allowGermanField.value, `${label}: ${lang}.allow_german`, allowGermanField.key.range![0]) ?? false
    : false;
  if (preferredField && !preferred) return undefined;
  const preferredValue = preferred?.value ?? germanTerm;
  for (const exception of exceptions) {
    if (forbidden.some((f) => exception.value.toLowerCase().includes(f.value.toLowerCase()))) continue;
    reader.report(exception.node, blockAt, 'glossary-invalid-value',
      `${label}: the exception "${exception.value}" in ${lang}.forbidden_exceptions contains none of the forbidden ${language} forms`,
      'an exception names a phrase around a forbidden form (`Chicken Kiev` for `Kiev`): add that form to `forbidden`, or remove the exception');
  }
  const all = [...(preferred ? [preferred] : []), ...(short ? [short] : []), ...accepted, ...forbidden];
  repeatedWithin(reader, all, label, `${language} form`, caseSensitive);
  return {
    preferred: preferredValue,
    ...(short ? { short: short.value } : {}),
    accepted: accepted.map((l) => l.value),
    forbidden: forbidden.map((l) => l.value),
    forbiddenExceptions: exceptions.map((l) => l.value),
    allowGerman,
    doNotTranslate: dnt,
  };
}
