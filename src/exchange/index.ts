/** XLIFF 1.2, XLIFF 2.1 and TMX 1.4: export translation files for CAT tools, and import their work back. */
export { EXCHANGE_FORMATS, type ExchangeFile, type ExchangeFormat } from './formats.ts';
export { exportExchange, exportFileName } from './export.ts';
export { withStatus } from './status-filter.ts';
export { readExchange, type ImportDocument, type ImportUnit } from './read-exchange.ts';
export { applyImport, type ImportChange, type ImportConflict, type ImportOptions, type ImportReport, type ImportResult, type SkipReason } from './apply-import.ts';
export { readXml, XmlError, type XmlElement } from './xml-read.ts';
