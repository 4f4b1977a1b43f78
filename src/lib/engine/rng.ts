/** A small seeded PRNG (mulberry32) so ids and IPs are the same for the same seed. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  /** Where the sequence is: a host restored from a saved state (saved-host.ts) goes on from there. */
  get position(): number {
    return this.s;
  }
  set position(s: number) {
    this.s = s >>> 0;
  }
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  hex(len: number): string {
    let out = '';
    while (out.length < len) out += ((this.next() * 0x100000000) >>> 0).toString(16).padStart(8, '0');
    return out.slice(0, len);
  }
}

const memo = new Map<string, string>();

/** A stable 64-hex digest of a string (FNV-1a lanes), independent of the seed. Memoized: builds hash the same inputs again. */
export function digestOf(text: string): string {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  if (memo.size > 5000) memo.clear();
  const value = digestUncached(text);
  memo.set(text, value);
  return value;
}

function digestUncached(text: string): string {
  let out = '';
  for (let lane = 0; lane < 8; lane++) {
    let h = (0x811c9dc5 ^ Math.imul(lane + 1, 0x9e3779b1)) >>> 0;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995) >>> 0;
    h ^= h >>> 15;
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}
