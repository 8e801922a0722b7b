import { readdirSync, watch as watchFiles, type Dirent, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToAnswers } from 'node:timers/promises';
import { createAnswerer, type Answerer, type AnswererOptions } from './answer.ts';
import { KnowledgeError, loadKnowledge } from '../knowledge/load.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';

/**
 * The knowledge the app answers from, which may change while it runs. A request takes `current()` once, at its
 * start, and uses that Answerer to the end: an edit landing meanwhile never mixes two versions in one reply.
 */
export type Knowledge = { current(): Answerer };

export type ReloadResult =
  | { ok: true; reason: string; ms: number; counts: Counts }
  | { ok: false; reason: string; ms: number; error: string; file?: string; field?: string; problems?: number };

export type LiveKnowledge = Knowledge & {
  /** Loads the folder again; the running answers keep the old knowledge until the new one is whole and valid. */
  reload(reason: string): Promise<ReloadResult>;
  /** Stops watching; reloads asked for later do nothing. */
  close(): void;
};

/** What live knowledge writes: a reload's outcome. Structurally a Bolt logger, so the app's own fits. */
export type KnowledgeLogger = {
  info(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
};

export type LiveKnowledgeOptions = {
  dir: string;
  /** Loads and builds an Answerer from `dir`; throws (a KnowledgeError) when the folder cannot be used. */
  build?: (dir: string) => Promise<Answerer>;
  /** The Answerer to start with, already built from `dir`; loaded from it when absent. */
  initial?: Answerer;
  logger?: KnowledgeLogger;
  /** Reload whenever a file under `dir` changes. Off: only `reload()` (SIGHUP) does. */
  watch?: boolean;
};

/**
 * An editor's save is a burst of events (a temporary file written, renamed over the old one, its mode set): they
 * are gathered until the folder has been quiet this long, then loaded once.
 */
const RELOAD_DEBOUNCE_MS = 150;

const consoleLogger: KnowledgeLogger = {
  info: (message) => console.log(message),
  error: (message) => console.error(message),
};

/**
 * Reads and builds the whole knowledge base. Between the two steps the event loop is given back, so answers
 * waiting meanwhile are not held up by a reload's second half.
 */
export async function buildAnswerer(dir: string, options: AnswererOptions = {}): Promise<Answerer> {
  const kb = loadKnowledge(dir);
  await yieldToAnswers();
  return createAnswerer(kb, options);
}

/** Knowledge that never changes: tests, the command line, and callers that hand the app a plain Answerer. */
export const fixedKnowledge = (answerer: Answerer): Knowledge => ({ current: () => answerer });

type Counts = { roles: number; topics: number; sources: number };

/** How many roles, topics and sources the knowledge base holds. */
function knowledgeCounts(kb: KnowledgeBase): Counts {
  return { roles: kb.roleOrder.length, topics: kb.topicOrder.length, sources: Object.keys(kb.sources).length };
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
const describeCounts = (c: Counts) =>
  `${plural(c.roles, 'role')}, ${plural(c.topics, 'topic')}, ${plural(c.sources, 'source')}`;

/** The knowledge in `dir`, reloaded on every change (when watching) and on `reload()`; see LiveKnowledge. */
export async function createLiveKnowledge(options: LiveKnowledgeOptions): Promise<LiveKnowledge> {
  const { dir, build = buildAnswerer, logger = consoleLogger } = options;
  let answerer = options.initial ?? (await build(dir));
  let closed = false;

  const attempt = async (reason: string): Promise<ReloadResult> => {
    const started = performance.now();
    const ms = () => Math.round((performance.now() - started) * 10) / 10;
    try {
      const next = await build(dir);
      if (closed) return { ok: false, reason, ms: ms(), error: 'closed' };
      answerer = next;
      const counts = knowledgeCounts(next.kb);
      const result = { ok: true as const, reason, ms: ms(), counts };
      logger.info(`knowledge reloaded (${reason}) in ${result.ms} ms: ${describeCounts(counts)}`, {
        event: 'knowledge-reloaded',
        reason,
        ms: result.ms,
        ...counts,
      });
      return result;
    } catch (error) {
      // A broken edit must not take the answers down: the knowledge that was answering keeps answering. The message
      // names the first few problems, as `kb check` words them, and how many more it lists.
      const where =
        error instanceof KnowledgeError
          ? { file: error.file, field: error.field, problems: error.problems.length }
          : {};
      const message = error instanceof Error ? error.message : String(error);
      logger.error(`knowledge not reloaded (${reason}), still answering from the previous version: ${message}`, {
        event: 'knowledge-reload-failed',
        reason,
        ...where,
      });
      return { ok: false, reason, ms: ms(), error: message, ...where };
    }
  };

  const reload = queuedReloads(attempt);
  const stopWatching = options.watch ? watchFolder(dir, () => reload('files changed'), logger) : () => {};

  return {
    current: () => answerer,
    reload: (reason) => (closed ? Promise.resolve({ ok: false, reason, ms: 0, error: 'closed' }) : reload(reason)),
    close() {
      closed = true;
      stopWatching();
    },
  };
}

/**
 * One reload at a time. Asked for while one runs, one more follows it (the files may have changed after it read
 * them); any number of requests meanwhile share that one.
 */
function queuedReloads(attempt: (reason: string) => Promise<ReloadResult>): (reason: string) => Promise<ReloadResult> {
  let running: Promise<ReloadResult> | null = null;
  let queued: Promise<ReloadResult> | null = null;
  const start = (reason: string) => {
    running = attempt(reason).finally(() => {
      running = null;
    });
    return running;
  };
  return (reason) => {
    if (!running) return start(reason);
    queued ??= running.then(() => {
      queued = null;
      return start(reason);
    });
    return queued;
  };
}

/**
 * Calls `changed` once a burst of changes anywhere under `dir` has settled; returns how to stop. Each folder is
 * watched on its own rather than with `recursive`: on Linux that follows each file, and loses one an editor
 * saves by renaming a new file over it, where a folder's watch sees every change inside it. The folders are
 * listed again after each burst, so one added later is watched too.
 */
function watchFolder(dir: string, changed: () => void, logger: KnowledgeLogger): () => void {
  const watchers = new Map<string, FSWatcher>();
  let timer: NodeJS.Timeout | undefined;
  const onEvent = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      watchEach();
      changed();
    }, RELOAD_DEBOUNCE_MS);
  };
  const watchEach = () => {
    const folders = new Set(foldersUnder(dir));
    for (const [folder, watcher] of watchers) {
      if (!folders.has(folder)) {
        watcher.close();
        watchers.delete(folder);
      }
    }
    for (const folder of folders) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watchFiles(folder, { persistent: false }, onEvent);
        // A folder removed while watched: forgotten here, listed again (or not) after the burst it causes.
        watcher.on('error', () => {
          watcher.close();
          watchers.delete(folder);
        });
        watchers.set(folder, watcher);
      } catch {
        // Gone between listing and watching: the same.
      }
    }
  };
  watchEach();
  if (!watchers.has(dir))
    logger.error(`cannot watch the knowledge folder ${dir}: reload it with SIGHUP`, {
      event: 'knowledge-watch-failed',
    });
  return () => {
    clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
    watchers.clear();
  };
}

/** `dir` and every folder below it (symbolic links are not followed). */
function foldersUnder(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return [dir, ...entries.filter((e) => e.isDirectory()).flatMap((e) => foldersUnder(join(dir, e.name)))];
}
