// A failed write (a full disk, simulated: the file system's writes and renames fail on demand) leaves the original
// intact and no temporary file behind, on both paths of writeOutput: the rename, and the in-place copy that keeps
// a hard-linked file one inode.
import { linkSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/cli.js';
import { writeOutput } from '../../src/cli/write.js';
import { join, tempDir } from './helpers.js';

/** Which writes fail (by their number, from 1, since the fault was set) and whether renames do. */
const fault = { fails: (_call: number): boolean => false, calls: 0, rename: false };
const failing = (fails: (call: number) => boolean): void => {
  fault.fails = fails;
  fault.calls = 0;
};

vi.mock('node:fs', async (original) => {
  const real = await original<typeof import('node:fs')>();
  const enospc = (): Error => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  return {
    ...real,
    writeSync: (...args: Parameters<typeof real.writeSync>) => {
      if (fault.fails(++fault.calls)) {
        // As a full disk does: part of the bytes written, then the error.
        const [fd, buffer, offset, length, position] = args as unknown as [number, Uint8Array, number, number, number | null];
        real.writeSync(fd, buffer, offset, Math.min(length, 5), position);
        throw enospc();
      }
      return (real.writeSync as (...a: unknown[]) => number)(...args);
    },
    renameSync: (...args: Parameters<typeof real.renameSync>) => {
      if (fault.rename) throw Object.assign(new Error('EACCES: permission denied, rename'), { code: 'EACCES' });
      return real.renameSync(...args);
    },
  };
});

afterEach(() => {
  failing(() => false);
  fault.rename = false;
});

const ORIGINAL = 'The cat sat on the mat , and the dog barked.\n';

describe('a failed write', () => {
  it('through the CLI: exit 2, the error names the file and the cause, the original and the directory unchanged', async () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), ORIGINAL);
    failing(() => true);
    let err = '';
    const code = await run(['fix', '--no-default-glossaries', '--write', join(d, 'a.txt')], {
      stdout: () => {},
      stderr: (s) => (err += s),
      stdin: () => Buffer.alloc(0),
      env: {},
      isTTY: false,
    });
    expect(code).toBe(2);
    expect(err).toBe(`mtlint: ${join(d, 'a.txt')}: cannot write (ENOSPC)\n`);
    expect(readFileSync(join(d, 'a.txt'), 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(d)).toEqual(['a.txt']);
  });

  it('a failed rename removes the complete temporary file', () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), ORIGINAL);
    fault.rename = true;
    expect(writeOutput(join(d, 'a.txt'), 'new\n')).toEqual({ key: 'errors.writeFailed', data: { file: join(d, 'a.txt'), reason: 'EACCES' } });
    expect(readFileSync(join(d, 'a.txt'), 'utf8')).toBe(ORIGINAL);
    expect(readdirSync(d)).toEqual(['a.txt']);
  });

  it('in place (a hard link): a disk full before the copy, or while allocating the longer end, leaves the original', () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), ORIGINAL);
    linkSync(join(d, 'a.txt'), join(d, 'b.txt'));
    const longer = ORIGINAL.replace('mat ,', 'mat, and a much longer text than before,');
    for (const firstFailing of [1, 2]) {
      // 1: the temporary file cannot be written; 2: it can, but the original cannot grow.
      failing((call) => call >= firstFailing);
      expect(writeOutput(join(d, 'a.txt'), longer)).toMatchObject({ key: 'errors.writeFailed', data: { reason: 'ENOSPC' } });
      expect(readFileSync(join(d, 'b.txt'), 'utf8')).toBe(ORIGINAL);
      expect(statSync(join(d, 'a.txt')).size).toBe(ORIGINAL.length);
      expect(readdirSync(d).sort()).toEqual(['a.txt', 'b.txt']);
    }
  });

  it('in place: a failure while overwriting puts the original bytes back', () => {
    const d = tempDir();
    writeFileSync(join(d, 'a.txt'), ORIGINAL);
    linkSync(join(d, 'a.txt'), join(d, 'b.txt'));
    // The temporary file (write 1), then the overwrite fails (write 2); the restoring write (3) goes through.
    failing((call) => call === 2);
    expect(writeOutput(join(d, 'a.txt'), 'short\n')).toMatchObject({ key: 'errors.writeFailed', data: { reason: 'ENOSPC' } });
    expect(fault.calls).toBe(3);
    expect(readFileSync(join(d, 'b.txt'), 'utf8')).toBe(ORIGINAL);
    expect(statSync(join(d, 'a.txt')).nlink).toBe(2);
    expect(readdirSync(d).sort()).toEqual(['a.txt', 'b.txt']);
  });
});
