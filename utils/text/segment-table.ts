/**
 * A hash table keyed by a range of a text, so that looking up a word does not first copy
 * it out of the text: on a long page most words have been seen before, and slicing and
 * hashing each one again is what costs time (and garbage) in analysis.
 */
export class SegmentTable<V> {
  private keys: (string | undefined)[];
  private values: V[];
  private hashes: Int32Array;
  private mask: number;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.keys = new Array<string | undefined>(size);
    this.values = new Array<V>(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The value for text[start, end), or undefined. */
  get(text: string, start: number, end: number): V | undefined {
    const h = hashRange(text, start, end);
    const len = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const key = this.keys[slot];
      if (key === undefined) return undefined;
      if (this.hashes[slot] === h && key.length === len && text.startsWith(key, start)) return this.values[slot];
    }
  }

  /** Stores a value for text[start, end) (which must not be in the table yet). */
  add(text: string, start: number, end: number, value: V): void {
    if ((this.count + 1) * 2 > this.keys.length) this.grow();
    this.insert(text.slice(start, end), hashRange(text, start, end), value);
    this.count++;
  }

  private insert(key: string, h: number, value: V): void {
    let slot = h & this.mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.keys[slot] = key;
    this.hashes[slot] = h;
    this.values[slot] = value;
  }

  private grow(): void {
    const { keys, values, hashes } = this;
    const size = keys.length * 2;
    this.keys = new Array<string | undefined>(size);
    this.values = new Array<V>(size);
    this.hashes = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.insert(key, hashes[i] ?? 0, values[i] as V);
    }
  }
}

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
