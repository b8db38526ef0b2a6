/**
 * Stands in for Slack during the benchmark, in its own thread so its work does not share the event
 * loop being measured. Deliberately minimal (answers `auth.test`, drains `response_url` posts and
 * counts them): the full fake in tests/fakes/slack checks every message, which would make the
 * benchmark measure the fake.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parentPort } from 'node:worker_threads';

let responses = 0;
const AUTH = JSON.stringify({ ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0FAKE' });
const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    if (req.url?.startsWith('/respond/')) responses += 1;
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(req.url === '/api/auth.test' ? AUTH : '{"ok":true}');
  });
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
parentPort?.postMessage({ port: (server.address() as AddressInfo).port });
parentPort?.on('message', (message: unknown) => {
  if (message === 'count') parentPort?.postMessage({ responses });
  if (message === 'close') {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  }
});
