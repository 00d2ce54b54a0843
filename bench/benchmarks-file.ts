/**
 * BENCHMARKS.md holds one `## ` section per benchmark. A run of some benchmarks replaces only their sections and
 * keeps the others as they were measured, each section naming the command, date and machine that measured it.
 */

export interface SectionKind {
  name: string;
  /** The start of the section's `## ` heading line (the rest may vary with options, e.g. the article count). */
  heading: string;
}

const TITLE = '# Benchmarks';
const PREAMBLE = 'Every comparison is measured in the same process and run; ratios matter more than absolute times on a shared machine. Each section names the command, date and machine that measured it.';

/** Splits a BENCHMARKS.md into its preamble lines and its `## ` sections. */
function splitSections(text: string): { preamble: string[]; sections: string[] } {
  const preamble: string[] = [];
  const sections: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) sections.push(line);
    else if (sections.length > 0) sections[sections.length - 1] += `\n${line}`;
    else preamble.push(line);
  }
  return { preamble, sections: sections.map((section) => section.trimEnd()) };
}

/** Puts the provenance line under a section's heading (the first line). */
function withProvenance(section: string, provenance: string): string {
  const [heading, ...rest] = section.split('\n');
  if (rest.some((line) => line.startsWith('_Measured by '))) return section;
  return [heading, '', provenance, ...(rest[0] === '' ? rest : ['', ...rest])].join('\n');
}

/**
 * The new file: every kind in order, from `fresh` where it was just measured, else as `previous` held it; sections
 * of `previous` that match no kind stay at the end. Sections of a file written before provenance lines get the
 * one its old header stated (`Machine: …` / `Command: …`).
 */
export function mergeBenchmarks(previous: string, kinds: SectionKind[], fresh: Map<string, string>, provenance: string): string {
  const { preamble, sections } = splitSections(previous);
  const machine = preamble.find((line) => line.startsWith('Machine: '))?.slice('Machine: '.length).replace(/\.$/, '');
  const command = preamble.find((line) => line.startsWith('Command: '))?.slice('Command: '.length).replace(/\.$/, '');
  const oldProvenance = `_Measured by ${command ?? 'an earlier run'}${machine ? `; ${machine}` : ''}._`;
  const kindOf = (section: string) => kinds.find((kind) => section.startsWith(kind.heading));
  const out: string[] = [];
  for (const kind of kinds) {
    const section = fresh.get(kind.name);
    if (section !== undefined) out.push(withProvenance(section.trimEnd(), provenance));
    else for (const kept of sections.filter((s) => kindOf(s) === kind)) out.push(withProvenance(kept, oldProvenance));
  }
  for (const kept of sections.filter((s) => kindOf(s) === undefined)) out.push(withProvenance(kept, oldProvenance));
  return `${TITLE}\n\n${PREAMBLE}\n\n${out.join('\n\n')}\n`;
}
