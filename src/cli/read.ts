// Reading inputs: strict UTF-8, binary and UTF-16 detection, BOM handling, directory walking. The only fs reads of
// mtlint's inputs.
import { closeSync, fstatSync, openSync, readdirSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { relative } from 'node:path';
import { formatOf, refusedFormatOf, type Format } from '../formats/index.js';

/** A problem with one input, as a catalogue key and its data, so that it is rendered in the user's locale. */
export interface InputError {
  key: string;
  data: Record<string, string | number>;
}

export interface Input {
  /** The path as given (directories expanded with '/'), or '-' for stdin. */
  path: string;
  /** The path under the root it was found in (the directory given), for mirroring into --out-dir. */
  relative: string;
  format: Format;
  /** The real path (symbolic links resolved); null for stdin. */
  real: string | null;
}

export interface Decoded {
  text: string;
  bom: boolean;
}

/** What the paths of a run expand to: the inputs, the paths that fail, the entries skipped (warnings). */
export interface Expansion {
  inputs: Input[];
  errors: { path: string; error: InputError }[];
  warnings: InputError[];
  /** The directories given, resolved: where --out-dir must not be. */
  roots: { path: string; real: string }[];
}

const BOM = '\uFEFF';
const SNIFF = 8000;
/** The largest input read: 500 MiB of ASCII is still below V8's longest string (2^29 - 24 UTF-16 code units). */
export const MAX_INPUT_BYTES = 500 * 2 ** 20;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Expands the given paths into inputs (directories recursively, .txt/.md only, sorted), errors and warnings.
 * Symbolic links are followed: named ones as what they point to; inside directories, with each directory walked
 * once per run (device and inode), so that a link loop or a link to a directory already walked is skipped and
 * reported, as is a dangling link or one that cannot be followed. A file reached twice (named twice, or given and
 * found in a directory given, or through a link inside a directory) is read once, under its first name that is
 * not a link. `inputFormat` forces the format of every input; without it, a named file whose extension announces
 * a structured format mtlint does not read is an error.
 */
export function expandPaths(paths: readonly string[], { inputFormat }: { inputFormat?: Format | undefined } = {}): Expansion {
  type Found = Input & { link: boolean };
  const found: Found[] = [];
  const errors: Expansion['errors'] = [];
  const warnings: InputError[] = [];
  const roots: Expansion['roots'] = [];
  const walked = new Set<string>();
  let stdin = false;
  const fail = (path: string, key: string, data: Record<string, string | number> = {}): void => {
    errors.push({ path, error: { key, data: { file: path, ...data } } });
  };

  const walk = (root: string, dir: string, onPath: Set<string>): void => {
    let entries;
    try {
      // Names as bytes: a name that is not UTF-8 cannot be a string path (it would decode to another name).
      entries = readdirSync(dir, { withFileTypes: true, encoding: 'buffer' }).map((e) => ({ e, name: e.name.toString('utf8') }));
      entries.sort((a, b) => cmp(a.name, b.name));
    } catch (err) {
      fail(dir, 'errors.notReadable', { reason: codeOf(err) });
      return;
    }
    for (const { e, name } of entries) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const full = dir.endsWith('/') ? dir + name : `${dir}/${name}`;
      if (!Buffer.from(name, 'utf8').equals(e.name)) {
        const shown = (dir.endsWith('/') ? dir : dir + '/') + showBytes(e.name);
        if (formatOf(name) || e.isDirectory()) fail(shown, 'errors.nameNotUtf8');
        continue;
      }
      const link = e.isSymbolicLink();
      let st: Stats;
      if (link || e.isDirectory()) {
        try {
          st = statSync(full);
        } catch (err) {
          const code = codeOf(err);
          if (code === 'ENOENT') warnings.push({ key: 'warnings.danglingLink', data: { file: full } });
          else if (code === 'ELOOP') warnings.push({ key: 'warnings.linkLoop', data: { file: full } });
          else warnings.push({ key: 'warnings.unreadableLink', data: { file: full, reason: code } });
          continue;
        }
      } else if (e.isFile()) {
        if (formatOf(name)) found.push({ path: full, relative: relative(root, full).split('\\').join('/'), format: inputFormat ?? formatOf(name)!, real: null, link: false });
        continue;
      } else {
        // A FIFO, socket or device named like a text file: never opened (reading it could block or never end).
        if (formatOf(name)) warnings.push({ key: 'warnings.notRegular', data: { file: full } });
        continue;
      }
      if (st.isDirectory()) {
        const id = `${st.dev}:${st.ino}`;
        if (onPath.has(id)) warnings.push({ key: 'warnings.linkLoop', data: { file: full } });
        else if (walked.has(id)) {
          // A link to a directory walked elsewhere in the run is skipped (its files are in already; following
          // every such link could cost exponential time); a directory walked because it was also given, silently.
          if (link) warnings.push({ key: 'warnings.linkVisited', data: { file: full } });
        } else {
          walked.add(id);
          onPath.add(id);
          walk(root, full, onPath);
          onPath.delete(id);
        }
      } else if (!formatOf(name)) continue;
      else if (st.isFile()) found.push({ path: full, relative: relative(root, full).split('\\').join('/'), format: inputFormat ?? formatOf(name)!, real: null, link });
      else warnings.push({ key: 'warnings.notRegular', data: { file: full } });
    }
  };

  for (const given of paths) {
    if (given === '-') {
      if (!stdin) found.push({ path: '-', relative: 'stdin.txt', format: inputFormat ?? 'text', real: null, link: false });
      stdin = true;
      continue;
    }
    let stat: Stats;
    try {
      stat = statSync(given);
    } catch (err) {
      const code = codeOf(err);
      if (code === 'ENOENT' || code === 'ENOTDIR') fail(given, 'errors.notFound');
      else fail(given, 'errors.notReadable', { reason: code });
      continue;
    }
    if (stat.isDirectory()) {
      const id = `${stat.dev}:${stat.ino}`;
      roots.push({ path: given, real: realpathSync(given) });
      if (walked.has(id)) continue; // given twice, or inside a directory given before: its files are in already
      walked.add(id);
      const before = found.length + errors.length;
      walk(given, given, new Set([id]));
      if (found.length + errors.length === before) fail(given, 'errors.emptyDirectory');
      continue;
    }
    const refused = inputFormat === undefined ? refusedFormatOf(given) : null;
    if (refused !== null) {
      fail(given, 'errors.refusedFormat', { format: refused });
      continue;
    }
    const base = given.split(/[\\/]/).pop() ?? given;
    found.push({ path: given, relative: base, format: inputFormat ?? formatOf(given) ?? 'text', real: null, link: false });
  }

  // Each file once: resolved to its real path, the first name that is not a link kept.
  for (const f of found) {
    if (f.path === '-') continue;
    try {
      f.real = realpathSync(f.path);
    } catch {
      f.real = f.path; // the read reports it
    }
  }
  const keep = new Map<string, Found>();
  for (const f of found) {
    if (f.real === null) continue;
    const first = keep.get(f.real);
    if (first === undefined || (first.link && !f.link)) keep.set(f.real, f);
  }
  const inputs: Input[] = [];
  for (const f of found) {
    const kept = f.real === null ? f : keep.get(f.real)!;
    if (kept === f) inputs.push({ path: f.path, relative: f.relative, format: f.format, real: f.real });
    else if (f.link) warnings.push({ key: 'warnings.linkDuplicate', data: { file: f.path, other: kept.path } });
  }
  return { inputs, errors, warnings, roots };
}

