/**
 * Round trips over a line protocol: a child reads one query per stdin line and writes one JSON line
 * each; `ask` times from writing a query to reading its answer, one query in flight at a time.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface LineServer {
  /** Milliseconds from sending `query` to reading the answer's line. */
  ask(query: string): Promise<number>;
  close(): void;
}

/** Starts `node ...args`; with `waitsForReady`, its first line says it is ready and is skipped. */
export async function startLineServer(args: readonly string[], waitsForReady = false): Promise<LineServer> {
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, NO_COLOR: '1' } });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  if (waitsForReady) await lines.next();
  return {
    async ask(query) {
      const t = performance.now();
      child.stdin!.write(`${query}\n`);
      const { done } = await lines.next();
      if (done) throw new Error(`node ${args.join(' ')} stopped answering`);
      return performance.now() - t;
    },
    close() {
      child.stdin!.end();
      child.kill();
    },
  };
}
