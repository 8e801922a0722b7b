import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createAnswerer } from '../../src/search/answer.ts';

// A keeper's role whose name ends in a word other jobs end with ("…specialist"), with a credential only it has.
const dir = mkdtempSync(join(tmpdir(), 'role-titles-'));
cpSync(join(import.meta.dirname, '../../knowledge'), dir, { recursive: true });
cpSync(join(import.meta.dirname, '../fixtures/lakeside'), dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('job titles and credentials against the roles', () => {
  const shipped = createAnswerer(loadKnowledge(join(import.meta.dirname, '../../knowledge')));
  const lakeside = createAnswerer(loadKnowledge(dir));

  it('declines another manager, keeps "the managers" and "case and care managers" ours', () => {
    expect(shipped.ask('what does a program manager do')).toMatchObject({
      kind: 'declined',
      otherJob: 'program manager',
    });
    expect(shipped.ask('what do the managers earn')).toMatchObject({ kind: 'answer', topic: 'salary' });
    expect(shipped.ask('case and care managers salary').roles).toEqual(['case-manager', 'care-manager']);
  });

  it("reads a credential only one role has as that role's facts about it", () => {
    expect(lakeside.ask('whats the CPUR')).toMatchObject({
      kind: 'answer',
      topic: 'certification',
      roles: ['utilization-review-nurse'],
    });
  });
});
