import { escapeXml, replaceNonText } from '../../render/escape.js';

/** An attribute: its name and value; an `undefined` value is not written. */
export type XmlAttribute = readonly [name: string, value: string | undefined];

/**
 * Writes an XML document line by line, two spaces a level: every attribute value and text is
 * escaped here (see `escapeXml`), so the callers never write markup from data. Each call appends,
 * so a document is written in time linear in its size.
 */
export class XmlWriter {
  readonly #lines: string[] = [];
  readonly #open: string[] = [];

  #indent(): string {
    return '  '.repeat(this.#open.length);
  }

  #start(name: string, attributes: readonly XmlAttribute[]): string {
    let tag = `<${name}`;
    for (const [key, value] of attributes) if (value !== undefined) tag += ` ${key}="${escapeXml(value, true)}"`;
    return tag;
  }

  /** A line as it is: the XML declaration, or a comment built from the package's own texts. */
  raw(line: string): this {
    this.#lines.push(`${this.#indent()}${line}`);
    return this;
  }

  /** A comment; a hyphen before another or at the end (`--` would end it early) is followed by a space. */
  comment(text: string): this {
    const safe = replaceNonText(text)
      .replace(/-(?=-)/g, '- ')
      .replace(/-$/, '- ');
    return this.raw(`<!-- ${safe} -->`);
  }

  /** Opens an element whose children follow; {@link close} ends it. */
  open(name: string, attributes: readonly XmlAttribute[] = []): this {
    this.#lines.push(`${this.#indent()}${this.#start(name, attributes)}>`);
    this.#open.push(name);
    return this;
  }

  /** Closes the element opened last. */
  close(): this {
    const name = this.#open.pop();
    if (name === undefined) throw new RangeError('No element is open');
    this.#lines.push(`${this.#indent()}</${name}>`);
    return this;
  }

  /** An element without children: empty, or with text. */
  leaf(name: string, attributes: readonly XmlAttribute[] = [], text?: string): this {
    const start = this.#start(name, attributes);
    this.#lines.push(
      text === undefined ? `${this.#indent()}${start}/>` : `${this.#indent()}${start}>${escapeXml(text)}</${name}>`,
    );
    return this;
  }

  /** The document, every element closed, ending with a line feed. */
  toString(): string {
    if (this.#open.length > 0) throw new RangeError(`Elements left open: ${this.#open.join(', ')}`);
    return `${this.#lines.join('\n')}\n`;
  }
}
