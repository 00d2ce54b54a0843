export { CONFIG_FILE, DEFAULT_CONFIG, type Config, type LanguageOptions } from './config.ts';
export { CONFIG_FIELDS, type Field } from './fields.ts';
export { loadConfig } from './load-config.ts';
export { readProjectConfig } from './read-project-config.ts';
