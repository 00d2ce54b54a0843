/** The keys a glossary entry and its parts may have, in the order the docs and glossary.schema.json list them. */
export const ENTRY_KEYS = ['id', 'kind', 'status', 'note', 'case', 'dnt', 'de', 'en', 'ko', 'examples'] as const;
export const GERMAN_KEYS = ['term', 'forms', 'variants', 'short', 'derive'] as const;
export const TARGET_KEYS = ['preferred', 'short', 'accepted', 'forbidden', 'forbidden_exceptions', 'allow_german', 'dnt'] as const;
export const EXAMPLE_KEYS = ['de', 'en', 'ko', 'expect'] as const;
