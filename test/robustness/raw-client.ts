import { Agent, request } from 'node:http';

/**
 * A plain HTTP client for hostile requests: exact bytes, any method, any (or no) content type, which `fetch`
 * would tidy up. Keep-alive sockets, so thousands of requests do not spend their time connecting.
 */
export type RawResponse = { status: number; body: string; headers: Record<string, string | string[] | undefined> };
export type RawRequest = { method: string; path: string; headers: Record<string, string>; body: Buffer };

export function createRawClient(origin: string, connections: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(origin);

  function send(raw: RawRequest, timeoutMs = 20_000): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          method: raw.method,
          path: raw.path,
          headers: { ...raw.headers, 'content-length': String(raw.body.length) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              headers: res.headers,
            }),
          );
          res.on('error', reject);
        },
      );
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`no response within ${timeoutMs} ms`)));
      req.on('error', reject);
      req.end(raw.body);
    });
  }

  return { send, close: () => agent.destroy() };
}

/** Runs `work` over `items` with at most `concurrency` at once, pulling lazily so large inputs stay unbuilt. */
export async function forEachBounded<T>(
  items: Iterable<T>,
  concurrency: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) await work(next.value);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}