/** A file name's bytes for a message: UTF-8 as text, the bytes that are not as octal escapes (\\351). */
function showBytes(bytes: Buffer): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const end = i + firstInvalidUtf8(bytes.subarray(i));
    out += bytes.subarray(i, end).toString('utf8');
    if (end < bytes.length) out += '\\' + bytes[end]!.toString(8).padStart(3, '0');
    i = end + 1;
  }
  return out;
}

function codeOf(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? String(err);
}

/** Raised by readBounded when an input is larger than MAX_INPUT_BYTES. */
export class InputTooLarge extends Error {}

/**
 * Reads a file descriptor to its end (a regular file, a pipe, a device), in chunks: at most `limit` bytes
 * (InputTooLarge beyond), and no further than the first chunk when that chunk holds a NUL byte, which is all that
 * decode() needs to call the input binary or UTF-16 (so /dev/zero or an endless binary stream ends at once).
 */
export function readBounded(fd: number, limit = MAX_INPUT_BYTES): Buffer {
  const st = fstatSync(fd);
  if (st.isFile() && st.size > limit) throw new InputTooLarge(`more than ${limit} bytes`);
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(total < SNIFF ? SNIFF : 1 << 20);
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (err) {
      if (codeOf(err) === 'EAGAIN') {
        // A non-blocking stdin with nothing to read yet: wait a little and try again.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (codeOf(err) === 'EOF') break; // Windows: a closed pipe
      throw err;
    }
    if (n === 0) break;
    total += n;
    if (total > limit) throw new InputTooLarge(`more than ${limit} bytes`);
    chunks.push(chunk.subarray(0, n));
    if (total <= SNIFF && chunk.subarray(0, n).includes(0)) break;
  }
  return Buffer.concat(chunks, total);
}

