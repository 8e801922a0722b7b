/**
 * Serves the page, pushes the workspace's changes to it over Server-Sent Events (plain HTTP, no library),
 * and hands what the person does to the Slack player.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { pathToFileURL } from 'node:url';
import { projectPath } from '../project-root.ts';
import { DOC_NAME, docPage, installLink, readmePage } from './readme-page.ts';
import type { ElementRef } from './render-blocks.ts';
import type { PlayResult, SlackPlayer } from './slack-player.ts';
import type { Conversation, Workspace } from './workspace.ts';
import { isObject, type Json } from './wire.ts';

const PUBLIC = pathToFileURL(projectPath('src/playground/public/'));
const HTML = 'text/html; charset=utf-8';
const STATIC: Record<string, { file: URL; type: string }> = {
  '/': { file: new URL('index.html', PUBLIC), type: HTML },
  '/static/app.js': { file: new URL('app.js', PUBLIC), type: 'text/javascript; charset=utf-8' },
  '/static/style.css': { file: new URL('style.css', PUBLIC), type: 'text/css; charset=utf-8' },
  '/static/readme.css': { file: new URL('readme.css', PUBLIC), type: 'text/css; charset=utf-8' },
};

/**
 * The README's links, opened offline: the pages of docs/ (`/docs/install.md`), their pictures (`/docs/<name>.png`),
 * and the README itself (`../README.md` from a page of docs/).
 */
const DOC_PAGE = /^\/docs\/([^/]+)\.md$/;
const DOC_PICTURE = /^\/docs\/([^/]+)\.png$/;

function docPicture(path: string): { file: URL; type: string } | undefined {
  const name = DOC_PICTURE.exec(path)?.[1];
  return name && DOC_NAME.test(name)
    ? { file: pathToFileURL(projectPath('docs', `${name}.png`)), type: 'image/png' }
    : undefined;
}

// The page runs only its own script: even if markup ever slipped through, no inline script or handler would run.
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const MAX_BODY = 64 * 1024;
const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;
const CONVERSATIONS: readonly Conversation[] = ['channel', 'dm', 'experts'];

class BadRequest extends Error {}

const notFound = (res: ServerResponse) =>
  res
    .writeHead(404, { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS })
    .end('Not found. Open / for the playground.');

async function readJson(req: IncomingMessage): Promise<Json> {
  // Requiring JSON makes a cross-site form post impossible without a CORS preflight, which we never grant.
  if (!req.headers['content-type']?.startsWith('application/json')) throw new BadRequest('Send JSON.');
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new BadRequest('That message is too long.');
    chunks.push(chunk);
  }
  try {
    const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (isObject(parsed)) return parsed;
  } catch {
    // Falls through to the same answer as any other malformed body.
  }
  throw new BadRequest('Send a JSON object.');
}

function parseRef(body: Json): ElementRef {
  const block = body.block;
  const element = body.element;
  if (typeof block !== 'number' || !Number.isInteger(block) || block < 0) throw new BadRequest('Unknown button.');
  if (element !== 'accessory' && (typeof element !== 'number' || !Number.isInteger(element) || element < 0)) {
    throw new BadRequest('Unknown button.');
  }
  return { block, element };
}

/** What each page request asks the player to do. */
const ROUTES: Record<string, (player: SlackPlayer, body: Json) => Promise<PlayResult>> = {
  '/api/post': (player, body) => {
    const conversation = CONVERSATIONS.find((c) => c === body.conversation);
    if (!conversation || typeof body.text !== 'string') throw new BadRequest('Say where and what to post.');
    const threadTs = typeof body.threadTs === 'string' ? body.threadTs : null;
    return player.post({ conversation, text: body.text, threadTs });
  },
  '/api/action': (player, body) => {
    if (typeof body.messageId !== 'string') throw new BadRequest('Unknown button.');
    return player.click({ messageId: body.messageId, ref: parseRef(body) });
  },
  '/api/view-submit': (player, body) => {
    if (typeof body.viewId !== 'string' || !isObject(body.values)) throw new BadRequest('Unknown form.');
    const values: Record<string, Record<string, string>> = {};
    for (const [block, actions] of Object.entries(body.values)) {
      if (!isObject(actions)) throw new BadRequest('Unknown form.');
      values[block] = Object.fromEntries(
        Object.entries(actions).map(([action, text]) => [action, typeof text === 'string' ? text : '']),
      );
    }
    return player.submitModal({ viewId: body.viewId, values });
  },
  '/api/view-close': async (player, body) => {
    if (typeof body.viewId === 'string') player.closeModal(body.viewId);
    return { ok: true };
  },
  '/api/app-opened': (player, body) => player.openApp(body.tab === 'messages' ? 'messages' : 'home'),
  '/api/shortcut': (player, body) => {
    if (typeof body.messageId !== 'string') throw new BadRequest('Unknown message.');
    return player.shortcut(body.messageId);
  },
};

