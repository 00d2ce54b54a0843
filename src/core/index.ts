export * from './document.ts';
export * from './translation.ts';
export * from './languages.ts';
export * from './diagnostic.ts';
export * from './hash.ts';
export * from './glossary-terms.ts';
export * from './edit-distance.ts';
export * from './format-registry.ts';
