/** Translation and memory files: parse ⇄ serialize (comment-preserving) and atomic writes. */
export { readCanonicalTranslation } from './canonical-translation.ts';
export { locate, yamlKey, parseTranslationFile, parseTranslationModel, withLazyDocument, serializeTranslationFile, type ParsedTranslationFile } from './translation-file.ts';
export { segmentComments } from './entry-comments.ts';
export { parseMemoryFile, serializeMemoryFile, type ParsedMemoryFile } from './memory-file.ts';
export { makeFolder, writeFileAtomic, writeFilesAtomic } from './atomic-write.ts';
export { FolderSyncs } from './folder-syncs.ts';
export { asRead, isText, replaceFileIfUnchanged, restoreSetAside, type ReplaceOutcome } from './replace-if-unchanged.ts';
export { MAX_FILE_BYTES, MAX_SCALAR_CHARS } from './yaml-document.ts';
export type { SourceSpan } from './yaml-position.ts';
export { isProcessAlive } from './process-alive.ts';
