/** Translation files → one exchange document per target language. */
import type { TargetLanguage } from '../core/translation.ts';
import type { ExchangeFile, ExchangeFormat } from './formats.ts';
import { writeTmx } from './write-tmx.ts';
import { writeXliff1 } from './write-xliff1.ts';
import { writeXliff2 } from './write-xliff2.ts';

export function exportExchange(format: ExchangeFormat, language: TargetLanguage, files: readonly ExchangeFile[], toolVersion = '0.1.0'): string {
  switch (format) {
    case 'xliff2':
      return writeXliff2(language, files);
    case 'xliff1':
      return writeXliff1(language, files);
    case 'tmx':
      return writeTmx(language, files, toolVersion);
  }
}

/** File name below the export folder, e.g. `ko.xliff2.xlf`. */
export function exportFileName(format: ExchangeFormat, language: TargetLanguage): string {
  return format === 'tmx' ? `${language}.tmx` : `${language}.${format}.xlf`;
}
