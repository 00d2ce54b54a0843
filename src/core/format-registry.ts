/**
 * A registry of file formats (source, report, exchange): each format is one object in its own file, named once in
 * its registry's list. `register` is how a test (or an embedding program) adds one; it returns how to take it out.
 */
export interface Format {
  /** What the user types (`--format tmx`) and what reports call it. */
  id: string;
  /** File name endings without the dot, the first the one written (`md`, `markdown`). */
  extensions: readonly string[];
}

export class FormatRegistry<F extends Format> {
  private readonly formats: F[];

  constructor(formats: readonly F[]) {
    this.formats = [...formats];
  }

  register(format: F): () => void {
    if (this.byId(format.id)) throw new Error(`a format "${format.id}" is already registered`);
    this.formats.push(format);
    return () => {
      const index = this.formats.indexOf(format);
      if (index >= 0) this.formats.splice(index, 1);
    };
  }

  all(): readonly F[] {
    return this.formats;
  }

  ids(): string[] {
    return this.formats.map((format) => format.id);
  }

  byId(id: string): F | undefined {
    return this.formats.find((format) => format.id === id);
  }

  /** The format for a file name by its ending (case does not matter), or undefined. */
  byFileName(name: string): F | undefined {
    const lower = name.toLowerCase();
    return this.formats.find((format) => format.extensions.some((extension) => lower.endsWith(`.${extension}`)));
  }

  /** Every extension with its dot, for listings and messages. */
  extensions(): string[] {
    return this.formats.flatMap((format) => format.extensions.map((extension) => `.${extension}`));
  }
}
