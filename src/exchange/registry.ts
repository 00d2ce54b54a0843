/** The exchange formats of `export --format` and `import`: the only file that names them all. */
import { FormatRegistry } from '../core/format-registry.ts';
import type { ExchangeFormat } from './exchange-format.ts';
import { tmxFormat } from './tmx.ts';
import { xliff1Format } from './xliff1.ts';
import { xliff2Format } from './xliff2.ts';

export const EXCHANGE_FORMATS = new FormatRegistry<ExchangeFormat>([
  xliff2Format,
  xliff1Format,
  tmxFormat,
]);
