/**
 * The keeper's self-test: the questions the knowledge itself gives as examples (each topic's `ask.examples`, each
 * role's `examples`) and the keeper's own file of questions, answered by the real matcher. A question that does
 * not land on its topic and roles is reported with what it got and which words counted.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import { reportIssues } from '../knowledge/wording.ts';
import { replay } from '../conversation/context.ts';
import { analyze } from '../search/analyze.ts';
import { createAnswerer, type Answer } from '../search/answer.ts';
import { createMatcher, OWN_SOURCE_WEIGHT } from '../search/matcher.ts';
import { compoundKey, stemPhrase } from '../search/normalize.ts';
import { createSpeller } from '../search/spelling.ts';

/** A question and what it should get: a topic (null: declined) and, when given, exactly these roles. */
export type Expectation = {
  question: string;
  previous?: string[];
  topic: string | null;
  roles?: string[];
  from: string;
};
export type Miss = Expectation & { got: { kind: Answer['kind']; topic: string | null; roles: string[] }; why: string };
export type SelfTest = { asked: number; passed: number; missed: Miss[] };

/** What an item of a questions file with neither "question" nor "q" is told. */
const NO_QUESTION = 'missing: expected a text in double quotes (the key is "question", or "q" for short)';

/**
 * `kb check --questions FILE`: a list of questions with what each should get (docs/knowledge.md). The question's key
 * is "question", as `ask --json` reads it, or "q", as keepers and the labelled sets write it; one of them, not both.
 */
export const QuestionsFileSchema = z.array(
  z
    .strictObject({
      question: z.string().trim().min(1).optional(),
      q: z.string().trim().min(1).optional(),
      /** The thread's earlier messages, oldest first: the question is then a follow-up to them. */
      previous: z.array(z.string()).optional(),
      /** The topic's id, or null for a question the bot should decline. */
      topic: z.string().nullable(),
      /** The roles the answer is for, in any order; any roles when absent; [] for a decline (it is for no role). */
      roles: z.array(z.string()).optional(),
      /** For the keeper: why the question is in the file. */
      note: z.string().optional(),
    })
    .superRefine((item, ctx) => {
      if (item.question === undefined && item.q === undefined)
        ctx.addIssue({ code: 'custom', path: ['question'], message: NO_QUESTION });
      else if (item.question !== undefined && item.q !== undefined)
        ctx.addIssue({ code: 'custom', path: ['q'], message: 'given with "question" too: write the question once' });
    })
    .transform(({ question, q, ...rest }) => ({ question: (question ?? q)!, ...rest })),
);

/** What the knowledge folder itself says people ask: every topic's examples and every role's. */
export function ownExamples(kb: KnowledgeBase): Expectation[] {
  const topics = kb.topicOrder.flatMap((id) =>
    kb.topics[id]!.ask.examples.map((question, i) => ({
      question,
      topic: id,
      from: `topics/${id}.json ask.examples[${i}]`,
    })),
  );
  const roles = kb.roleOrder.flatMap((id) =>
    (kb.roles[id]!.examples ?? []).map((example, i) => ({
      question: example.question,
      topic: example.topic,
      roles: [id],
      from: `roles/${id}.json examples[${i}]`,
    })),
  );
  return [...topics, ...roles];
}

/** What a questions file holds, said after what is wrong with one. */
const QUESTIONS_FORMAT =
  'A questions file is a list of { "question": "…", "topic": "salary" or null, "roles": ["…"] } ' +
  '("q" for "question" accepted; "roles", "previous" and "note" optional; docs/knowledge.md: Self-test)';

/**
 * Each thing wrong with the file's items, worded as `kb check` words the knowledge's own files (item, field, what
 * was found, what is expected); the first says what the file holds.
 */
function schemaProblems(path: string, issues: readonly z.core.$ZodIssue[], data: unknown): string[] {
  const problems: string[] = [];
  reportIssues(issues, data, QuestionsFileSchema, (field, message) => {
    problems.push(`${path}${field === '(whole file)' ? '' : field}: ${message}`);
  });
  problems[0] = `${problems[0] ?? `${path}: not a questions file`}. ${QUESTIONS_FORMAT}`;
  return problems;
}

/**
 * What is wrong with the roles a question expects, given its topic: a decline is for no role, even one that names a
 * role or a place ("what's the number of the transplant office"), as `ask --json` says; an answer is for one or more.
 */
function rolesProblem(topic: string | null, roles: number): string | null {
  if (topic === null && roles > 0)
    return 'a declined question (topic null) is for no role: write "roles": [] or leave it out, even when it names a role or a place';
  if (topic !== null && roles === 0)
    return 'an answer is always for at least one role: name them, or leave "roles" out to accept any';
  return null;
}

