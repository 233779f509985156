// Reading inputs: strict UTF-8, binary detection, BOM handling, directory walking. The only fs reads of mtlint.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { relative } from 'node:path';
import { formatOf, type Format } from '../formats/index.js';

/** A problem with one input, as a catalogue key and its data, so that it is rendered in the user's locale. */
export interface InputError {
  key: string;
  data: Record<string, string | number>;
}

export interface Input {
  /** The path as given (directories expanded with '/'), or '-' for stdin. */
  path: string;
  /** The root the input was found under (the directory given), for mirroring into --out-dir. */
  relative: string;
  format: Format;
}

export interface Decoded {
  text: string;
  bom: boolean;
}

const BOM = '\uFEFF';
const SNIFF = 8000;

/** Expands the given paths into inputs (directories recursively, .txt/.md only, sorted) and errors. */
export function expandPaths(paths: readonly string[]): { inputs: Input[]; errors: { path: string; error: InputError }[] } {
  const inputs: Input[] = [];
  const errors: { path: string; error: InputError }[] = [];
  for (const given of paths) {
    if (given === '-') {
      inputs.push({ path: '-', relative: 'stdin.txt', format: 'text' });
      continue;
    }
    let stat;
    try {
      stat = statSync(given);
    } catch {
      errors.push({ path: given, error: { key: 'errors.notFound', data: { file: given } } });
      continue;
    }
    if (stat.isDirectory()) {
      const found = walk(given);
      for (const file of found) {
        inputs.push({ path: file, relative: relative(given, file).split('\\').join('/'), format: formatOf(file)! });
      }
      if (found.length === 0) errors.push({ path: given, error: { key: 'errors.emptyDirectory', data: { file: given } } });
    } else {
      const base = given.split(/[\\/]/).pop() ?? given;
      inputs.push({ path: given, relative: base, format: formatOf(given) ?? 'text' });
    }
  }
  return { inputs, errors };
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = dir.endsWith('/') ? dir + e.name : `${dir}/${e.name}`;
    if (e.isDirectory()) out.push(...walk(full));
    else if (e.isFile() && formatOf(e.name)) out.push(full);
  }
  return out;
}

export function readInput(input: Input, stdin: () => Buffer): Decoded | InputError {
  let bytes: Buffer;
  try {
    bytes = input.path === '-' ? stdin() : readFileSync(input.path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { key: 'errors.notFound', data: { file: input.path } };
    return { key: 'errors.notReadable', data: { file: input.path, reason: code ?? String(err) } };
  }
  return decode(bytes, input.path);
}

/** Strict UTF-8: a NUL byte means binary; an invalid sequence is reported with its line and byte offset. */
export function decode(bytes: Uint8Array, file: string): Decoded | InputError {
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

