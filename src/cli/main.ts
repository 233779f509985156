#!/usr/bin/env node
// The `mtlint` executable.
import { readFileSync } from 'node:fs';
import v8 from 'node:v8';
import { run } from './cli.js';

// A run of the CLI is short: V8's optimising compiler spends more time inlining the rules' helpers into their
// callers than the inlined code saves before the process exits (on one core, compiling competes with checking).
// Without inlining, `check` on 20 MB is ~14% faster on one core and no slower on two, and small runs are as fast
// (tests/bench/glossary, README). Set before any rule runs; the library API leaves V8 alone.
v8.setFlagsFromString('--no-turbo-inlining');

const code = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => readFileSync(0),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
});
process.exitCode = code;
