import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KNOWLEDGE_DIR, KnowledgeError, loadKnowledge } from '../../src/knowledge/load.ts';
import { arrayAt, objectAt, type JsonObject } from '../support/json-edit.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the real knowledge base with one file broken by `edit`. */
function brokenKnowledge(file: string, edit: (data: JsonObject) => unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'career-bot-kb-'));
  dirs.push(dir);
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  const path = join(dir, file);
  mkdirSync(dirname(path), { recursive: true });
  const result = edit(existsSync(path) ? objectAt(JSON.parse(readFileSync(path, 'utf8'))) : {});
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
    const error = loadError(
      brokenKnowledge('topics/salary.json', (d) => {
        delete objectAt(d, 'facts', 'care-manager', 0).quote;
        return d;
      }),
    );
    expect(error.message).toContain(join('topics', 'salary.json'));
    expect(error.field).toBe('facts.care-manager[0].quote');
  });

  it('a wrong type', () => {
    const error = loadError(brokenKnowledge('topics/education.json', (d) => ({ ...d, related: 'skills' })));
    expect(error.message).toContain('education.json');
    expect(error.field).toBe('related');
  });

  it("an id that is not its file's name", () => {
    const error = loadError(brokenKnowledge('topics/skills.json', (d) => ({ ...d, id: 'hobbies' })));
    expect(error.message).toContain('skills.json');
    expect(error.field).toBe('id');
    expect(error.message).toContain("must match the file's name");
  });

  it('a role whose id is "both", the key of the main pair\'s shared facts', () => {
    const error = loadError(
      brokenKnowledge('roles/both.json', () => ({
        ...JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'roles', 'care-manager.json'), 'utf8')),
        id: 'both',
      })),
    );
    expect(error.message).toContain(join('roles', 'both.json'));
    expect(error.field).toBe('id');
    expect(error.message).toContain('"both" is reserved');
  });

  it('an unknown role in the main pair', () => {
    const error = loadError(
      brokenKnowledge('knowledge.json', (d) => {
        arrayAt(d, 'mainPair')[1] = 'social-worker';
        return d;
      }),
    );
    expect(error.message).toContain('knowledge.json');
    expect(error.field).toBe('mainPair[1]');
  });

  it('a related topic, a source or a fact file pointing at nothing', () => {
    expect(
      loadError(
        brokenKnowledge('topics/salary.json', (d) => {
          arrayAt(d, 'related')[0] = 'hobbies';
          return d;
        }),
      ).field,
    ).toBe('related[0]');
    const source = loadError(brokenKnowledge('topics/salary.json', (d) => ({ ...d, source: 'wikipedia' })));
    expect(source.message).toMatch(/salary\.json: source: unknown source "wikipedia"/);
    const fact = { role: 'case-manager', topic: 'hobbies', text: 'x', quote: 'Case managers' };
    const dir = brokenKnowledge('facts/extra.json', () => ({ source: 'indeed-case-vs-care-2021', facts: [fact] }));
    expect(loadError(dir).message).toMatch(/facts\/extra\.json: facts\[0\]\.topic: unknown topic "hobbies"/);
  });

  it('a quote that is not in its source, and an internal source quoted', () => {
    const quote = loadError(
      brokenKnowledge('topics/salary.json', (d) => {
        objectAt(d, 'facts', 'care-manager', 0).quote = 'Care managers earn a million';
        return d;
      }),
    );
    expect(quote.field).toBe('facts.care-manager[0].quote');
    expect(quote.message).toContain('not found in the text of source');
    const dir = brokenKnowledge('sources/hr-notes.json', () => ({
      id: 'hr-notes',
      kind: 'internal',
      title: 'HR notes',
      publisher: 'HR',
      author: 'Dana',
      date: '2026-11-01',
      reviewed: '2026-11-01',
      reviewer: 'Dana',
    }));
    // knowledge/ ships with no facts folder (git keeps no empty folder): the test makes its own.
    mkdirSync(join(dir, 'facts'), { recursive: true });
    writeFileSync(
      join(dir, 'facts', 'notes.json'),
      JSON.stringify({ source: 'hr-notes', facts: [{ role: 'case-manager', topic: 'salary', text: 'x', quote: 'y' }] }),
    );
    expect(loadError(dir).message).toMatch(/notes\.json: facts\[0\]\.quote: source "hr-notes" is internal/);
  });

  it('no topic at all', () => {
    const dir = brokenKnowledge('knowledge.json', (d) => d);
    rmSync(join(dir, 'topics'), { recursive: true });
    mkdirSync(join(dir, 'topics'));
    expect(loadError(dir).message).toMatch(/topics: no topics: add one file per topic under topics\//);
  });

  it('a role with no facts at all', () => {
    const dir = brokenKnowledge('roles/nurse-navigator.json', () => ({
      id: 'nurse-navigator',
      name: 'Nurse navigator',
      plural: 'Nurse navigators',
      emoji: ':compass:',
      aliases: ['nurse navigator'],
      head: 'navigator',
      summary: 'Guides patients.',
    }));
    expect(loadError(dir).message).toMatch(/nurse-navigator\.json: id: no facts for role "nurse-navigator"/);
  });

  it("an unknown role in a topic's facts", () => {
    const error = loadError(
      brokenKnowledge('topics/duties.json', (d) => {
        objectAt(d, 'facts').nurse = [];
        return d;
      }),
    );
    expect(error.message).toContain('duties.json');
    expect(error.message).toContain('nurse');
  });

  it('two files claiming one id', () => {
    const error = loadError(brokenKnowledge('roles/care-manager.json', (d) => ({ ...d, id: 'case-manager' })));
    expect(error.message).toMatch(/care-manager\.json: id: "case-manager" must match the file's name/);
  });

  it('unparsable data', () => {
    const error = loadError(brokenKnowledge('language.json', () => '{ "synonyms": [ '));
    expect(error.message).toMatch(/language\.json:1:\d+: not valid JSON/);
  });

  it('a fact that is an empty string', () => {
    const error = loadError(
      brokenKnowledge('topics/definition.json', (d) => {
        objectAt(d, 'facts', 'both', 0).text = '  ';
        return d;
      }),
    );
    expect(error.field).toBe('facts.both[0].text');
  });

  it('a gap pointing at an unknown topic', () => {
    const error = loadError(
      brokenKnowledge('gaps.json', (d) => {
        objectAt(d, 'aspects', 2).nearest = 'hobbies';
        return d;
      }),
    );
    expect(error.message).toContain('gaps.json');
    expect(error.field).toBe('aspects[2].nearest');
  });

  it('a gap without its sentence, and a duplicate gap id', () => {
    expect(
      loadError(
        brokenKnowledge('gaps.json', (d) => {
          delete objectAt(d, 'aspects', 0).gap;
          return d;
        }),
      ).field,
    ).toBe('aspects[0].gap');
    const duplicate = loadError(
      brokenKnowledge('gaps.json', (d) => {
        objectAt(d, 'aspects', 1).id = objectAt(d, 'aspects', 0).id;
        return d;
      }),
    );
    expect(duplicate.message).toMatch(/gaps\.json: aspects\[1\]\.id: duplicate aspect id/);
  });

  it('an unknown kind of small talk', () => {
    const error = loadError(
      brokenKnowledge('conversation.json', (d) => {
        objectAt(d, 'smalltalk').jokes = ['knock knock'];
        return d;
      }),
    );
    expect(error.message).toContain('conversation.json');
    expect(error.message).toContain('jokes');
  });
});
