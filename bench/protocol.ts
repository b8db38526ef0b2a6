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

/** One round's round trips: `a`'s and `b`'s, query by query in the order asked. */
export interface RoundTrips {
  a: number[];
  b: number[];
}

/**
 * Asks `a` then `b` each query in turn, `rounds` times over `queries`, one query in flight at a time,
 * so load on the machine hits both alike; returns each round's trips (round 0 first: the pass that
 * warms both, which callers leave out of their figures).
 */
export async function alternateRounds(a: LineServer, b: LineServer, queries: readonly string[], rounds: number): Promise<RoundTrips[]> {
  const out: RoundTrips[] = [];
  for (let r = 0; r < rounds; r++) {
    const round: RoundTrips = { a: [], b: [] };
    for (const q of queries) {
      round.a.push(await a.ask(q));
      round.b.push(await b.ask(q));
    }
    out.push(round);
  }
  return out;
}

/**
 * The item whose key is the median of the items' keys (the lower middle one of an even count): the fresh server pair
 * whose ratio is the median, so the figures printed beside it come from one pair, not from different ones.
 */
export function medianBy<T>(items: readonly T[], key: (item: T) => number): T {
  if (items.length === 0) throw new Error('medianBy: no items');
  const sorted = [...items].sort((x, y) => key(x) - key(y));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
