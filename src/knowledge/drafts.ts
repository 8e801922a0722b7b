import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from './load.ts';
import { FactsFileSchema, type FactsFile, type SourceFile } from './schema.ts';

/** A fact written by `npm run kb -- add-answer` that no person has reviewed yet: checked at load like any fact, never answered from. */
export type Draft = {
  file: string;
  index: number;
  role: string;
  topic: string;
  text: string;
  added: string | null;
  author: string | null;
};

/** Every facts file under facts/, in name order, with the path kb check shows. Call once the folder loaded: each is valid. */
export function readFactsFiles(dir: string): Array<{ file: string; item: FactsFile }> {
  const folder = join(dir, 'facts');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      file: shownPath(dir, join('facts', name)),
      item: FactsFileSchema.parse(JSON.parse(readFileSync(join(folder, name), 'utf8'))),
    }));
}

/** Every draft fact under facts/, file by file. Call after loadKnowledge succeeded: the files are known to be valid. */
export function listDrafts(dir: string): Draft[] {
  return readFactsFiles(dir).flatMap(({ file, item }) =>
    item.facts.flatMap((fact, index) =>
      fact.draft
        ? [
            {
              file,
              index,
              role: fact.role,
              topic: fact.topic,
              text: fact.text,
              added: fact.added ?? null,
              author: fact.author ?? null,
            },
          ]
        : [],
    ),
  );
}

/** The internal source HR answers cite, and the file holding them. */
const HR_SOURCE_ID = 'hr-team-answers';
const HR_FACTS_FILE = join('facts', `${HR_SOURCE_ID}.json`);
const HR_SOURCE_FILE = join('sources', `${HR_SOURCE_ID}.json`);

/** `from` is the short id of the escalation the answer came from: one answer is never written twice. */
export type NewDraft = { role: string; topic: string; text: string; added: string; author: string; from: string };

/** Who reviewed the HR team's answers when the source is first written: nobody, and the file says so. */
export const NOT_REVIEWED = 'nobody yet (created by npm run kb -- add-answer)';

/**
 * Reviews of a source created without one fall due the next day, so `kb check` and the insights flag it until a
 * person sets "reviewed" and "reviewer" (the schema wants both, and a positive interval).
 */
const UNREVIEWED_EVERY_DAYS = 1;

/** Where the answer from escalation `from` is already written ("facts/hr-team-answers.json facts[2]"), or null. */
export function writtenFrom(dir: string, from: string): string | null {
  const path = join(dir, HR_FACTS_FILE);
  if (!existsSync(path)) return null;
  const facts = (JSON.parse(readFileSync(path, 'utf8')) as { facts?: Array<{ from?: unknown }> }).facts ?? [];
  const index = facts.findIndex((fact) => fact.from === from);
  return index === -1 ? null : `${shownPath(dir, HR_FACTS_FILE)} facts[${index}]`;
}

/** Writes a file as editors save: a whole new file renamed over the old, so the app's watcher never reads half. */
function save(path: string, data: unknown): void {
  writeFileSync(`${path}.tmp`, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

/** The internal source for the HR team's answers, as written the first time one is added: not reviewed by anyone. */
function hrSource(draft: NewDraft): SourceFile {
  return {
    id: HR_SOURCE_ID,
    kind: 'internal',
    title: 'Answers from the HR team',
    publisher: 'HR team',
    date: draft.added,
    author: draft.author,
    reviewed: draft.added,
    reviewer: NOT_REVIEWED,
    reviewEveryDays: UNREVIEWED_EVERY_DAYS,
    note:
      'Written by npm run kb -- add-answer from answers the HR team gave in Slack. Each fact is reviewed before its "draft" flag is removed; ' +
      'once a person has checked the facts, set "reviewed" and "reviewer" and remove "reviewEveryDays".',
  };
}

/** Where the draft went (`file`, and `sourceFile` when the source was created), as messages name them. */
export type Written = { file: string; index: number; sourceFile: string | null; createdFile: boolean; undo(): void };

/**
 * Appends a draft fact to facts/hr-team-answers.json, creating it and its internal source when missing. `undo`
 * puts both files back as they were (used when the folder no longer loads after the write).
 */
export function appendHrDraft(dir: string, draft: NewDraft): Written {
  const factsPath = join(dir, HR_FACTS_FILE);
  const sourcePath = join(dir, HR_SOURCE_FILE);
  const before = existsSync(factsPath) ? readFileSync(factsPath, 'utf8') : null;
  const createdSource = !existsSync(sourcePath);
  const data =
    before === null
      ? { source: HR_SOURCE_ID, facts: [] as unknown[] }
      : (JSON.parse(before) as { source: string; facts?: unknown[] });
  if (data.source !== HR_SOURCE_ID)
    throw new Error(`${shownPath(dir, HR_FACTS_FILE)}: source: must be "${HR_SOURCE_ID}" (it is "${data.source}")`);
  data.facts ??= [];
  const facts = data.facts;
  facts.push({
    role: draft.role,
    topic: draft.topic,
    text: draft.text,
    draft: true,
    added: draft.added,
    author: draft.author,
    from: draft.from,
  });
  mkdirSync(join(dir, 'facts'), { recursive: true });
  if (createdSource) save(sourcePath, hrSource(draft));
  save(factsPath, data);
  return {
    file: shownPath(dir, HR_FACTS_FILE),
    index: facts.length - 1,
    sourceFile: createdSource ? shownPath(dir, HR_SOURCE_FILE) : null,
    createdFile: before === null,
    undo() {
      if (before === null) rmSync(factsPath, { force: true });
      else writeFileSync(factsPath, before);
      if (createdSource) rmSync(sourcePath, { force: true });
    },
  };
}
