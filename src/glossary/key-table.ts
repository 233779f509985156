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
 * form they stand for is given back by `formOf` to compare keys. Sized once for at most `capacity` keys.
 */
export class KeyTable {
  private readonly hashes: Int32Array;
  /** owner + 1; 0 for an empty cell. */
  private readonly owners: Int32Array;
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    capacity: number,
    private readonly formOf: (owner: number, slot: number) => string,
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.hashes = new Int32Array(size);
    this.owners = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The cell of `form`'s key: where it is, or the empty cell where it would go. */
  private cell(form: string, hash: number): number {
    const { hashes, owners, slots, mask } = this;
    let c = hash & mask;
    for (;;) {
      const o = owners[c]!;
      if (o === 0) return c;
      if (hashes[c] === hash && sameKey(this.formOf(o - 1, slots[c]!), form)) return c;
      c = (c + 1) & mask;
    }
  }

  /** The owner of `form`'s key, or -1; its slot in `slotOut[0]`. */
  get(form: string, hash = keyHash(form), slotOut?: number[]): number {
    const c = this.cell(form, hash);
    const o = this.owners[c]! - 1;
    if (o >= 0 && slotOut) slotOut[0] = this.slots[c]!;
    return o;
  }

  /** Adds `form`'s key with (owner, slot) unless the key is there already. */
  addIfAbsent(form: string, owner: number, slot: number, hash = keyHash(form)): void {
    const c = this.cell(form, hash);
    if (this.owners[c] !== 0) return;
    this.hashes[c] = hash;
    this.owners[c] = owner + 1;
    this.slots[c] = slot;
  }
}
