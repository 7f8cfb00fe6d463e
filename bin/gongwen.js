#!/usr/bin/env node
// The CLI is written in TypeScript and compiled to dist/ by `npm install` (the prepare script),
// which also bundles it into dist/bundle/ (scripts/build-bundle.ts): the bundle runs while it is
// current, the compiled modules otherwise (src/cli/bundle.ts).
import { currentBundle } from '../dist/src/cli/bundle.js';

await import(currentBundle(new URL('../dist/', import.meta.url)) ?? '../dist/src/cli/main.js');
