#!/usr/bin/env node
// The CLI is written in TypeScript and compiled to dist/ by `npm install` (the prepare script),
// which also bundles it into dist/bundle/ (scripts/build-bundle.ts): the bundle runs while it is
// current, the compiled modules otherwise (src/cli/bundle.ts).
/* global process, URL */
import module from 'node:module';
import { relaunchBatch } from '../dist/src/cli/relaunch.js';
import { currentBundle } from '../dist/src/cli/bundle.js';

// `ingest` on Linux with glibc and Node ≥ 22.15 replaces itself once with MALLOC_ARENA_MAX=2 set (a lower
// peak RSS); GONGWEN_RELAUNCH=0 turns that off (src/cli/relaunch.ts says why and how).
relaunchBatch();

// Node ≥ 22.1 keeps V8's compiled code of every module on disk (os.tmpdir()/node-compile-cache, or
// NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off), so a later start skips parsing
// and compiling them; the worker threads of `extract`, `check` and `ingest` inherit it through the
// environment. Node 20 has no such API: nothing changes there.
const cache = module.enableCompileCache?.();
if (cache?.directory && !process.env.NODE_COMPILE_CACHE) process.env.NODE_COMPILE_CACHE = cache.directory;

await import(currentBundle(new URL('../dist/', import.meta.url)) ?? '../dist/src/cli/main.js');
