/** The project's dolmetsch.config.yaml, or the defaults when it has none. */
import { readOptional } from '../workspace/layout.ts';
import { decodeUtf8 } from '../workspace/read-files.ts';
import { CONFIG_FILE, DEFAULT_CONFIG, type Config } from './config.ts';
import { loadConfig } from './load-config.ts';

export async function readProjectConfig(root: string): Promise<Config> {
  const bytes = await readOptional(root, CONFIG_FILE);
  if (bytes === undefined) return structuredClone({ ...DEFAULT_CONFIG }) as Config;
  return loadConfig(decodeUtf8(CONFIG_FILE, bytes), CONFIG_FILE);
}
