/** Translation files → one exchange document per target language, in a registered format. */
import type { TargetLanguage } from '../core/translation.ts';
import type { ExchangeFile } from './formats.ts';
import { EXCHANGE_FORMATS } from './registry.ts';

/** `formatId` names a registered format that writes (the CLI checks it first): anything else is a bug. */
export function exportExchange(formatId: string, language: TargetLanguage, files: readonly ExchangeFile[], toolVersion = '0.1.0'): string {
  const format = EXCHANGE_FORMATS.byId(formatId);
  if (!format?.write) throw new Error(`no exchange format "${formatId}" that writes`);
  return format.write(language, files, toolVersion);
}

/** File name below the export folder: `ko.tmx`, or `ko.xliff2.xlf` where formats share an ending. */
export function exportFileName(formatId: string, language: TargetLanguage): string {
  const extension = EXCHANGE_FORMATS.byId(formatId)?.extensions[0] ?? formatId;
  const shared = EXCHANGE_FORMATS.all().some((other) => other.id !== formatId && other.extensions.includes(extension));
  return shared ? `${language}.${formatId}.${extension}` : `${language}.${extension}`;
}

/** The ids `export --format` accepts. */
export function writableExchangeFormats(): string[] {
  return EXCHANGE_FORMATS.all().filter((format) => format.write).map((format) => format.id);
}
