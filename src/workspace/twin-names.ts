/**
 * Names that are one file on macOS and Windows: APFS and NTFS ignore upper/lower case and Unicode normalization, so
 * `Kim.yaml` and `kim.yaml` (or an NFC and an NFD `Müller`) are two files on Linux and one file there.
 */
import type { Diagnostic } from '../core/diagnostic.ts';

/** A name as a case-insensitive, normalizing file system (APFS, NTFS) sees it. */
export function foldName(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Each file whose folded key an earlier file already has, with that earlier file (files in the order given). */
export function findTwins(files: readonly string[], key: (file: string) => string = (file) => file): Array<[file: string, twin: string]> {
  const byFolded = new Map<string, string>();
  const twins: Array<[string, string]> = [];
  for (const file of files) {
    const folded = foldName(key(file));
    const twin = byFolded.get(folded);
    if (twin === undefined) byFolded.set(folded, file);
    else twins.push([file, twin]);
  }
  return twins;
}

export function twinMessage(file: string, twin: string, consequence = ''): string {
  return `${file} and ${twin} differ only in upper/lower case or Unicode normalization (NFC/NFD); on macOS and Windows they are one file${consequence}`;
}

/** Translation and memory files that are one file on macOS and Windows, as diagnostics naming both. */
export function twinTranslationProblems(files: readonly string[]): Diagnostic[] {
  return findTwins(files).map(([file, twin]) => ({
    ruleId: 'translation-path',
    severity: 'error',
    file,
    message: twinMessage(file, twin),
    hint: 'Keep one of them: merge what people wrote in the other into it, then delete the other (git rm).',
  }));
}
