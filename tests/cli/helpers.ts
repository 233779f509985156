// Runs the built CLI (dist/, built by `npm test` before vitest) as a user would.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CLI = resolve(import.meta.dirname, '../../dist/cli/main.js');
export const ROOT = resolve(import.meta.dirname, '../..');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function mtlint(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    input: opts.input ?? '',
    cwd: opts.cwd ?? ROOT,
    env: { PATH: process.env.PATH, LANG: 'C', ...opts.env },
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'mtlint-test-'));
}

export { join };

/**
 * The CLI in this process, through run(argv, io), as `mtlint` runs it (same arguments and options, the working
 * directory changed for the call): no process to start, so most CLI tests use it; `mtlint` is kept for what only
 * a process shows (its environment, exit code, pipes).
 */
export async function inProcess(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  const { run } = await import('../../src/cli/cli.js');
  let stdout = '';
  let stderr = '';
  const before = process.cwd();
  process.chdir(opts.cwd ?? ROOT);
  try {
    const code = await run(args, {
      stdout: (s) => (stdout += s),
      stderr: (s) => (stderr += s),
      stdin: () => (typeof opts.input === 'string' ? Buffer.from(opts.input) : (opts.input ?? Buffer.alloc(0))),
      env: { LANG: 'C', ...opts.env },
      isTTY: false,
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(before);
  }
}
