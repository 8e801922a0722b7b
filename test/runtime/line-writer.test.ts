import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { batchedLines } from '../../src/runtime/line-writer.ts';

describe('batched log lines', () => {
  it('writes the lines of one event-loop turn in one write, in order, each ending in a newline', async () => {
    const writes: string[] = [];
    const log = batchedLines({ write: (text: string) => writes.push(text) });
    log('first');
    log('second');
    log('third');
    expect(writes).toEqual([]);
    await nextTurn();
    expect(writes).toEqual(['first\nsecond\nthird\n']);
    log('later');
    await nextTurn();
    expect(writes).toEqual(['first\nsecond\nthird\n', 'later\n']);
  });

  it('writes what is still buffered when the process exits', () => {
    const writes: string[] = [];
    let exit = () => {};
    const log = batchedLines({ write: (text: string) => writes.push(text) }, (flush) => (exit = flush));
    log('last words');
    exit();
    expect(writes).toEqual(['last words\n']);
  });
});
