/** XLIFF 1.2, XLIFF 2.1 and TMX 1.4: export translation files for CAT tools, and import their work back. */
export type { ExchangeFile } from './formats.ts';
export { EXCHANGE_FORMATS } from './registry.ts';
export type { ExchangeFormat } from './exchange-format.ts';
export { exportExchange, exportFileName, writableExchangeFormats } from './export.ts';
export { withStatus } from './status-filter.ts';
export { readExchange, type ImportDocument, type ImportUnit } from './read-exchange.ts';
export { applyImport, type ImportChange, type ImportConflict, type ImportOptions, type ImportReport, type ImportResult, type SkipReason } from './apply-import.ts';
export { readXml, XmlError, type XmlElement } from './xml-read.ts';
