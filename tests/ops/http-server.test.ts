/** The operations HTTP server over real sockets: liveness, readiness with reasons, metrics, mounted paths. */
import { afterEach, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { OpsHttpServer } from '../../src/ops/http-server.js';
import { createPrometheusMetrics } from '../../src/ops/prometheus.js';
import { Readiness } from '../../src/ops/readiness.js';
import { portInUse } from '../bot-process.js';

const logger = pino({ level: 'silent' });
let server: OpsHttpServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function get(path: string, init?: RequestInit): Promise<{ status: number; body: string; type: string | null }> {
  const res = await fetch(`http://127.0.0.1:${server!.port}${path}`, init);
  return { status: res.status, body: await res.text(), type: res.headers.get('content-type') };
}

describe('GET /readyz', () => {
  it('is 503 with the reason while a component is not ready, 200 once every one is, 503 again while stopping', async () => {
    const readiness = new Readiness();
    server = await OpsHttpServer.listen(0, { readiness, logger }, '127.0.0.1');
    const index = readiness.component('index', 'loading');
    const discord = readiness.component('discord');

    const starting = await get('/readyz');
    expect(starting.status).toBe(503);
    expect(JSON.parse(starting.body)).toEqual({ ready: false, reason: 'index: loading; discord: starting', waiting: { index: 'loading', discord: 'starting' } });

    index.ready();
    discord.ready();
    expect(await get('/readyz')).toMatchObject({ status: 200, body: '{"ready":true}' });

    discord.notReady('gateway reconnecting');
    expect(JSON.parse((await get('/readyz')).body)).toMatchObject({ ready: false, waiting: { discord: 'gateway reconnecting' } });
    discord.ready();
    readiness.stop();
    expect(await get('/readyz')).toMatchObject({ status: 503 });
    // Alive all along: liveness does not depend on the chats.
    expect(await get('/healthz')).toMatchObject({ status: 200, body: '{"ok":true}' });
  });
});

describe('GET /metrics', () => {
  it('serves the Prometheus text format when metrics are on, and 404 with METRICS=off', async () => {
    const prometheus = createPrometheusMetrics();
    server = await OpsHttpServer.listen(0, { readiness: new Readiness(), logger, metrics: prometheus }, '127.0.0.1');
    const on = await get('/metrics');
    expect(on.status).toBe(200);
    expect(on.type).toContain('text/plain');
    expect(on.body).toContain('# TYPE hr_requests_total counter');
    await server.close();

    server = await OpsHttpServer.listen(0, { readiness: new Readiness(), logger }, '127.0.0.1');
    expect((await get('/metrics')).status).toBe(404);
  });
});

describe('mounted paths and the rest', () => {
  it('routes a mounted path, whatever the method, and answers 404 elsewhere', async () => {
    server = await OpsHttpServer.listen(0, { readiness: new Readiness(), logger }, '127.0.0.1');
    server.mount('/slack/events', (req, res) => {
      res.writeHead(202);
      res.end(req.method);
    });
    expect(await get('/slack/events', { method: 'POST', body: 'x' })).toMatchObject({ status: 202, body: 'POST' });
    expect((await get('/nope')).status).toBe(404);
    expect((await get('/healthz', { method: 'POST' })).status).toBe(404);
  });

  it('lets a request in flight finish after it stops accepting, and frees the port on close', async () => {
    server = await OpsHttpServer.listen(0, { readiness: new Readiness(), logger }, '127.0.0.1');
    const port = server.port;
    let finish: () => void = () => undefined;
    server.mount('/slow', (_req, res) => {
      finish = () => res.end('done');
    });
    const slow = get('/slow');
    await new Promise((resolve) => setTimeout(resolve, 100));
    server.stopAccepting();
    finish();
    expect((await slow).body).toBe('done');
    await server.close();
    server = undefined;
    expect(await portInUse(port)).toBe(false);
  });
});
