#!/usr/bin/env node
'use strict';
// The `hr` command (the package's bin), copied to dist/src/adapters/cli/hr.cjs by scripts/bundle-cli.js.
// It runs the bundled CLI (hr-bundle.cjs) through V8's code cache: compiling the bundle and the
// functions a search calls was a tenth of a one-shot `hr search`, and Node 20 has no compile cache of
// its own (module.enableCompileCache is Node 22). The cache sits next to the bundle, starts with the
// SHA-256 of the source it was made from (V8 itself only checks the source's length), and is written
// after the first run whenever it is missing or stale and the folder is writable; V8 refuses a cache
// from another Node version or other flags, and the bundle then compiles as usual. The SHA-256 of the
// cache itself follows: Node 20's V8 does not checksum a cache, and a damaged one aborts the process.
const { accessSync, constants, readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createHash } = require('node:crypto');
const Module = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

const bundle = join(__dirname, 'hr-bundle.cjs');
const cacheFile = join(__dirname, 'hr-bundle.cache');
const source = readFileSync(bundle, 'utf8');
const sha256 = createHash('sha256').update(source).digest();

let cachedData;
try {
  const bytes = readFileSync(cacheFile);
  const data = bytes.subarray(64);
  if (bytes.subarray(0, 32).equals(sha256) && bytes.subarray(32, 64).equals(createHash('sha256').update(data).digest())) cachedData = data;
} catch {
  // No cache yet.
}
const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
if ((!cachedData || script.cachedDataRejected) && writable(__dirname)) {
  // At exit the cache holds every function this run compiled, not only the top level.
  process.once('exit', () => {
    try {
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      const data = script.createCachedData();
      writeFileSync(tmp, Buffer.concat([sha256, createHash('sha256').update(data).digest(), data]));
      renameSync(tmp, cacheFile);
    } catch {
      // A cache is an optimisation: without one, hr only starts slower.
    }
  });
}
const bundled = { exports: {} };
script.runInThisContext()(bundled.exports, Module.createRequire(bundle), bundled, bundle, __dirname);

function writable(dir) {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
