#!/usr/bin/env node
// The `mtlint` executable.
import { availableParallelism } from 'node:os';
import v8 from 'node:v8';
import { run } from './cli.js';
import { readBounded } from './read.js';

// A run of the CLI is short: V8's optimising compiler spends more time inlining the rules' helpers into their
// callers, peeling loops and eliminating loads and allocations than the optimised code saves before the process
// exits (on one core, compiling competes with checking). Without them, `check` on 20 MB is ~20% faster on one core
// and ~8% on two, with 100 to 50,000 glossary entries (tests/bench/glossary, README); small runs are as fast.
// With one core only, functions also tier up later (a larger interrupt budget: fewer lukewarm functions compiled,
// ~7% faster on one core, ~2% slower on two, so only there). Set before any rule runs; the library API leaves V8
// alone.
const flags = ['--no-turbo-inlining', '--no-turbo-loop-peeling', '--no-turbo-escape', '--no-turbo-load-elimination'];
if (availableParallelism() === 1) flags.push('--interrupt-budget=600000');
for (const flag of flags) v8.setFlagsFromString(flag);

// A reader that stops reading (`mtlint check dir | head`) ends the run quietly: nothing is left to report to.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(2);
    throw err;
  });
}

const code = await run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: () => readBounded(0),
  env: process.env,
  isTTY: Boolean(process.stdout.isTTY),
});
process.exitCode = code;
