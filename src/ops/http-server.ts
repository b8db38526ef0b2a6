/**
 * The bot's one HTTP server on `PORT`: `GET /healthz` (the process is alive), `GET /readyz` (every
 * configured adapter connected and the index loaded; 503 with the reasons otherwise), `GET /metrics`
 * (Prometheus text), and whatever adapters mount on it (Slack's `/slack/events` in HTTP mode).
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HttpMount } from '../adapters-contract.js';
import type { Logger } from '../log.js';
import type { Readiness } from './readiness.js';

export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';
export const METRICS_PATH = '/metrics';

export interface OpsServerOptions {
  readiness: Readiness;
  /** Serves `/metrics` when given (absent with `METRICS=off`). */
  metrics?: { contentType: string; text(): Promise<string> };
  logger: Logger;
}

export class OpsHttpServer implements HttpMount {
  private readonly mounts = new Map<string, RequestListener>();
  private readonly server: Server;
  private closed: Promise<void> | undefined;

  private constructor(private readonly options: OpsServerOptions) {
    // Headers trickled in byte by byte would hold a socket for Node's default 60 s: cut them off (408)
    // within 10 s, checked every second, like the Slack endpoint's own body limit.
    this.server = createServer({ headersTimeout: 10_000, requestTimeout: 20_000, connectionsCheckingInterval: 1000 }, (req, res) => this.route(req, res));
  }

  /** Listens on `port` (0: any free port) on every interface, or on `host`. */
  static async listen(port: number, options: OpsServerOptions, host?: string): Promise<OpsHttpServer> {
    const ops = new OpsHttpServer(options);
    ops.server.listen(port, host);
    await Promise.race([
      once(ops.server, 'listening'),
      once(ops.server, 'error').then(([err]) => {
        throw err;
      }),
    ]);
    return ops;
  }

  /** The port listened on (the real one when `PORT=0`). */
  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  mount(path: string, listener: RequestListener): void {
    this.mounts.set(path, listener);
  }

  /** Stops accepting connections and closes idle ones; requests in flight go on until `close()`. */
  stopAccepting(): void {
    this.closed ??= new Promise((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
  }

  /** Closes every connection left and resolves once the port is free. */
  async close(): Promise<void> {
    this.stopAccepting();
    this.server.closeAllConnections();
    await this.closed;
  }

  private route(req: IncomingMessage, res: ServerResponse): void {
    const { options } = this;
    const path = (req.url ?? '/').split('?')[0]!;
    const mounted = this.mounts.get(path);
    if (mounted) return void mounted(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 404, { error: 'not found' });
    if (path === HEALTH_PATH) return json(res, 200, { ok: true });
    if (path === READY_PATH) {
      const { ready, waiting } = options.readiness.state();
      return json(res, ready ? 200 : 503, ready ? { ready } : { ready, reason: Object.entries(waiting).map(([k, v]) => `${k}: ${v}`).join('; '), waiting });
    }
    if (path === METRICS_PATH && options.metrics) {
      const { contentType } = options.metrics;
      options.metrics.text().then(
        (text) => {
          res.writeHead(200, { 'content-type': contentType });
          res.end(text);
        },
        (err: unknown) => {
          options.logger.error({ err }, 'collecting metrics failed');
          json(res, 500, { error: 'metrics unavailable' });
        },
      );
      return;
    }
    json(res, 404, { error: 'not found' });
  }
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
