/** Rules across entries: unique ids, and no German form that two entries claim. */
import type { Node } from 'yaml';
import type { EntryDraft } from './read-entry.ts';
import type { GlossaryReader } from './glossary-reader.ts';

export function checkAcrossEntries(reader: GlossaryReader, drafts: readonly EntryDraft[]): void {
  const ids = new Map<string, Node>();
  for (const draft of drafts) {
    const first = ids.get(draft.entry.id);
    if (first) {
      const { line } = reader.position(first.range![0]);
      reader.report(draft.idNode, 0, 'glossary-duplicate-id', `duplicate id \`${draft.entry.id}\` (first used on line ${line})`,
        'give each entry its own id, or merge the two entries');
    } else {
      ids.set(draft.entry.id, draft.idNode);
    }
  }

  // Keyed by the lower-cased form so that a case-insensitive entry collides with any casing of its forms.
  const claims = new Map<string, Array<{ id: string; form: string; caseSensitive: boolean; node: Node }>>();
  for (const draft of drafts) {
    const { entry } = draft;
    const listed = new Set(draft.germanForms.map((f) => f.value));
    const located = [
      ...draft.germanForms,
      ...entry.de.matchForms.filter((form) => !listed.has(form)).map((form) => ({ value: form, node: draft.deriveNode })),
    ];
    const checked = new Set<string>();
    for (const { value, node } of located) {
      // A repetition inside the entry is reported by readEntry already.
      if (checked.has(value)) continue;
      checked.add(value);
      const key = value.toLowerCase();
      const earlier = claims.get(key) ?? [];
      const clash = earlier.find(
        (c) => c.id !== entry.id && (c.form === value || !c.caseSensitive || !entry.caseSensitive),
      );
      if (clash) {
        const { line } = reader.position(clash.node.range![0]);
        const derived = listed.has(value) ? '' : ' (derived)';
        reader.report(node, 0, 'glossary-duplicate-term',
          `the German form "${value}"${derived} of entry \`${entry.id}\` is already a form of entry \`${clash.id}\` (line ${line})`,
          'a German form must lead to one entry: remove it from one of them, or merge the entries');
        continue;
      }
      earlier.push({ id: entry.id, form: value, caseSensitive: entry.caseSensitive, node });
      claims.set(key, earlier);
    }
  }
}
