// Writing outputs (`fix --write`, `--out-dir`): the only fs writes of mtlint. A write keeps what the user's file is
// and never leaves it half-written by a failure:
// - through a symbolic link it writes the file the link points to, and the link stays a link;
// - a new version is written to a temporary file beside the target, created exclusively (O_EXCL: never through
//   a link planted at its name) under an unpredictable name, given the target's owner, group and mode, flushed,
//   and renamed over the target: a failure before the rename (full disk, no permission) leaves the original
//   untouched and removes the temporary file;
// - when a rename would change what the file is (it has several hard links, which a rename would split; or its
//   owner or group cannot be given to a new file, as when a user writes a file shared with their group), the new
//   version is copied over the original in place instead, once it is complete and flushed in the temporary
//   file: the bytes the original lacks are allocated first (a full disk fails there, the original unchanged),
//   then the content is overwritten and the length set. A failure during the overwrite puts the original bytes
//   back. Only a crash during it can leave the file partly written; the complete new version is then in the
//   temporary file, which is removed once the copy is done;
// - a read-only file (no write bit, or no write permission for the user) is reported and left alone unless forced.
// Extended attributes and ACLs are kept only by the in-place path.
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  accessSync,
  constants,
  type Stats,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Input, InputError } from './read.js';

const codeOf = (err: unknown): string => (err as NodeJS.ErrnoException).code ?? String(err);

/** The temporary file of a write to `target`: hidden, beside it, named from 48 random bits. */
function temporaryName(target: string): string {
  return join(dirname(target), `.${basename(target)}.mtlint-${randomBytes(6).toString('hex')}.tmp`);
}

/** Opens a new temporary file for `target` exclusively, trying a few names should one be taken. */
function openTemporary(target: string, mode: number): { fd: number; path: string } {
  for (let attempt = 0; ; attempt++) {
    const path = temporaryName(target);
    try {
      return { fd: openSync(path, 'wx', mode), path };
    } catch (err) {
      if (codeOf(err) !== 'EEXIST' || attempt >= 4) throw err;
    }
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
}

/** Where a write to `path` lands: the file a link at `path` points to, or `path` itself; null for a dangling link. */
function targetOf(path: string): { target: string; stat: Stats | null } | null {
  try {
    const stat = statSync(path);
    return { target: realpathSync(path), stat };
  } catch (err) {
    if (codeOf(err) !== 'ENOENT') throw err;
  }
  try {
    if (lstatSync(path).isSymbolicLink()) return null;
  } catch {
    /* nothing there */
  }
  return { target: join(realpathSync(dirname(path)), basename(path)), stat: null };
}

/** Whether the user may not write the existing file: no write bit at all (even root then), or no permission. */
function readOnly(target: string, stat: Stats): boolean {
  if ((stat.mode & 0o222) === 0) return true;
  try {
    accessSync(target, constants.W_OK);
    return false;
  } catch (err) {
    return codeOf(err) === 'EACCES' || codeOf(err) === 'EPERM';
  }
}

export interface WriteOptions {
  /** Write a read-only file all the same. */
  force?: boolean;
  /** Create the missing directories of `path` (for --out-dir). */
  mkdir?: boolean;
}

/** Writes `content` to `path` as described at the top of this file; null on success, else the error to report. */
export function writeOutput(path: string, content: string, { force = false, mkdir = false }: WriteOptions = {}): InputError | null {
  const failed = (reason: string): InputError => ({ key: 'errors.writeFailed', data: { file: path, reason } });
  let tmp: { fd: number | null; path: string } | null = null;
  try {
    if (mkdir) mkdirSync(dirname(path), { recursive: true });
    const where = targetOf(path);
    if (where === null) return failed('dangling symbolic link');
    const { target, stat } = where;
    if (stat !== null && !stat.isFile()) return failed('not a regular file');
    if (stat !== null && !force && readOnly(target, stat)) return { key: 'errors.readOnly', data: { file: path } };
    const bytes = Buffer.from(content, 'utf8');
    const opened = openTemporary(target, stat === null ? 0o666 : 0o600);
    tmp = { fd: opened.fd, path: opened.path };
    writeAll(opened.fd, bytes, 0);
    let sameOwner = true;
    if (stat !== null) {
      try {
        fchownSync(opened.fd, stat.uid, stat.gid);
      } catch {
        /* not allowed: checked below */
      }
      fchmodSync(opened.fd, stat.mode & 0o7777); // after chown, which clears the set-id bits
      const made = fstatSync(opened.fd);
      sameOwner = made.uid === stat.uid && made.gid === stat.gid;
    }
    fsyncSync(opened.fd);
    closeSync(opened.fd);
    tmp.fd = null;
    if (stat === null || (stat.nlink <= 1 && sameOwner)) {
      renameSync(opened.path, target);
      tmp = null;
      syncDirectory(dirname(target));
    } else {
      overwriteInPlace(target, bytes);
      unlinkSync(opened.path);
      tmp = null;
    }
    return null;
  } catch (err) {
    if (tmp !== null) {
      try {
        if (tmp.fd !== null) closeSync(tmp.fd);
      } catch {
        /* already closed */
      }
      try {
        unlinkSync(tmp.path);
      } catch {
        /* nothing to clean */
      }
    }
    return failed(codeOf(err));
  }
}

/** Flushes a directory's entries (the rename) to disk where the system allows it. */
function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    /* not supported here (Windows): the rename is still atomic */
  }
}

