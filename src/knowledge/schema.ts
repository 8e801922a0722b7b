import { z } from 'zod';

// The ids are fixed by the article's structure: adding a topic or role is a schema change on purpose,
// because every surface (cards, buttons, the CLI contract) relies on them.
export const ROLE_IDS = ['case-manager', 'care-manager'] as const;
export const TOPIC_IDS = [
  'definition',
  'duties',
  'education',
  'experience',
  'certification',
  'work-environment',
  'salary',
  'skills',
] as const;

export const RoleIdSchema = z.enum(ROLE_IDS);
export const TopicIdSchema = z.enum(TOPIC_IDS);
export type RoleId = z.infer<typeof RoleIdSchema>;
export type TopicId = z.infer<typeof TopicIdSchema>;

const text = z.string().trim().min(1);

export const SourceSchema = z.strictObject({
  title: text,
  publisher: text,
  date: z.iso.date(),
  dateLabel: text,
  /** Path of the article's text, relative to the knowledge folder. */
  file: text,
});
export type Source = z.infer<typeof SourceSchema>;

export const RoleSchema = z.strictObject({
  id: RoleIdSchema,
  name: text,
  plural: text,
  emoji: text,
  /** Phrases that name this role in a question (after normalisation), e.g. "nurse case manager". */
  aliases: z.array(text).min(1),
  /** The word that tells this role apart in "case and care managers". */
  head: text,
  summary: text,
  /**
   * Organisations and credentials the article ties to this role only ("NACCM" → care manager): a question that
   * names one and no role is about this role.
   */
  organisations: z.array(text).default([]),
});
export type Role = z.infer<typeof RoleSchema>;

export const RolesFileSchema = z.strictObject({ roles: z.array(RoleSchema).min(1) });

export const FactSchema = z.strictObject({
  /** What the bot says, in Slack mrkdwn. */
  text: text,
  /** The article's own words this fact rests on, verbatim: the test checks it is in the source. */
  quote: text,
});
export type Fact = z.infer<typeof FactSchema>;

/** A weighted way of asking: strong terms decide a topic alone, weak ones only help. */
export const TermSchema = z.union([
  text,
  z.strictObject({ term: text, weight: z.number().positive().max(3) }),
]);

export const TopicSchema = z.strictObject({
  id: TopicIdSchema,
  title: text,
  /** The article's section heading this topic cites. */
  section: text,
  /** Where the section heading differs by role (the article's two "What is ...?" sections). */
  roleSections: z.partialRecord(RoleIdSchema, text).optional(),
  summary: text,
  facts: z.strictObject({
    'case-manager': z.array(FactSchema),
    'care-manager': z.array(FactSchema),
    both: z.array(FactSchema),
  }),
  /** What the article does not say for a role, so the bot says so instead of guessing. */
  silent: z.partialRecord(RoleIdSchema, text).optional(),
  related: z.array(TopicIdSchema).max(3),
  ask: z.strictObject({
    examples: z.array(text).min(3),
    terms: z.array(TermSchema).min(1),
  }),
});
export type Topic = z.infer<typeof TopicSchema>;

export const LanguageSchema = z.strictObject({
  /** Each group maps the ways people say a thing to one canonical term that topic terms use. */
  synonyms: z.array(
    z.strictObject({ canonical: text, variants: z.array(text).min(1) }),
  ),
  /** Words that carry no meaning for matching. */
  stopwords: z.array(text),
  /** Other occupations: a question about one of these, naming neither of our roles, is declined. */
  otherJobs: z.array(text),
  /** Phrases that name both roles at once ("both roles", "the two"). */
  bothRoles: z.array(text),
  /** Words that mark a question as being about something else (IT, HR chores): the bot declines it. */
  offTopic: z.array(text),
  /** Regular expressions over single words, each standing for a canonical term ("$58k" is about salary). */
  patterns: z.array(
    z.strictObject({
      pattern: text.refine((p) => {
        try {
          new RegExp(p, 'u');
          return true;
        } catch {
          return false;
        }
      }, 'not a valid regular expression'),
      canonical: text,
    }),
  ),
  /**
   * Auxiliary verbs: "do" is a duties cue in "what does a care manager do" but only grammar in "do case managers
   * need a license". A term listed here counts only when no role is named after it.
   */
  auxiliaries: z.array(text),
  /** Short forms people type, expanded word by word before anything else ("mgr" → "manager", "whr" → "where"). */
  abbreviations: z.record(z.string().regex(/^\S+$/, 'one word without spaces'), text),
  /** Words that join the two roles' head words, as in "case and care managers" or "case vs care manager". */
  joiners: z.array(text),
});
export type Language = z.infer<typeof LanguageSchema>;