export function readInput(input: Input, stdin: () => Buffer): Decoded | InputError {
  let bytes: Buffer;
  try {
    if (input.path === '-') bytes = stdin();
    else {
      const fd = openSync(input.path, 'r');
      try {
        bytes = readBounded(fd);
      } finally {
        closeSync(fd);
      }
    }
  } catch (err) {
    if (err instanceof InputTooLarge) return { key: 'errors.tooLarge', data: { file: input.path, limit: MAX_INPUT_BYTES / 2 ** 20 } };
    const code = codeOf(err);
    if (code === 'ENOENT') return { key: 'errors.notFound', data: { file: input.path } };
    return { key: 'errors.notReadable', data: { file: input.path, reason: code } };
  }
  return decode(bytes, input.path);
}

/**
 * The UTF-16 (or UTF-32) encoding `bytes` are in, from a byte-order mark or, without one, from the pattern of NUL
 * bytes that Latin-script text in UTF-16 has (the high byte of every ASCII character: all on odd offsets in
 * little-endian, all on even offsets in big-endian, never two in one code unit); null otherwise.
 */
export function utf16Encoding(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'UTF-32' : 'UTF-16';
  if (a === 0xfe && b === 0xff) return 'UTF-16';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32';
  const n = Math.min(bytes.length, SNIFF) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    const lo = bytes[i] === 0;
    const hi = bytes[i + 1] === 0;
    if (lo && hi) return null; // U+0000 is no text: binary
    if (lo) even++;
    if (hi) odd++;
  }
  const units = n / 2;
  // One parity holds the NULs (a tenth of the characters at least: spaces and punctuation in any script), the
  // other hardly any (a few CJK characters end in a zero byte).
  if (odd >= units / 10 && even <= units / 50) return 'UTF-16LE';
  if (even >= units / 10 && odd <= units / 50) return 'UTF-16BE';
  return null;
}

/** Strict UTF-8: UTF-16 is named; a NUL byte means binary; an invalid sequence is reported with its line and offset. */
export function decode(bytes: Uint8Array, file: string): Decoded | InputError {
  const utf16 = utf16Encoding(bytes);
  if (utf16 !== null) return { key: 'errors.utf16', data: { file, encoding: utf16 } };
  if (bytes.subarray(0, SNIFF).includes(0)) return { key: 'errors.binary', data: { file } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
    return {
      key: 'errors.invalidUtf8',
      data: { file, line, offset: at, byte: (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0') },
    };
  }
  const bom = text.startsWith(BOM);
  return { text: bom ? text.slice(1) : text, bom };
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    let n = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return b.length;
}

export function isInputError(x: Decoded | InputError): x is InputError {
  return 'key' in x;
}
