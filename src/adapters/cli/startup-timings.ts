/**
 * A one-shot `hr search`'s start-up told in phases, for `HR_TIMINGS=1` (the bench reads it; a user can
 * too): one JSON line on stderr after the answer, milliseconds only, never the query or the answer.
 *   node        Node's own start-up, until it runs hr's loader (`performance.nodeTiming.bootstrapComplete`)
 *   modules     hr's code loaded: the loader reading the bundle and its code cache, the bundle's top level
 *   index       the settings read, the index read and checked, the service built and the report opened
 *   firstQuery  the search itself, without printing its answer
 *   total       from the process's start to the answer printed (the wall time but for exit)
 * `cpu` gives the same in CPU time (`process.cpuUsage`, every thread of the process), which a loaded
 * machine changes far less than wall time; there its `modules` counts from the process's start, as no
 * CPU clock is read before hr's own code runs.
 */

/** The phases after module loading, in order (module loading ends when the clock starts). */
export type StartupPhase = 'index' | 'firstQuery';

export interface StartupTimings {
  /** Ends `phase` now; the next phase starts here. */
  end(phase: StartupPhase): void;
  /** The JSON line (with its newline) of every phase ended so far and the total up to now. */
  line(): string;
}

/** Starts the clock at the end of module loading: call it first thing in hr's `main`. */
export function startupTimings(): StartupTimings {
  const wall: Record<string, number> = { node: performance.nodeTiming.bootstrapComplete };
  const cpu: Record<string, number> = {};
  let lastWall = wall.node!;
  let lastCpu = 0;
  const end = (phase: StartupPhase | 'modules') => {
    const nowWall = performance.now();
    const nowCpu = cpuMs();
    wall[phase] = nowWall - lastWall;
    cpu[phase] = nowCpu - lastCpu;
    lastWall = nowWall;
    lastCpu = nowCpu;
  };
  end('modules');
  return {
    end,
    line: () => `${JSON.stringify({ ...microseconds(wall), total: round(performance.now()), cpu: { ...microseconds(cpu), total: round(cpuMs()) } })}\n`,
  };
}

/** Milliseconds to the microsecond: the clocks' own resolution, and a short line. */
const round = (ms: number) => Math.round(ms * 1000) / 1000;
const microseconds = (phases: Record<string, number>) => Object.fromEntries(Object.entries(phases).map(([k, ms]) => [k, round(ms)]));

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
