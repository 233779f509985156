// A set of literal forms by their key (formKey: separators normalised, case folded), without building the key
// strings: the key's code units are read from the form through the fold and separator tables, hashed, and
// compared form against form. The validator's lookups across a whole glossary go through it: a Map keyed by
// key strings, with an object per form, took about 200 bytes per form (600 MB for a million entries of three
// forms each) and most of the validation time in the garbage collector.
import { foldTable, sepTable } from './normalize.js';

const SPACE = 0x20;

/** FNV-1a over the code units of formKey(s), without building it. */
export function keyHash(s: string): number {
  const fold = foldTable();
  const sep = sepTable();
  let h = 0x811c9dc5;
  let pending = false;
  let any = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (sep[c]) {
      pending = any;
      continue;
    }
    if (pending) {
      h = Math.imul(h ^ SPACE, 0x01000193);
      pending = false;
    }
    any = true;
    h = Math.imul(h ^ fold[c]!, 0x01000193);
  }
  return h | 0;
}

/** Whether formKey(a) === formKey(b), without building either. */
export function sameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const fold = foldTable();
  const sep = sepTable();
  let i = 0;
  let j = 0;
  // Both start past their leading separators; then each step compares one key unit: a separator run (a space in
  // the key, unless it ends the form) or a folded code unit.
  while (i < a.length && sep[a.charCodeAt(i)]) i++;
  while (j < b.length && sep[b.charCodeAt(j)]) j++;
  for (;;) {
    const aEnd = i >= a.length;
    const bEnd = j >= b.length;
    if (aEnd || bEnd) return aEnd && bEnd;
    const ca = a.charCodeAt(i);
    const cb = b.charCodeAt(j);
    const sa = sep[ca] !== 0;
    const sb = sep[cb] !== 0;
    if (sa || sb) {
      if (!(sa && sb)) return false;
      while (i < a.length && sep[a.charCodeAt(i)]) i++;
      while (j < b.length && sep[b.charCodeAt(j)]) j++;
      // A trailing run is no unit of the key: both end here, or neither does.
      if ((i >= a.length) !== (j >= b.length)) return false;
      continue;
    }
    if (fold[ca] !== fold[cb]) return false;
    i++;
    j++;
  }
}

/**
 * Open addressing (linear probing) from keys to a value: a pair of non-negative numbers (owner, slot), and the
 * form they stand for is given back by `formOf` to compare keys. Sized once for at most `capacity` keys. A cell is
 * three numbers side by side (hash, owner + 1 or 0 when empty, slot): one cache line per probe.
 */
export class KeyTable {
  private readonly cells: Int32Array;
  private readonly mask: number;

  constructor(
    capacity: number,
    private readonly formOf: (owner: number, slot: number) => string,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.cells = new Int32Array(size * 3);
    this.mask = size - 1;
  }

  /** The cell of `form`'s key (an index into `cells`): where it is, or the empty cell where it would go. */
  private cell(form: string, hash: number): number {
    const { cells, mask } = this;
    // FNV's low bits alone cluster on keys that differ in their last units: mixed in from the high bits.
    let c = (hash ^ (hash >>> 15)) & mask;
    for (;;) {
      const at = c * 3;
      const o = cells[at + 1]!;
      if (o === 0) return at;
      if (cells[at] === hash && sameKey(this.formOf(o - 1, cells[at + 2]!), form)) return at;
      c = (c + 1) & mask;
    }
  }

  /** The owner of `form`'s key, or -1; its slot in `slotOut[0]`. */
  get(form: string, hash = keyHash(form), slotOut?: number[]): number {
    const at = this.cell(form, hash);
    const o = this.cells[at + 1]! - 1;
    if (o >= 0 && slotOut) slotOut[0] = this.cells[at + 2]!;
    return o;
  }

  /** Adds `form`'s key with (owner, slot) unless the key is there already; returns the owner it had, or -1. */
  addIfAbsent(form: string, owner: number, slot: number, hash = keyHash(form)): number {
    const at = this.cell(form, hash);
    const o = this.cells[at + 1]! - 1;
    if (o >= 0) return o;
    this.cells[at] = hash;
    this.cells[at + 1] = owner + 1;
    this.cells[at + 2] = slot;
    return -1;
  }
}
