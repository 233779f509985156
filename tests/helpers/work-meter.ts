// Counts the work done by JavaScript's built-ins while a function runs, so that tests can check how the cost of
// the engine grows with its input without timing anything. Counted:
// - each regular expression execution (exec, and through it test, match, matchAll, replace, split, search): the
//   characters its search passes over, from where it starts to the end of its match (to the end of the input when
//   it fails); a pattern anchored at its start (`^`, not multiline) or sticky counts its match only;
// - string searches (indexOf, includes, lastIndexOf): the characters between the start and where they stop;
//   toLowerCase, toUpperCase, normalize, and split/replace with a string pattern: the length of the string;
// - each step of an iterator over an array, a set, a map or a string (for-of, spread, destructuring);
// - array methods: filter, map, forEach, reduce, flatMap, indexOf, includes, join, concat, sort count the array's
//   length, slice the length of the slice; some, every, find, findIndex count the elements they visit.
// Plain index loops are not counted: a loop in the engine over all of something per match shows up through the
// built-ins it calls. While the meter is installed every regular expression takes V8's slow path: measure small
// inputs, and uninstall (restores every method) before anything else runs.

let counting = false;
let work = 0;
const restore: (() => void)[] = [];

function patch<T extends object>(target: T, key: PropertyKey, make: (orig: (...a: unknown[]) => unknown) => (...a: unknown[]) => unknown): void {
  const obj = target as Record<PropertyKey, unknown>;
  const orig = obj[key] as (...a: unknown[]) => unknown;
  obj[key] = make(orig);
  restore.push(() => {
    obj[key] = orig;
  });
}

export function installWorkMeter(): void {
  if (restore.length) return;
  patch(RegExp.prototype, 'exec', (orig) =>
    function (this: RegExp, input: unknown) {
      const s = String(input);
      const from = this.global || this.sticky ? this.lastIndex : 0;
      const m = orig.call(this, s) as RegExpExecArray | null;
      if (counting) {
        const anchored = this.sticky || (this.source.startsWith('^') && !this.multiline);
        work += anchored ? 1 + (m ? m[0].length : 0) : 1 + (m ? m.index + m[0].length : s.length) - from;
      }
      return m;
    },
  );
  for (const key of ['indexOf', 'includes'] as const) {
    patch(String.prototype, key, (orig) =>
      function (this: string, search: unknown, pos?: unknown) {
        const r = orig.call(this, search, pos) as number | boolean;
        if (counting) {
          const from = Math.max(0, Math.min(this.length, Number(pos) | 0));
          const at = typeof r === 'number' ? (r >= 0 ? r : this.length) : r ? from : this.length;
          work += 1 + at - from;
        }
        return r;
      },
    );
  }
  patch(String.prototype, 'lastIndexOf', (orig) =>
    function (this: string, search: unknown, pos?: unknown) {
      const r = orig.call(this, search, pos) as number;
      if (counting) {
        const from = pos === undefined ? this.length : Math.max(0, Math.min(this.length, Number(pos) | 0));
        work += 1 + from - Math.max(0, r);
      }
      return r;
    },
  );
  for (const key of ['toLowerCase', 'toUpperCase', 'normalize']) {
    patch(String.prototype, key, (orig) =>
      function (this: string, ...a: unknown[]) {
        if (counting) work += 1 + this.length;
        return orig.apply(this, a);
      },
    );
  }
  for (const key of ['split', 'replace', 'replaceAll']) {
    patch(String.prototype, key, (orig) =>
      function (this: string, pattern: unknown, ...a: unknown[]) {
        if (counting && typeof pattern === 'string') work += 1 + this.length;
        return orig.call(this, pattern, ...a);
      },
    );
  }
  for (const proto of [Array.prototype, Set.prototype, Map.prototype, String.prototype]) {
    patch(proto, Symbol.iterator, (orig) =>
      function (this: unknown) {
        const it = orig.call(this) as Iterator<unknown>;
        if (!counting) return it;
        return {
          next() {
            work++;
            return it.next();
          },
          [Symbol.iterator]() {
            return this;
          },
        };
      },
    );
  }
  for (const key of ['filter', 'map', 'forEach', 'reduce', 'flatMap', 'indexOf', 'includes', 'join', 'concat', 'sort']) {
    patch(Array.prototype, key, (orig) =>
      function (this: unknown[], ...a: unknown[]) {
        if (counting) work += 1 + this.length;
        return orig.apply(this, a);
      },
    );
  }
  patch(Array.prototype, 'slice', (orig) =>
    function (this: unknown[], ...a: unknown[]) {
      const r = orig.apply(this, a) as unknown[];
      if (counting) work += 1 + r.length;
      return r;
    },
  );
  for (const key of ['some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex']) {
    patch(Array.prototype, key, (orig) =>
      function (this: unknown[], f: (...a: unknown[]) => unknown, thisArg?: unknown) {
        if (!counting) return orig.call(this, f, thisArg);
        return orig.call(
          this,
          function (this: unknown, ...a: unknown[]) {
            work++;
            return f.apply(this, a);
          },
          thisArg,
        );
      },
    );
  }
}

export function uninstallWorkMeter(): void {
  while (restore.length) restore.pop()!();
}

/** The work `fn` does (see above); the meter must be installed. */
export function measureWork(fn: () => void): number {
  if (!restore.length) throw new Error('installWorkMeter() first');
  work = 0;
  counting = true;
  try {
    fn();
  } finally {
    counting = false;
  }
  return work;
}
