/** What an exchange format is: an id for `--format`, file endings, how to recognise, read and write it. */
import type { TargetLanguage } from '../core/translation.ts';
import type { Format } from '../core/format-registry.ts';
import type { ExchangeBase } from './base.ts';
import type { ExchangeFile } from './formats.ts';
import type { XmlElement } from './xml-read.ts';

export interface ImportUnit {
  /** `original` of the enclosing file (or the TMX file prop): the translation file it belongs to. */
  file?: string;
  language?: TargetLanguage;
  id: string;
  source?: string;
  /** Undefined when the unit has no target (nothing to import). */
  target?: string;
  /** Status the exchange state asks for; undefined when it says nothing (initial, needs-review…, TMX). */
  status?: 'edited' | 'reviewed';
  /** What the YAML held at export; undefined in a file exported before bases were written (or stripped by a tool). */
  base?: ExchangeBase;
  line: number;
  column: number;
}

export interface ExchangeFormat extends Format {
  /** Whether a parsed file's root element is this format (namespace, version). */
  detect?(root: XmlElement): boolean;
  /** The units of a file `detect` accepted; line and column on each. */
  read?(root: XmlElement): ImportUnit[];
  /** One exchange document of a target language's translation files. */
  write?(language: TargetLanguage, files: readonly ExchangeFile[], toolVersion: string): string;
}
