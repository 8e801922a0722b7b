import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { unmatchablePhrases } from '../../src/search/unmatchable.ts';
import { copyKnowledge } from '../support/knowledge-copy.ts';

// Issue 18 point 6 (and 19 point 3): the check says which alias or term can never match as written, and why.
const copy = copyKnowledge();
afterAll(() => copy.remove());

describe('aliases and terms that can never match', () => {
  it('none in the shipped knowledge', () => {
    expect(unmatchablePhrases(loadKnowledge())).toEqual([]);
  });

  it('names the file and the reason: an abbreviation expanded, another job, another role', () => {
    const topicFile = join(copy.dir, 'topics', 'salary.json');
    const topic = JSON.parse(readFileSync(topicFile, 'utf8'));
    topic.ask.terms.push('exp', 'surgeon');
    writeFileSync(topicFile, JSON.stringify(topic));
    const roleFile = join(copy.dir, 'roles', 'care-manager.json');
    const role = JSON.parse(readFileSync(roleFile, 'utf8'));
    role.aliases.push('case manager', 'the', 'care');
    writeFileSync(roleFile, JSON.stringify(role));
    const found = unmatchablePhrases(loadKnowledge(copy.dir));
    const why = (phrase: string) => found.find((u) => u.phrase === phrase)?.why ?? '';
    expect(why('exp')).toContain('abbreviations expand "exp"');
    expect(why('surgeon')).toContain('otherJobs');
    expect(found.some((u) => u.phrase === 'case manager' && u.file.startsWith('roles/'))).toBe(true);
    expect(why('the')).toContain('only grammar words');
    expect(why('care')).toContain('everyday English word');
  });

  it('warns about a one-word alias that means something else: a word the language file reads, an English short form', () => {
    const roleFile = join(copy.dir, 'roles', 'case-manager.json');
    const role = JSON.parse(readFileSync(roleFile, 'utf8'));
    role.aliases.push('pt', 'rn', 'ot', 'ip', 'cmx');
    writeFileSync(roleFile, JSON.stringify(role));
    const found = unmatchablePhrases(loadKnowledge(copy.dir)).filter((u) => u.alsoMeans);
    const why = (phrase: string) => found.find((u) => u.phrase === phrase)?.why ?? '';
    expect(why('pt')).toContain('abbreviations read "pt" as "patient"');
    expect(why('rn')).toContain('the term "nurse"');
    expect(why('ot')).toContain('gaps.json');
    expect(why('ip')).toContain('short form English writes for other things');
    expect(found.map((u) => u.phrase)).not.toContain('cmx');
  });
});
