/** Where things live in a dolmetsch repository, and reading them. Used by translate, check and publish alike. */
export * from './layout.ts';
export * from './read-files.ts';
export * from './find-root.ts';
export * from './load-workspace.ts';
