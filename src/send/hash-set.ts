// A compact set of 64-bit string hashes (8 bytes a key plus a 4-byte value), for lists too long for a Set<string>.
// Two different strings share a 64-bit hash with probability ~n²/2⁶⁵: about 3·10⁻⁸ for a million addresses.
import { hash } from "node:crypto";

const EMPTY = 0;

/** The 64-bit key of a string: the first 8 bytes of its SHA-1, as two 32-bit halves (never both zero). */
export function hash64(text: string): [number, number] {
  const digest = hash("sha1", text, "buffer");
  const hi = digest.readUInt32LE(0);
  const lo = digest.readUInt32LE(4);
  return hi === EMPTY && lo === EMPTY ? [0, 1] : [hi, lo];
}

/** An open-addressing hash set of 64-bit keys with a 32-bit value each (e.g. the line a key was first seen on). */
export class HashSet64 {
  private hi: Uint32Array;
  private lo: Uint32Array;
  private values: Uint32Array;
  private count = 0;

  constructor(capacity = 1024) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.hi = new Uint32Array(size);
    this.lo = new Uint32Array(size);
    this.values = new Uint32Array(size);
  }

  /** How many keys are stored. */
  get size(): number {
    return this.count;
  }

  /** Bytes held by the table (for the benchmark's memory figures). */
  get bytes(): number {
    return this.hi.byteLength * 3;
  }

  /** Adds the key of `text`; returns the value stored with it earlier, or -1 when it is new. */
  add(text: string, value = 0): number {
    const [hi, lo] = hash64(text);
    const slot = this.find(hi, lo);
    if (this.hi[slot] !== EMPTY || this.lo[slot] !== EMPTY) return this.values[slot] ?? 0;
    this.hi[slot] = hi;
    this.lo[slot] = lo;
    this.values[slot] = value >>> 0;
    this.count++;
    if (this.count * 2 > this.hi.length) this.grow();
    return -1;
  }

  /** Stores `value` for the key of `text` (adding it if new); returns the value it replaced, or -1. */
  swap(text: string, value: number): number {
    const previous = this.add(text, value);
    if (previous !== -1) {
      const [hi, lo] = hash64(text);
      this.values[this.find(hi, lo)] = value >>> 0;
    }
    return previous;
  }

  /** True when the key of `text` is stored. */
  has(text: string): boolean {
    const [hi, lo] = hash64(text);
    const slot = this.find(hi, lo);
    return this.hi[slot] !== EMPTY || this.lo[slot] !== EMPTY;
  }

  private find(hi: number, lo: number): number {
    const mask = this.hi.length - 1;
    let slot = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
    for (;;) {
      const h = this.hi[slot] ?? 0;
      const l = this.lo[slot] ?? 0;
      if ((h === EMPTY && l === EMPTY) || (h === hi && l === lo)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { hi, lo, values } = this;
    this.hi = new Uint32Array(hi.length * 2);
    this.lo = new Uint32Array(lo.length * 2);
    this.values = new Uint32Array(values.length * 2);
    for (let i = 0; i < hi.length; i++) {
      const h = hi[i] ?? 0;
      const l = lo[i] ?? 0;
      if (h === EMPTY && l === EMPTY) continue;
      const slot = this.find(h, l);
      this.hi[slot] = h;
      this.lo[slot] = l;
      this.values[slot] = values[i] ?? 0;
    }
  }
}