export const SMALLTALK_KINDS = ['greeting', 'thanks', 'farewell', 'identity', 'capabilities', 'praise'] as const;

const phrases = z.array(text).min(1);

/** How people talk to the bot besides asking: small talk, and the words that lean on the previous question. */
export const ConversationSchema = z.strictObject({
  /** Whole messages that are small talk, by kind; a message made only of these (and filler) is not a question. */
  smalltalk: z.strictObject({
    greeting: phrases,
    thanks: phrases,
    farewell: phrases,
    identity: phrases,
    capabilities: phrases,
    praise: phrases,
  }),
  /** Words that may surround small talk without making it a question ("so much", "bot", "again"). */
  fillers: z.array(text),
  /** Phrases that compare the roles, so a question using one is about both ("difference", "in common", "which one"). */
  comparison: z.array(text),
  /**
   * Phrases that set the role named against the previous question's ("is that more than care managers?", "how do
   * those differ from case managers' skills?"): such a follow-up is about both. Unlike "the same for", which asks
   * about the role named only.
   */
  contrast: z.array(text),
  /** Phrases that ask the previous question again, for another role: "same for", "does that also apply to". */
  sameTopic: z.array(text),
  /** Phrases that point back at the previous question ("they", "that", "what about", "tell me more"). */
  references: z.array(text),
  /** Phrases that mean the role the previous question was not about ("the other one"). */
  otherRole: z.array(text),
  /**
   * Topic terms too vague to change a conversation's topic ("need", "become"): "what would a case manager need
   * instead?" after a skills answer stays on skills.
   */
  generic: z.array(text),
  /**
   * Terms that shape a question ("what is", "tell me about", "job"): in a follow-up that names no role they pick no
   * topic of their own; "what is a care manager?" still asks for the definition.
   */
  questionForms: z.array(text),
});
export type Conversation = z.infer<typeof ConversationSchema>;

/**
 * Something people ask about that the article does not state (cost, weekends, renewal): the bot answers with the
 * nearest topic and says first, plainly, what the source does not cover.
 */
export const AspectSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'lowercase words joined by hyphens'),
  /** The ways people ask for it, as phrases matched after normalisation ("how much does * cost" is written "cost"). */
  ways: z.array(text).min(1),
  /** Phrases that ask for it only together, anywhere in the sentence: ["how long", "exam"]. */
  together: z.array(z.array(text).min(2)).optional(),
  /** The topic to answer with when the question names none of its own. */
  nearest: TopicIdSchema,
  /** Only a gap when the answer is on one of these topics ("in Texas" is a gap for salary, not for a definition). */
  onlyWith: z.array(TopicIdSchema).min(1).optional(),
  /** The plain sentence shown first: "The article does not say what the certification exam costs." */
  gap: text,
});
export type Aspect = z.infer<typeof AspectSchema>;
export const GapsFileSchema = z.strictObject({ aspects: z.array(AspectSchema).min(1) });

export type KnowledgeBase = {
  source: Source;
  /** The article's full text, for tracing quotes. */
  article: string;
  roles: Record<RoleId, Role>;
  topics: Record<TopicId, Topic>;
  language: Language;
  conversation: Conversation;
  /** What the article does not cover, and the ways people ask for it. */
  gaps: Aspect[];
};
