import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { FORM, type SlackRequest } from '../../src/emulator/index.ts';

/**
 * Slack's side of Socket Mode on loopback: the WebSocket the app's Socket Mode client opens (the URL that
 * the Web API stand-in's `apps.connections.open` hands out), the `hello` Slack sends on connecting, and
 * envelopes carrying the same requests the HTTP tests sign, answered by the app's acknowledgements.
 */
export type SocketModeStandIn = {
  /** What `apps.connections.open` returns. */
  readonly url: string;
  /** Resolves once the app has connected and been greeted. */
  readonly connected: Promise<void>;
  /** Sends a request as Slack would over the socket; resolves with the acknowledgement's payload (if any). */
  deliver(request: SlackRequest, options?: { retryAttempt?: number }): Promise<unknown>;
  close(): Promise<void>;
};

/** The request as Socket Mode carries it: the parsed body, in an envelope of the matching type. */
function envelopeFor(request: SlackRequest): {
  type: string;
  payload: Record<string, unknown>;
  accepts_response_payload: boolean;
} {
  if (request.contentType === FORM) {
    const fields = Object.fromEntries(new URLSearchParams(request.body));
    if (fields.payload)
      return { type: 'interactive', payload: JSON.parse(fields.payload), accepts_response_payload: false };
    return { type: 'slash_commands', payload: fields, accepts_response_payload: true };
  }
  return { type: 'events_api', payload: JSON.parse(request.body), accepts_response_payload: false };
}

export async function startSocketModeStandIn(): Promise<SocketModeStandIn> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const acks = new Map<string, (payload: unknown) => void>();
  let socket: WebSocket | undefined;
  const connected = new Promise<void>((resolve) => {
    server.on('connection', (ws) => {
      socket = ws;
      ws.on('message', (data) => {
        const message = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (message.envelope_id) acks.get(message.envelope_id)?.(message.payload);
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'stand-in' },
          connection_info: { app_id: 'A0CAREBOT' },
        }),
      );
      resolve();
    });
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    connected,
    deliver(request, options = {}) {
      if (!socket) return Promise.reject(new Error('the app has not connected'));
      const envelopeId = randomUUID();
      const acknowledged = new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no acknowledgement of ${envelopeId} within 5 s`)), 5_000);
        acks.set(envelopeId, (payload) => {
          clearTimeout(timer);
          acks.delete(envelopeId);
          resolve(payload);
        });
      });
      socket.send(
        JSON.stringify({
          envelope_id: envelopeId,
          ...envelopeFor(request),
          retry_attempt: options.retryAttempt ?? 0,
          retry_reason: options.retryAttempt ? 'timeout' : '',
        }),
      );
      return acknowledged;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