/** The keeper's own questions file, checked against the knowledge's ids; problems as messages. */
export function readQuestionsFile(
  path: string,
  kb: KnowledgeBase,
): { expectations: Expectation[]; problems: string[] } {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return { expectations: [], problems: [`${path}: cannot read it as JSON (${(error as Error).message})`] };
  }
  const parsed = QuestionsFileSchema.safeParse(data);
  if (!parsed.success) return { expectations: [], problems: schemaProblems(path, parsed.error.issues, data) };
  const problems: string[] = [];
  parsed.data.forEach((entry, i) => {
    if (entry.topic !== null && !kb.topics[entry.topic])
      problems.push(`${path}[${i}].topic: unknown topic "${entry.topic}": the topics are ${kb.topicOrder.join(', ')}`);
    for (const role of entry.roles ?? [])
      if (!kb.roles[role])
        problems.push(`${path}[${i}].roles: unknown role "${role}": the roles are ${kb.roleOrder.join(', ')}`);
    const roles = entry.roles?.length;
    if (roles !== undefined) {
      const problem = rolesProblem(entry.topic, roles);
      if (problem) problems.push(`${path}[${i}].roles: ${problem}`);
    }
  });
  const expectations = parsed.data.map(({ question, previous, topic, roles }, i) => ({
    question,
    ...(previous?.length ? { previous } : {}),
    topic,
    ...(roles ? { roles } : {}),
    from: `${path}[${i}]`,
  }));
  return { expectations, problems };
}

const sameRoles = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((role) => b.includes(role));

function lands(answer: Answer, expected: Expectation): boolean {
  if (expected.topic === null) return answer.kind !== 'answer';
  if (answer.kind !== 'answer' || answer.topic !== expected.topic) return false;
  if (!expected.roles) return true;
  // A role's own example is about that role: the answer is for it (a comparison that includes it lands too).
  return expected.from.startsWith('roles/')
    ? expected.roles.every((role) => answer.roles.includes(role))
    : sameRoles(answer.roles, expected.roles);
}

/** Which words of the question counted, and for what: what a keeper changes (aliases, terms) to steer it. */
function explainer(kb: KnowledgeBase) {
  const matcher = createMatcher(kb);
  const correct = createSpeller(matcher.lexicon.words);
  return (question: string): string => {
    // A credential points to the topics of its role's facts that name it: say which, or that none does.
    const credentialPart = (word: string, role: string) => {
      const topics = [...matcher.lexicon.factWords.topics([word]).keys()];
      const written = kb.roles[role]?.organisations.find((o) => stemPhrase(compoundKey(o)) === word) ?? word;
      return topics.length
        ? `"${written}": a credential of ${role} → ${topics.join(', ')} (the facts that name it)`
        : `"${written}": a credential of ${role}, named in no fact, so it points to no topic (write it in the fact it is about)`;
    };
    // "policy" is off-topic except about a role the hospital's own policy has facts for: say which, and where.
    const offTopicPart = (phrase: string) => {
      const own = [...(matcher.lexicon.ownSources.get(stemPhrase(phrase)) ?? [])];
      const roles = own.map(([role, topics]) => `${role} → ${topics.join(', ')} ${OWN_SOURCE_WEIGHT} each`).join('; ');
      return `"${phrase}": off topic (language.json offTopic)${roles ? `, except about a role of the hospital's own ${phrase}: ${roles}` : ''}`;
    };
    const analysis = analyze(question, matcher.lexicon, correct);
    const parts = analysis.concepts.map((concept) => {
      switch (concept.kind) {
        case 'role':
          return concept.credential ? credentialPart(concept.credential, concept.role) : `a role: ${concept.role}`;
        case 'short-form':
          return `"${concept.phrase}": short for ${concept.roles.join(' or ')}`;
        case 'term': {
          const topics = (matcher.lexicon.termTopics.get(concept.term) ?? []).map((t) => `${t.topic} ${t.weight}`);
          return `"${concept.term}" → ${topics.join(', ') || 'no topic'}${concept.role ? ` (and the role ${concept.role})` : ''}`;
        }
        case 'job':
          return `"${concept.phrase}": another occupation (language.json otherJobs, or a title ending with one of its jobHeads)`;
        case 'off-topic':
          return offTopicPart(concept.phrase);
        case 'fact-word':
          return `"${concept.word}": a word of the facts`;
        case 'both-roles':
          return 'both roles';
        default:
          return concept.kind;
      }
    });
    if (analysis.unknown.length) parts.push(`not known: ${analysis.unknown.map((w) => `"${w}"`).join(', ')}`);
    return parts.length ? parts.join('; ') : 'no word of it is known to the knowledge';
  };
}

/** Answers every question as people would ask it, each on its own (no conversation before it). */
export function selfTest(kb: KnowledgeBase, expectations: readonly Expectation[]): SelfTest {
  const answerer = createAnswerer(kb);
  const why = explainer(kb);
  const missed: Miss[] = [];
  for (const expected of expectations) {
    const answer = answerer.ask(expected.question, replay(answerer, expected.previous ?? []));
    if (lands(answer, expected)) continue;
    missed.push({
      ...expected,
      got: { kind: answer.kind, topic: answer.topic, roles: answer.roles },
      why: why(expected.question),
    });
  }
  return { asked: expectations.length, passed: expectations.length - missed.length, missed };
}
