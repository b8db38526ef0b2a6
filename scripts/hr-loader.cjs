#!/usr/bin/env -S node --v8-pool-size=1 --no-regexp-tier-up --semi-space-growth-factor=8 --no-allocation-site-pretenuring
'use strict';
// One V8 worker thread beside the main one (Node's default is four, whatever the cores): on a 2-core
// host the four, compiling and collecting in the background, preempted the main thread, and 1.5 % of
// warm queries took 1–9 ms instead of ~0.1 ms (stdin p99 2.5–4.4 → 0.66 ms; docs/search-speed.md, speed
// round 12). A pool size is read only from the command line, hence the shebang (env -S: coreutils
// 8.30+, macOS, BSD); `node hr.cjs` without it runs the same, with that tail.
// The `hr` command (the package's bin), copied to dist/src/adapters/cli/hr.cjs by scripts/bundle-cli.js.
// It runs the bundled CLI (hr-bundle.cjs) through V8's code cache: compiling the bundle and the
// functions a search calls was a tenth of a one-shot `hr search`, and Node 20 has no compile cache of
// its own (module.enableCompileCache is Node 22). The cache sits next to the bundle: the build writes
// it by running hr once (scripts/write-cli-cache.js), and any run writes it again after its answer
// whenever it is missing or stale and the folder is writable; V8 refuses a cache from another Node
// version or other flags, and the bundle then compiles as usual.
//
// The cache's 64-byte header says which bundle it was made from and that it is whole. Which bundle:
// the bundle file's size, modification and change times and inode (V8 itself only checks the
// source's length). Any write to or replacement of the bundle changes its change time, which no
// tool can set back (`touch -d` and `cp -p` set the modification time only), so this is as strict as
// a hash of the bundle without loading node:crypto and hashing 250 KB on every start (~3 ms of a
// ~100 ms one-shot). Whole: a checksum of the cache's data (`cacheChecksum`), because Node 20's V8 does not
// checksum a code cache and a damaged one aborts the process.
//
// Which of Node's own modules hr loads matters as much: its V8 flags differ from those Node's embedded code
// cache was made with, so every Node module outside Node's start-up snapshot is compiled from source. Loading
// node:zlib (for its crc32) and node:v8 (for setFlagsFromString) each loaded Node's ~20 stream modules, ~10 ms
// of a one-shot's CPU that `node -e 0` never pays (docs/search-speed.md, issue 13 round 61); the CLI writes a
// pipe without process.stdout for the same reason (src/adapters/cli/standard-output.ts).
const { accessSync, constants, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const vm = require('node:vm');

/**
 * A 32-bit checksum of `bytes`: FNV-1a's step over 32-bit words (then over the last bytes). Each step is a
 * bijection of the running value, so a change to any one word always changes the result; the cache's length
 * is checked apart. ~2 ms over a 400 KB cache, run once and unoptimised, where zlib's crc32 cost loading zlib.
 */
function cacheChecksum(bytes) {
  // An Int32Array view needs a 4-byte-aligned offset: a copy starts at 0.
  const data = bytes.byteOffset % 4 === 0 ? bytes : new Uint8Array(bytes);
  const words = new Int32Array(data.buffer, data.byteOffset, data.length >> 2);
  let h = 0x811c9dc5 ^ data.length;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i], 16777619);
  for (let i = words.length * 4; i < data.length; i++) h = Math.imul(h ^ data[i], 16777619);
  return h >>> 0;
}
// Required as a module (by the tests), the loader only lends its checksum; run, it runs hr.
if (require.main !== module) {
  module.exports = { cacheChecksum };
  return;
}

/**
 * Sets a V8 flag the shebang gives when node was started without it (`node hr.cjs`): node:v8 loads only then.
 * Given on the command line, a flag is set before anything runs; set here, it is still set before the bundle is compiled.
 */
function ensureFlag(flag) {
  if (!process.execArgv.includes(flag)) require('node:v8').setFlagsFromString(flag);
}