export type PlaygroundServer = { server: Server; port: number; close(): Promise<void> };

type ServerOptions = {
  port: number;
  host?: string;
  workspace: Workspace;
  player: SlackPlayer;
  /** The insights page of this session (src/playground/insights-page.ts). */
  insights?: () => Promise<string>;
  /**
   * What the page says that comes from the knowledge, by name (`roles`: "case managers, care managers and …"),
   * read at each load so an edit to the knowledge shows on the next one. Fills `<span data-fill="name">`.
   */
  fills?: () => Record<string, string>;
  /** Turns listening in #hr-careers (ANSWER_CHANNELS) on or off. */
  listen?: (on: boolean) => void;
  /** What `GET /healthz` answers, as the Slack app's does (`{ status: 'ok', knowledge: { topics } }`). */
  health?: () => unknown;
};

const FILL = /(<span data-fill="([a-z]+)">)[^<]*(<\/span>)/g;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page with what the knowledge says in its place; a name the fills do not have keeps the page's own words. */
function filled(page: Buffer, fills: Record<string, string> | undefined): Buffer {
  if (!fills) return page;
  return Buffer.from(
    page
      .toString('utf8')
      .replace(FILL, (whole, open: string, name: string, close: string) =>
        fills[name] === undefined ? whole : `${open}${escapeHtml(fills[name]!)}${close}`,
      ),
  );
}

export async function startPlaygroundServer(options: ServerOptions): Promise<PlaygroundServer> {
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    handle(options, req, res).catch((error: unknown) => {
      if (res.headersSent) return res.end();
      if (error instanceof BadRequest) return json(res, 400, { ok: false, error: error.message });
      console.error('playground:', error);
      json(res, 500, { ok: false, error: 'The preview server hit an error; see its terminal.' });
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });

  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        // Open event streams never end on their own.
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', ...SECURITY_HEADERS }).end(JSON.stringify(body));
}

/** The page's event stream: the workspace as it is, then each change. */
function streamEvents(workspace: Workspace, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
    ...SECURITY_HEADERS,
  });
  const push = (event: unknown) => res.write(`data: ${JSON.stringify(event)}\n\n`);
  push(workspace.snapshot());
  const stop = workspace.onEvent(push);
  // A comment now and then keeps proxies and idle timers from closing the stream.
  const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), 15_000);
  req.on('close', () => {
    clearInterval(keepAlive);
    stop();
  });
}

async function handle(options: ServerOptions, req: IncomingMessage, res: ServerResponse) {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  // The same probe as the app's (src/slack/http/health.ts): scripts and orchestrators check either one alike.
  if ((req.method === 'GET' || req.method === 'HEAD') && path === '/healthz' && options.health) {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store', ...SECURITY_HEADERS });
    res.end(req.method === 'HEAD' ? undefined : JSON.stringify(options.health()));
    return;
  }
  // Only a page opened as localhost may talk to it: another site's page, re-pointed at 127.0.0.1 by DNS, may not.
  if (!LOOPBACK_HOST.test(req.headers.host ?? ''))
    return json(res, 403, { ok: false, error: 'Open the playground at localhost.' });
  if (req.method === 'GET' && path === '/events') return streamEvents(options.workspace, req, res);
  if (req.method === 'GET' && path === '/install') {
    res.writeHead(302, { location: await installLink().catch(() => '/readme'), ...SECURITY_HEADERS }).end();
    return;
  }
  if (req.method === 'GET' && (path === '/readme' || path === '/README.md' || DOC_PAGE.test(path))) {
    const doc = DOC_PAGE.exec(path)?.[1];
    const page = await (doc === undefined ? readmePage() : docPage(doc)).catch(() => null);
    if (!page) return notFound(res);
    res.writeHead(200, { 'content-type': HTML, 'cache-control': 'no-cache', ...SECURITY_HEADERS }).end(page);
    return;
  }
  if (req.method === 'GET' && path === '/insights' && options.insights) {
    res
      .writeHead(200, { 'content-type': HTML, 'cache-control': 'no-store', ...SECURITY_HEADERS })
      .end(await options.insights());
    return;
  }
  const asset = STATIC[path] ?? docPicture(path);
  if (req.method === 'GET' && asset) {
    const content = await readFile(asset.file).catch(() => null);
    if (!content) return notFound(res);
    const body = asset.type === HTML ? filled(content, options.fills?.()) : content;
    res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-cache', ...SECURITY_HEADERS }).end(body);
    return;
  }
  if (req.method === 'POST' && path === '/api/listen' && options.listen) {
    const body = await readJson(req);
    if (typeof body.on !== 'boolean') throw new BadRequest('Say on or off.');
    options.listen(body.on);
    return json(res, 200, { ok: true });
  }
  const route = ROUTES[path];
  if (req.method === 'POST' && route) return json(res, 200, await route(options.player, await readJson(req)));
  notFound(res);
}
