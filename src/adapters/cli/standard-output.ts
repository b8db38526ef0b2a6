/** Where `hr` prints its answers: fd 1, through `process.stdout` only when that is a terminal. */
import { fstatSync, writeSync } from 'node:fs';

export interface StandardOutput {
  /** Writes `text` and a newline. */
  print(text: string): void;
  /**
   * Writes the first `length` bytes of `bytes`, text already encoded as UTF-8 with its newline (`hr search --json` over
   * stdin: `json.ts`'s `searchJsonBytes`). `bytes` may be reused once this returns.
   */
  printBytes(bytes: Uint8Array, length: number): void;
  /** Whether the output is a terminal, so colour may be used. */
  readonly isTTY: boolean;
  /** The terminal's width in columns; undefined when the output is no terminal. */
  readonly columns: number | undefined;
}

/**
 * The output on `fd` (standard output unless a test says otherwise). A pipe, a socket or a file is written with
 * `writeSync`, never through `process.stdout`: Node makes a net socket of a pipe, which loads its net and stream
 * modules, and with hr's V8 flags (its shebang's) Node's embedded code cache no longer fits them, so a one-shot search
 * compiled ~30 of them, ~10 ms of CPU that `node -e 0` never pays (docs/search-speed.md, issue 13 round 61).
 * process.stdout writes a pipe synchronously on Linux too, so an answer is out at the same moment. A character device
 * (a terminal; /dev/null too) keeps `process.stdout`, which knows whether it is a terminal and its width.
 */
export function standardOutput(fd = 1): StandardOutput {
  if (fstatSync(fd).isCharacterDevice()) {
    const stdout = process.stdout;
    return {
      print: (text) => stdout.write(`${text}\n`),
      // A copy: the stream may hold what it is given past this call.
      printBytes: (bytes, length) => stdout.write(Buffer.from(bytes.subarray(0, length))),
      isTTY: Boolean(stdout.isTTY),
      columns: stdout.columns,
    };
  }
  return { print: (text) => writeAll(fd, Buffer.from(`${text}\n`)), printBytes: (bytes, length) => writeAll(fd, bytes, length), isTTY: false, columns: undefined };
}

/** Writes all of `bytes` (its first `length`): a write may take part of it, and a non-blocking pipe that is full says EAGAIN until read. */
function writeAll(fd: number, bytes: Uint8Array, length = bytes.length): void {
  for (let at = 0; at < length; ) {
    try {
      at += writeSync(fd, bytes, at, length - at);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    }
  }
}

/**
 * Whether `err` says the reader of hr's output has gone (`hr search … | head -1`): a write to a pipe nobody reads. Node
 * ignores SIGPIPE, which would end a C tool quietly; hr stops as quietly, with status 0, as grep and ripgrep do.
 */
export function isBrokenPipe(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';
}
