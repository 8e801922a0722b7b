import type { KnowledgeBase, Source } from './schema.ts';

/**
 * What one source is called in a sentence: its kind ("article", "policy", "job description"), or "source" for the HR
 * team's notes.
 */
export const kindWord = (source: Pick<Source, 'kind'>) =>
  source.kind === 'internal' ? 'source' : source.kind.replaceAll('-', ' ');

/** What the bot answers from, as a sentence names it: "the article" while it is the only source, else "the sources". */
export function sourcesName(kb: Pick<KnowledgeBase, 'sources'>): string {
  const sources = Object.values(kb.sources);
  return sources.length === 1 ? `the ${kindWord(sources[0]!)}` : 'the sources';
}

/**
 * A sentence from the knowledge files with `{sources}` said for this knowledge: gaps.json says what "the article" does
 * not cover while it is the only source, and what "the sources" do not once the hospital has added its own.
 */
export const withSourcesNamed = (text: string, kb: Pick<KnowledgeBase, 'sources'>) =>
  text.replaceAll('{sources}', sourcesName(kb));