/** Replaces the content of `target` by `bytes` in the same inode; on failure, puts the original bytes back. */
function overwriteInPlace(target: string, bytes: Buffer): void {
  const fd = openSync(target, 'r+');
  try {
    const size = fstatSync(fd).size;
    const original = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const n = readSync(fd, original, got, size - got, got);
      if (n === 0) break;
      got += n;
    }
    // Allocate first: what lies beyond the original's end. A full disk fails here, the original intact.
    if (bytes.length > size) {
      try {
        writeAll(fd, bytes.subarray(size), size);
        fsyncSync(fd);
      } catch (err) {
        ftruncateSync(fd, size);
        throw err;
      }
    }
    try {
      writeAll(fd, bytes.subarray(0, Math.min(size, bytes.length)), 0);
      ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } catch (err) {
      writeAll(fd, original.subarray(0, got), 0);
      ftruncateSync(fd, got);
      fsyncSync(fd);
      throw err;
    }
  } finally {
    closeSync(fd);
  }
}

/** A path made absolute, with the symbolic links of its longest existing part resolved (its end included). */
export function realOrResolved(path: string): string {
  const abs = resolve(path);
  const rest: string[] = [];
  let at = abs;
  for (;;) {
    try {
      const real = realpathSync(at);
      return rest.length ? join(real, ...rest.reverse()) : real;
    } catch {
      const up = dirname(at);
      if (up === at) return abs;
      rest.push(basename(at));
      at = up;
    }
  }
}

const inside = (path: string, dir: string): boolean => path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);

/**
 * Where each input goes under --out-dir, or the usage error that forbids the run before anything is written: the
 * directory is (inside) a directory given as input (a rerun would read its own output, and `--out-dir in` would
 * replace the originals); an output would land on an input file (`a.txt --out-dir .`); two inputs would be
 * written to the same output. Paths are compared resolved (symbolic links of their existing parts followed).
 */
export function planOutputs(inputs: readonly Input[], roots: readonly { path: string; real: string }[], outDir: string): Map<Input, string> | InputError {
  const out = realOrResolved(outDir);
  for (const root of roots) {
    if (inside(out, root.real)) return { key: 'errors.outDirInsideInput', data: { dir: outDir, input: root.path } };
  }
  const inputsByReal = new Map<string, Input>();
  for (const input of inputs) if (input.real !== null) inputsByReal.set(input.real, input);
  const plan = new Map<Input, string>();
  const byOutput = new Map<string, Input>();
  for (const input of inputs) {
    const path = join(outDir, input.relative);
    const real = realOrResolved(path);
    const overwritten = inputsByReal.get(real);
    if (overwritten) return { key: 'errors.outputIsInput', data: { file: input.path, output: path, input: overwritten.path } };
    const other = byOutput.get(real);
    if (other) return { key: 'errors.sameOutput', data: { file: input.path, other: other.path, output: path } };
    byOutput.set(real, input);
    plan.set(input, path);
  }
  return plan;
}
