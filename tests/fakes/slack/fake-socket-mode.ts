/**
 * A fake Socket Mode endpoint on 127.0.0.1: `apps.connections.open` on the fake Web API hands out its
 * `ws://` URL, it greets each connection with `hello`, delivers envelopes and records the acks.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import type { FakeSlack } from './fake-slack.js';

export interface Envelope {
  envelope_id: string;
  type: 'slash_commands' | 'interactive' | 'events_api';
  payload: Record<string, unknown>;
  accepts_response_payload?: boolean;
  retry_attempt?: number;
  retry_reason?: string;
}

export class FakeSocketMode {
  /** Acknowledgements received, in order: `{ envelope_id, payload? }`. */
  readonly acks: Array<{ envelope_id: string; payload?: unknown }> = [];
  private socket: WebSocket | undefined;
  private connected: Promise<void>;
  private markConnected!: () => void;

  private constructor(private readonly server: WebSocketServer) {
    this.connected = new Promise((resolve) => (this.markConnected = resolve));
    server.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (data) => this.acks.push(JSON.parse(String(data)) as { envelope_id: string }));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0HRBOT' }, debug_info: { host: 'fake' } }));
      this.markConnected();
    });
  }

  /** Starts the WebSocket server and makes the fake Web API's `apps.connections.open` point at it. */
  static async start(fake: FakeSlack): Promise<FakeSocketMode> {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(server, 'listening');
    const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;
    fake.on('apps.connections.open', () => ({ ok: true, url }));
    return new FakeSocketMode(server);
  }

  /** Resolves once the app has connected and been greeted. */
  whenConnected(): Promise<void> {
    return this.connected;
  }

  deliver(envelope: Envelope): void {
    if (!this.socket) throw new Error('fake Socket Mode: no app connected');
    this.socket.send(JSON.stringify(envelope));
  }

  async close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
