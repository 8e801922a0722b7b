import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shownPath } from './load.ts';
import { FactsFileSchema, type SourceFile } from './schema.ts';

/** A fact written by `npm run kb -- add-answer` that no person has reviewed yet: the loader leaves it out. */
export type Draft = { file: string; index: number; role: string; topic: string; text: string; added: string | null; author: string | null };

/** Every draft fact under facts/, file by file. Call after loadKnowledge succeeded: the files are known to be valid. */
export function listDrafts(dir: string): Draft[] {
  const folder = join(dir, 'facts');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const file = FactsFileSchema.parse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
      return file.facts.flatMap((fact, index) =>
        fact.draft
          ? [{ file: shownPath(dir, join('facts', name)), index, role: fact.role, topic: fact.topic, text: fact.text, added: fact.added ?? null, author: fact.author ?? null }]
          : [],
      );
    });
}

/** The internal source HR answers cite, and the file holding them. */
export const HR_SOURCE_ID = 'hr-team-answers';
export const HR_FACTS_FILE = join('facts', `${HR_SOURCE_ID}.json`);
export const HR_SOURCE_FILE = join('sources', `${HR_SOURCE_ID}.json`);

export type NewDraft = { role: string; topic: string; text: string; added: string; author: string };

/** Writes a file as editors save: a whole new file renamed over the old, so the app's watcher never reads half. */
function save(path: string, data: unknown): void {
  writeFileSync(`${path}.tmp`, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

/** The internal source for the HR team's answers, as written the first time one is added. */
function hrSource(draft: NewDraft): SourceFile {
  return {
    id: HR_SOURCE_ID,
    kind: 'internal',
    title: 'Answers from the HR team',
    publisher: 'HR team',
    date: draft.added,
    author: draft.author,
    reviewed: draft.added,
    reviewer: draft.author,
    note: 'Written by npm run kb -- add-answer from answers the HR team gave in Slack. Each fact is reviewed before its "draft" flag is removed.',
  };
}

export type Written = { file: string; index: number; createdSource: boolean; createdFile: boolean; undo(): void };

/**
 * Appends a draft fact to facts/hr-team-answers.json, creating it and its internal source when missing. `undo`
 * puts both files back as they were (used when the folder no longer loads after the write).
 */
export function appendHrDraft(dir: string, draft: NewDraft): Written {
  const factsPath = join(dir, HR_FACTS_FILE);
  const sourcePath = join(dir, HR_SOURCE_FILE);
  const before = existsSync(factsPath) ? readFileSync(factsPath, 'utf8') : null;
  const createdSource = !existsSync(sourcePath);
  const data = before === null ? { source: HR_SOURCE_ID, facts: [] as unknown[] } : (JSON.parse(before) as { source: string; facts?: unknown[] });
  if (data.source !== HR_SOURCE_ID) throw new Error(`${shownPath(dir, HR_FACTS_FILE)}: source: must be "${HR_SOURCE_ID}" (it is "${data.source}")`);
  const facts = (data.facts ??= []);
  facts.push({ role: draft.role, topic: draft.topic, text: draft.text, draft: true, added: draft.added, author: draft.author });
  mkdirSync(join(dir, 'facts'), { recursive: true });
  if (createdSource) save(sourcePath, hrSource(draft));
  save(factsPath, data);
  return {
    file: shownPath(dir, HR_FACTS_FILE),
    index: facts.length - 1,
    createdSource,
    createdFile: before === null,
    undo() {
      if (before === null) rmSync(factsPath, { force: true });
      else writeFileSync(factsPath, before);
      if (createdSource) rmSync(sourcePath, { force: true });
    },
  };
}
