import { z } from 'zod';

/** Role, topic, source and aspect ids: lowercase words joined by hyphens, as in the file names. */
export const IdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'lowercase words joined by hyphens');
export type RoleId = string;
export type TopicId = string;
export type SourceId = string;
/** The key of a topic's facts shared by the main pair of roles. */
export const BOTH = 'both';

const text = z.string().trim().min(1);

/** Guru's default: a fact nobody has checked for a quarter is flagged. */
export const DEFAULT_REVIEW_EVERY_DAYS = 90;

/** The main pair of roles, and how often a person should check a source's facts. */
export const SettingsSchema = z.strictObject({
  /** The two roles `/career compare` compares by default, and what "both" means when nothing else was discussed. */
  mainPair: z.tuple([IdSchema, IdSchema]),
  /** Days until a source's facts are due for a review, unless the source sets its own. */
  reviewEveryDays: z.number().int().positive().default(DEFAULT_REVIEW_EVERY_DAYS),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * What a source is: a published `article`, a hospital `policy`, a `job-description` (a hospital's own description of
 * a position: its duties, requirements and pay grade), a web `page`, or `internal` notes the HR team writes down.
 */
const SOURCE_KINDS = ['article', 'policy', 'job-description', 'page', 'internal'] as const;

export const SourceSchema = z
  .strictObject({
    id: IdSchema,
    kind: z.enum(SOURCE_KINDS),
    title: text,
    /** Who published it, or for the hospital's own sources, who owns it. */
    publisher: text,
    date: z.iso.date(),
    /** How cards show the date; "June 3, 2021" when not given. */
    dateLabel: text.optional(),
    /** The source's text, relative to the knowledge folder: quotes are traced to it. Internal sources have none. */
    file: text.optional(),
    /** Who wrote an internal source down. */
    author: text.optional(),
    /** The hospital's own source: its facts are marked so and shown first. Internal sources always are. */
    local: z.boolean().optional(),
    /** When a person last checked its facts are still right, and who. */
    reviewed: z.iso.date(),
    reviewer: text,
    reviewEveryDays: z.number().int().positive().optional(),
    /** Where the source can be read, for people reading the file: accepted, not shown on cards. */
    url: z.url().optional(),
    /** For people reading the file, not shown on cards ("written for career-bot's tests"). */
    note: text.optional(),
  })
  .superRefine((source, ctx) => {
    if (source.kind === 'internal') {
      if (source.file)
        ctx.addIssue({ code: 'custom', path: ['file'], message: 'an internal source has no text to quote' });
      if (!source.author)
        ctx.addIssue({ code: 'custom', path: ['author'], message: 'an internal source needs an author' });
    } else if (!source.file) {
      ctx.addIssue({
        code: 'custom',
        path: ['file'],
        message: `a source of kind "${source.kind}" needs its text (file)`,
      });
    }
  });
export type SourceFile = z.infer<typeof SourceSchema>;

/** A source as the app uses it: its text read, its defaults filled in. */
export type Source = SourceFile & {
  dateLabel: string;
  local: boolean;
  reviewEveryDays: number;
  /** The source's text, or null for an internal source. */
  text: string | null;
};

export const RoleSchema = z.strictObject({
  /** Never "both": in topics and facts files that key means the main pair's shared facts. */
  id: IdSchema.refine((id) => id !== BOTH, `"${BOTH}" is reserved for the facts the main pair shares`),
  name: text,
  plural: text,
  emoji: text,
  /** Phrases that name this role in a question (after normalisation), e.g. "nurse case manager". */
  aliases: z.array(text).min(1),
  /** The word that tells this role apart in "case and care managers". */
  head: text,
  summary: text,
  /**
   * Organisations and credentials only this role has ("NACCM" → care manager): a question that names one and no
   * role is about this role.
   */
  organisations: z.array(text).default([]),
  /**
   * Short forms not to derive from the aliases ("PN", when "palliative nurse" gives it but it means practical nurse
   * here), as kb check lists them: a form listed here names the role only if an alias writes it.
   */
  noShortForms: z.array(text).optional(),
  /** Where the role comes in lists after the main pair; then by id. */
  order: z.number().optional(),
  /**
   * Questions people ask about this role, each with the topic it should get: `npm run kb -- check` asks them and
   * reports any that land elsewhere (a self-test of the aliases and terms).
   */
  examples: z.array(z.strictObject({ question: text, topic: IdSchema })).optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const FactSchema = z.strictObject({
  /** What the bot says, in Slack mrkdwn. */
  text: text,
  /** The source's own words this fact rests on, verbatim: the loader checks it is in the source. */
  quote: text,
});
export type Fact = z.infer<typeof FactSchema>;

/** A fact as answers carry it: with the source it cites and where in that source. */
export type CitedFact = {
  text: string;
  quote: string | null;
  source: SourceId;
  section: string | null;
  /** From one of the hospital's own sources. */
  local: boolean;
  /** Ids of gaps.json aspects this fact answers fully. */
  answers: string[];
  /** Ids of gaps.json aspects this fact answers in part: the gap line stays. */
  touches: string[];
  /** Stated in its topic's own file: cited with the topic's section heading (for two roles, both headings). */
  ofTopic: boolean;
};

/** A weighted way of asking: strong terms decide a topic alone, weak ones only help. */
const TermSchema = z.union([text, z.strictObject({ term: text, weight: z.number().positive().max(3) })]);

export const TopicSchema = z.strictObject({
  id: IdSchema,
  /** Where the topic comes in lists (the article's order for the shipped ones). */
  order: z.number(),
  /** The source the facts in this file cite. */
  source: IdSchema,
  title: text,
  /** The source's section heading this topic cites. */
  section: text,
  /** Where the section heading differs by role (the article's two "What is ...?" sections). */
  roleSections: z.record(IdSchema, text).optional(),
  summary: text,
  /** Facts by role id, and under "both" the facts the main pair shares. */
  facts: z.record(IdSchema, z.array(FactSchema)),
  /** What the source does not say for a role, so the bot says so instead of guessing. */
  silent: z.record(IdSchema, text).optional(),
  related: z.array(IdSchema).max(3),
  ask: z.strictObject({
    examples: z.array(text).min(3),
    terms: z.array(TermSchema).min(1),
  }),
});
export type TopicFile = z.infer<typeof TopicSchema>;
/** A topic as the app uses it: the facts of every source merged (the hospital's own first), by role id and "both". */
export type Topic = Omit<TopicFile, 'facts' | 'silent'> & {
  facts: Record<string, CitedFact[]>;
  silent: Record<string, string>;
  /** The sources each role's silent note comes from, so the card cites them. */
  silentFrom: Record<string, SourceId[]>;
};

/** One fact of a facts file. */
export const FactEntrySchema = z.strictObject({
  role: IdSchema,
  topic: IdSchema,
  text: text,
  /** Required when the source has a text, absent for an internal source. */
  quote: text.optional(),
  section: text.optional(),
  /** Written by `npm run kb -- add-answer`, not reviewed yet: checked like any fact, answered from only once a person removes the flag. */
  draft: z.boolean().optional(),
  /** gaps.json aspects this fact answers fully: the card no longer says the sources are silent on them. */
  answers: z.array(IdSchema).optional(),
  /**
   * gaps.json aspects this fact speaks to in part ("the hospital reimburses the exam fee" touches what the exam
   * costs): the fact is shown for them, and the card still says what the sources do not.
   */
  touches: z.array(IdSchema).optional(),
  /**
   * This fact says what its topic's silent note for the role says no source does (the hospital's own pay band
   * beside "the article gives no salary figure"): the note is no longer shown for that role and topic.
   */
  answersSilent: z.boolean().optional(),
  /** When and by whom the fact was written down. */
  added: z.iso.date().optional(),
  author: text.optional(),
  /** The short id of the escalation whose answer this is: add-answer never writes one twice. */
  from: text.optional(),
});
export const SilentNoteSchema = z.strictObject({ role: IdSchema, topic: IdSchema, text: text });

/** More facts, all citing one source: a local policy, a new role's source, answers from the HR team. */
export const FactsFileSchema = z.strictObject({
  source: IdSchema,
  facts: z.array(FactEntrySchema).default([]),
  silent: z.array(SilentNoteSchema).default([]),
});
/** A facts file's envelope, its facts and notes read one by one (a broken fact does not hide the others' checks). */
export const FactsEnvelopeSchema = z.strictObject({
  source: IdSchema,
  facts: z.array(z.unknown()).default([]),
  silent: z.array(z.unknown()).default([]),
});
export type FactsFile = z.infer<typeof FactsFileSchema>;

export const LanguageSchema = z.strictObject({
  /** Each group maps the ways people say a thing to one canonical term that topic terms use. */
  synonyms: z.array(z.strictObject({ canonical: text, variants: z.array(text).min(1) })),
  /** Words that carry no meaning for matching. */
  stopwords: z.array(text),
  /** Other occupations: a question about one of these, naming neither of our roles, is declined. */
  otherJobs: z.array(text),
  /**
   * The nouns English job titles end with ("navigator", "technician", "clerk"), and where the list comes from: a
   * title that ends with one ("patient navigator") and is none of the roles' phrases names another job. A role's
   * aliases and every other list win; the last word of a role's name ("manager") names another job only with a
   * modifier of its own ("program manager"). Absent: none.
   */
  jobHeads: z.strictObject({ from: text, words: z.array(text).min(1) }).optional(),
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
  /**
   * Other languages the hospital's staff write in, each with its closed class of grammar words (articles, pronouns,
   * prepositions, conjunctions, question words, auxiliaries and modals) and their English: a message using several
   * of them is read in English (src/search/other-language.ts), its other words through their English cognates. A
   * word written with its accent ("qué") is matched only so typed, or unaccented at the start of a sentence. Absent:
   * none.
   */
  otherLanguages: z
    .array(
      z.strictObject({
        language: text,
        words: z.record(text, z.string()),
      }),
    )
    .default([]),
});
export type Language = z.infer<typeof LanguageSchema>;

/**
 * What the bot says when asked to look up a person, a patient, an office, a phone number or a schedule, which it
 * cannot: the hospital says where to ask instead (contacts.json).
 */
export const ContactsSchema = z.strictObject({
  /** How people ask for such a lookup ("extension", "office hours", "page the"): a message using one is declined. */
  ways: z.array(text).min(1),
  /** Said first, kindly: why the bot cannot help with that. */
  reply: text,
  /** Where to ask instead, each for one kind of request. */
  askInstead: z.array(z.strictObject({ what: text, where: text })).min(1),
  /**
   * Said instead when asked to do something for the asker (file, write, send, schedule, refer): what the bot cannot
   * do, and where such things get done. Optional for an older folder, which gets a neutral line.
   */
  requests: z
    .strictObject({ reply: text, askInstead: z.array(z.strictObject({ what: text, where: text })).min(1) })
    .default({
      reply:
        "I can't do things for you, such as filing, writing, sending, scheduling or referring: I only answer general questions about the roles.",
      askInstead: [{ what: 'Anything to be done for you', where: 'the people or department who usually do it' }],
    }),
});
export type Contacts = z.infer<typeof ContactsSchema>;

export const SMALLTALK_KINDS = [
  'greeting',
  'thanks',
  'farewell',
  'identity',
  'capabilities',
  'praise',
  'apology',
  'joke',
] as const;

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
    /** The asker's apologies for asking ("sorry for all the questions"); optional for a folder written before them. */
    apology: z.array(text).default([]),
    /**
     * The things of humour one asks the bot for ("joke", "pun", "something funny"): a sentence asking for one is small
     * talk, whatever the joke is about ("a case management joke"). Optional for a folder written before them.
     */
    joke: z.array(text).default([]),
  }),
  /**
   * What the bot says when asked for a joke: short, harmless, about the roles; one is picked by the message. Optional
   * for a folder written before them, which gets a plain line.
   */
  jokes: z.array(text).min(1).default(["I'm better at careers than comedy, I'm afraid."]),
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
  /**
   * Phrases, at the start of a sentence, that go back to an earlier topic of the thread: the one they name ("circling
   * back to experience - ..."), or else the one before the last ("ok back to the other thing"). Absent: none.
   */
  backTo: z.array(text).default([]),
  /** Phrases that go back to the thread's first topic: "back to my first question". Absent: none. */
  backToFirst: z.array(text).default([]),
  /**
   * Phrases that ask the thread's last two questions again ("the same two for care managers"): one answer gives one
   * topic, the first of the two. Absent: none.
   */
  bothQuestions: z.array(text).default([]),
  /** Phrases that point back at the previous question ("they", "that", "what about", "tell me more"). */
  references: z.array(text),
  /** Phrases that mean the role the previous question was not about ("the other one"). */
  otherRole: z.array(text),
  /**
   * Phrases that set the role after them aside ("not", "rather than"): "sorry, case not care" and "I meant case
   * managers, not care managers" are about case managers only. Absent: none.
   */
  notRole: z.array(text).default([]),
  /**
   * English's markers of a repair inside one message ("I mean", "wait no", "scratch that", "or rather"): a role right
   * after one replaces the role named before it ("what do case managers earn, wait no, care managers"). Absent: none.
   */
  corrections: z.array(text).default([]),
  /**
   * English's markers that a message leaves the thread for another matter ("unrelated but", "different question",
   * "off topic"): opening a message, it is read alone, as if nothing had been asked before. Absent: none.
   */
  newSubject: z.array(text).default([]),
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
  nearest: IdSchema,
  /** Only a gap when the answer is on one of these topics ("in Texas" is a gap for salary, not for a definition). */
  onlyWith: z.array(IdSchema).min(1).optional(),
  /**
   * The plain sentence shown first: "Nothing in {sources} says what the certification exam costs." `{sources}` is said
   * "the article" while it is the only source, "the sources" once there are more.
   */
  gap: text,
});
export type Aspect = z.infer<typeof AspectSchema>;
export const GapsFileSchema = z.strictObject({ aspects: z.array(AspectSchema).min(1) });

export type KnowledgeBase = {
  settings: Settings;
  sources: Record<SourceId, Source>;
  roles: Record<RoleId, Role>;
  /** Every role id: the main pair first, then by order and id. */
  roleOrder: RoleId[];
  topics: Record<TopicId, Topic>;
  /** Every topic id, in order. */
  topicOrder: TopicId[];
  language: Language;
  conversation: Conversation;
  /** Where to ask for what the bot cannot look up (people, patients, offices, phones, schedules). */
  contacts: Contacts;
  /** What the sources do not cover, and the ways people ask for it. */
  gaps: Aspect[];
};

/** A parsed file and where it was read from (relative to the knowledge folder), for errors that name it. */
export type Read<T> = { item: T; file: string };

/** Every file of the folder, parsed, before anything is checked against anything else. */
export type KnowledgeFiles = {
  settings: Settings;
  sources: Record<SourceId, Source>;
  roleFiles: Array<Read<Role>>;
  topicFiles: Array<Read<TopicFile>>;
  factFiles: Array<Read<FactsFile>>;
  language: Language;
  conversation: Conversation;
  contacts: Contacts;
  gaps: Aspect[];
};
