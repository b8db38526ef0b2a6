/**
 * Whether the bot is ready to serve, for `GET /readyz`: every component (the index, each configured
 * adapter) says when it is ready and, when it is not, why. Ready only when all of them are.
 */
import type { ReadinessSignal } from '../adapters-contract.js';

export interface ReadinessState {
  ready: boolean;
  /** Components not ready, each with its reason, e.g. `{ discord: "gateway reconnecting" }`. */
  waiting: Record<string, string>;
}

export class Readiness {
  private readonly reasons = new Map<string, string | undefined>();
  private stopping = false;

  /** Registers a component, not ready until it says so. */
  component(name: string, reason = 'starting'): ReadinessSignal {
    this.reasons.set(name, reason);
    return {
      ready: () => void this.reasons.set(name, undefined),
      notReady: (why) => void this.reasons.set(name, why),
    };
  }

  /** From now on never ready: load balancers should stop sending work while we drain. */
  stop(): void {
    this.stopping = true;
  }

  state(): ReadinessState {
    const waiting: Record<string, string> = {};
    if (this.stopping) waiting.process = 'stopping';
    for (const [name, reason] of this.reasons) if (reason !== undefined) waiting[name] = reason;
    return { ready: Object.keys(waiting).length === 0, waiting };
  }
}
