import { describe, expect, it } from 'vitest';
import { partAsked } from '../../src/search/predicate.ts';
import { ask, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 14: "is X part of the job" asks X of the role as "do they do X" does.
describe('a thing asked to be part of the work', () => {
  it('reads the thing before "part of" in a question opened by a verb of being', () => {
    expect(
      partAsked(['is', 'discharge', 'billing', 'a', 'big', 'part', 'of', 'it'])?.object.map((w) => w.stem),
    ).toEqual(['discharge', 'billing']);
    expect(partAsked(['what', 'part', 'of', 'the', 'job'])).toBeNull();
    expect(partAsked(['the', 'best', 'part', 'of', 'it'])).toBeNull();
  });

  it('is unsaid where no chosen fact names it, and answered where one does', () => {
    // Not "grief counseling": "counseling" is also a degree field (education), and which topic wins that is the
    // matcher's reading, not this rule's.
    expect(ask('is medication teaching part of what care managers do?')).toMatchObject({ roles: CARE, covered: false });
    expect(ask('is utilization review a real part of a case manager job')).toMatchObject({
      roles: CASE,
      covered: false,
    });
    expect(ask('is keeping patient records part of a case manager job?').covered).toBe(true);
  });
});
