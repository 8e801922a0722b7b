import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, loadKnowledge } from '../../src/knowledge/load.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real knowledge base with one file broken by `edit`. */
function brokenKnowledge(file: string, edit: (data: any) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'career-bot-kb-'));
  dirs.push(dir);
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  const path = join(dir, file);
  const result = edit(JSON.parse(readFileSync(path, 'utf8')));
  writeFileSync(path, typeof result === 'string' ? result : JSON.stringify(result));
  return dir;
}

function loadError(dir: string): KnowledgeError {
  try {
    loadKnowledge(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return error as KnowledgeError;
  }
  throw new Error('the broken knowledge base loaded');
}

describe('a broken knowledge file stops the load, naming file and field', () => {
  it('loads the real one', () => {
    expect(Object.keys(loadKnowledge().topics)).toHaveLength(8);
  });

  it('a missing field', () => {
    const error = loadError(brokenKnowledge('topics/salary.json', (d) => { delete d.facts['care-manager'][0].quote; return d; }));
    expect(error.message).toContain(join('topics', 'salary.json'));
    expect(error.field).toBe('facts.care-manager[0].quote');
  });

  it('a wrong type', () => {
    const error = loadError(brokenKnowledge('topics/education.json', (d) => ({ ...d, related: 'skills' })));
    expect(error.message).toContain('education.json');
    expect(error.field).toBe('related');
  });

  it('an unknown topic', () => {
    const error = loadError(brokenKnowledge('topics/skills.json', (d) => ({ ...d, id: 'hobbies' })));
    expect(error.message).toContain('skills.json');
    expect(error.field).toBe('id');
  });

  it('an unknown role', () => {
    const error = loadError(brokenKnowledge('roles.json', (d) => { d.roles[1].id = 'social-worker'; return d; }));
    expect(error.message).toContain('roles.json');
    expect(error.field).toBe('roles[1].id');
  });

  it('an unknown role in a topic\'s facts', () => {
    const error = loadError(brokenKnowledge('topics/duties.json', (d) => { d.facts['nurse'] = []; return d; }));
    expect(error.message).toContain('duties.json');
    expect(error.message).toContain('nurse');
  });

  it('a duplicate topic id', () => {
    const error = loadError(brokenKnowledge('topics/skills.json', (d) => ({ ...d, id: 'salary' })));
    expect(error.message).toMatch(/duplicate topic id "salary"/);
    expect(error.message).toMatch(/(salary|skills)\.json/);
  });

  it('a duplicate role id', () => {
    const error = loadError(brokenKnowledge('roles.json', (d) => { d.roles[1].id = 'case-manager'; return d; }));
    expect(error.message).toMatch(/roles\.json: roles\[1\]\.id: duplicate role id/);
  });

  it('unparsable data', () => {
    const error = loadError(brokenKnowledge('language.json', () => '{ "synonyms": [ '));
    expect(error.message).toMatch(/language\.json: not valid JSON/);
  });

  it('a fact that is an empty string', () => {
    const error = loadError(brokenKnowledge('topics/definition.json', (d) => { d.facts.both[0].text = '  '; return d; }));
    expect(error.field).toBe('facts.both[0].text');
  });

  it('a gap pointing at an unknown topic', () => {
    const error = loadError(brokenKnowledge('gaps.json', (d) => { d.aspects[2].nearest = 'hobbies'; return d; }));
    expect(error.message).toContain('gaps.json');
    expect(error.field).toBe('aspects[2].nearest');
  });

  it('a gap without its sentence, and a duplicate gap id', () => {
    expect(loadError(brokenKnowledge('gaps.json', (d) => { delete d.aspects[0].gap; return d; })).field).toBe('aspects[0].gap');
    const duplicate = loadError(brokenKnowledge('gaps.json', (d) => { d.aspects[1].id = d.aspects[0].id; return d; }));
    expect(duplicate.message).toMatch(/gaps\.json: aspects\[1\]\.id: duplicate aspect id/);
  });

  it('an unknown kind of small talk', () => {
    const error = loadError(brokenKnowledge('conversation.json', (d) => { d.smalltalk.jokes = ['knock knock']; return d; }));
    expect(error.message).toContain('conversation.json');
    expect(error.message).toContain('jokes');
  });
});