// --no-regexp-tier-up (the shebang's): V8 otherwise compiles each regular expression to bytecode at its first
// run and to machine code at its second, and the bytecode of our larger patterns is the slower to make (its
// peephole pass): a one-shot search's first query spent ~6 ms of its ~11 on it (docs/search-speed.md, issue 13
// round 59). Only on the command line: set at run time, after V8 had started, it crashed the process with SIGSEGV
// about once in 300 starts (speed round 6). V8's code cache is checked against the flags, so `node hr.cjs` without
// them does not use the cache the build writes; run hr as a command or with the shebang's flags (`npm run hr`).
// A one-shot search allocates ~7 MB that all survives (the index it parses): V8's young generation
// starts at 1 MB and, once survivors fill it, only doubles, so start-up ran five scavenges that copied
// the index again and again (~5 ms). Growing it eightfold at that point leaves three. The factor is
// read when the young generation grows, so setting it here works, unlike --min-semi-space-size (read
// once when the heap is made); the young generation's maximum (16 MB) is unchanged.
ensureFlag('--semi-space-growth-factor=8');
// No allocation-site pretenuring. V8 counts how many of each object or array literal's objects survive a
// scavenge, and at the first scavenge of a young generation grown to its maximum it allocates the literals
// whose objects all survived in the old generation from then on, throwing away the optimised code of every
// function that inlined one of them. In `hr search --json` over stdin the first questions fill hr's lazy
// caches (a paragraph's words, a word's WordNet senses and vector rows, a term's postings: objects that all
// survive), and the growth factor above brings the young generation to its maximum within the next few
// hundred questions: there V8 dropped the TurboFan code of 7–11 of the ranking's hottest functions
// (scoreSentences, addsQueryWord, favourFurtherWords, ...), which ran in baseline code again until compiled
// anew, the last after another 60–150 questions (docs/search-speed.md, issue 13 round 43). A one-shot never grows
// the young generation that far, so it lost nothing to the decision and gains nothing from it. Both flags are
// read by the heap as it runs (at each scavenge, at a literal's first run), so setting them here, before the
// bundle runs, works; set before the script is compiled, they are part of the code cache's flag hash
// whichever way node was started. The shebang gives both (node:v8 is loaded only without them); its line,
// 122 bytes, stays within the 127 that Linux kernels before 5.1 read of a shebang.
ensureFlag('--no-allocation-site-pretenuring');

const HEADER = 64;
const bundle = join(__dirname, 'hr-bundle.cjs');
const cacheFile = join(__dirname, 'hr-bundle.cache');
const key = bundleKey();
const source = readFileSync(bundle, 'utf8');

let cachedData;
try {
  const bytes = readFileSync(cacheFile);
  const data = bytes.subarray(HEADER);
  if (bytes.length > HEADER && bytes.subarray(0, 32).equals(key) && bytes.readUInt32LE(32) === cacheChecksum(data)) cachedData = data;
} catch {
  // No cache yet.
}
const script = new vm.Script(Module.wrap(source), { filename: bundle, ...(cachedData ? { cachedData } : {}) });
// HR_CODE_CACHE_EXTEND=1 (set by the build's cache writer, scripts/write-cli-cache.js, after its first query): a run
// that used the cache writes it again, holding what the runs before it compiled and what this one adds.
const extend = cachedData !== undefined && !script.cachedDataRejected && process.env.HR_CODE_CACHE_EXTEND === '1';
if ((!cachedData || script.cachedDataRejected || extend) && writable(__dirname)) {
  // The cache holds every function this run compiled by then, not only the top level: written at exit,
  // or when the CLI says its first answer is out ('hr:answered', emitted by `hr search --json` over
  // stdin). A cache made at the end of a long stdin batch held all the batch compiled, and every later
  // one-shot loaded it: 256 KB against 206 KB, ~7 % of a one-shot's wall time.
  let written = false;
  const writeCache = () => {
    if (written) return;
    written = true;
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    try {
      // A bundle rebuilt while this run went on is not the source this cache was compiled from.
      if (!bundleKey().equals(key)) return;
      const data = script.createCachedData();
      const header = Buffer.alloc(HEADER);
      key.copy(header);
      header.writeUInt32LE(cacheChecksum(data), 32);
      writeFileSync(tmp, Buffer.concat([header, data]));
      renameSync(tmp, cacheFile);
    } catch {
      // A cache is an optimisation: without one, hr only starts slower. A file half written (a full disk)
      // or not renamed (something else where the cache goes) is not left behind.
      try {
        rmSync(tmp, { force: true });
      } catch {
        // Not ours to remove either.
      }
    }
  };
  process.once('hr:answered', writeCache);
  process.once('exit', writeCache);
}
const bundled = { exports: {} };
script.runInThisContext()(bundled.exports, Module.createRequire(bundle), bundled, bundle, __dirname);

/** 32 bytes naming the bundle file as it is now: size, modification and change times (ns), inode. */
function bundleKey() {
  const s = statSync(bundle, { bigint: true });
  const out = Buffer.alloc(32);
  out.writeBigUInt64LE(BigInt.asUintN(64, s.size), 0);
  out.writeBigUInt64LE(BigInt.asUintN(64, s.mtimeNs), 8);
  out.writeBigUInt64LE(BigInt.asUintN(64, s.ctimeNs), 16);
  out.writeBigUInt64LE(BigInt.asUintN(64, s.ino), 24);
  return out;
}

function writable(dir) {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
