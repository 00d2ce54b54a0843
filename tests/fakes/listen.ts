/**
 * Starts a fake service's request handler on 127.0.0.1 at a free port; a handler that throws answers 500.
 * `close` also drops kept-alive connections (the provider clients keep them open).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function listenOnLoopback(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<void>,
): Promise<{ server: Server; origin: string; close: () => Promise<void>; openConnections: () => number }> {
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed) res.writeHead(500).end(String(error));
    });
  });
  // A client's connection closes only after everything it sent was read: none open means no request still unseen.
  let open = 0;
  server.on('connection', (socket) => {
    open++;
    socket.once('close', () => open--);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeAllConnections();
    });
  return { server, origin: `http://127.0.0.1:${port}`, close, openConnections: () => open };
}

/** A request's whole body as UTF-8. */
export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A fake's reply: records the status on the request log entry, then sends JSON (a string as it is, nothing for
 * undefined) unless the client already hung up.
 */
export function replier(res: ServerResponse, record: { status?: number }) {
  return (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
    record.status = status;
    if (res.destroyed) return;
    res.writeHead(status, { ...(payload === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers });
    res.end(payload === undefined ? undefined : typeof payload === 'string' ? payload : JSON.stringify(payload));
  };
}
