import type { Aspect, RoleId, TopicId } from '../knowledge/schema.ts';
import type { Asked, Unsaid } from './unsaid.ts';

/** What a run of words in a question stands for. */
export type Concept =
  /**
   * `credential`: the stemmed word of a one-word organisation or credential only this role has ("ccds"), which is no
   * topic's term: the role's facts that name it say what it is about.
   */
  /**
   * `past`: the asker's own past ("my experience as a social worker"); `standard`: what another role is likened to
   * ("do care managers get certified through ANCC *like case managers do*"). Either is set aside when another role is
   * asked about.
   */
  /**
   * `setting`: an alias that names the role's field rather than a person ("palliative care" of a palliative care
   * nurse): beside another role asked about, the field is where the asker has been or what the work touches.
   */
  | {
      kind: 'role';
      role: RoleId;
      credential?: string;
      past?: boolean;
      standard?: boolean;
      apart?: boolean;
      setting?: boolean;
    }
  /** A short form several roles are written as ("CM"): the conversation decides which, or it names them all. */
  | { kind: 'short-form'; roles: RoleId[]; phrase: string }
  | { kind: 'both-roles' }
  /**
   * `forThread`: named after a subject that points back, in a yes-or-no question ("is *that* for RNs only?", "is that
   * number for RNs or anyone"): it says whom what the thread said holds for, not what is asked about.
   */
  | { kind: 'job'; phrase: string; forThread?: boolean }
  /** Another job as the asker's own past ("my time *as a paramedic*", "*nurse* experience"): not what is asked about. */
  | { kind: 'background'; phrase: string; schooling?: boolean }
  | { kind: 'off-topic'; phrase: string }
  /**
   * Asks to look up a person, a patient, an office, a phone or a schedule (contacts.json): declined kindly. `act`: asks
   * the bot to do something for the asker instead (file, write, send, schedule, refer), declined with its own line.
   */
  | { kind: 'lookup'; act?: boolean }
  | { kind: 'fact-word'; word: string }
  /** A topic term; `role` when it also names one role only (an organisation: "NACCM" is care managers'). */
  | { kind: 'term'; term: string; role?: RoleId; field?: boolean }
  /**
   * Points back at the previous question: "they", "that", "what about". `thing`: English's pronoun for a thing ("it"),
   * which stands for what the thread's topic is about ("can I take *it* with 18 months RN exp": the exam), not for
   * the role. `turnsTo`: "what about", "how about", which introduces what follows rather than pointing at it.
   */
  | { kind: 'reference'; thing?: boolean; turnsTo?: boolean }
  /** A role set aside: "not care", "rather than care managers". */
  | { kind: 'not-role'; role: RoleId }
  /** The role the previous question was not about: "the other one". */
  | { kind: 'other-role' }
  /** Sets the role named against the previous question's: "than", "compared to". */
  | { kind: 'contrast' }
  /** Asks the previous question again: "same for", "does that also apply to". */
  | { kind: 'same-topic' }
  /**
   * Goes back to an earlier topic of the thread: the one named, the one before the last, or the first. `both`: asks
   * the last two questions again ("the same two for care managers"), wherever it stands: the first of them.
   */
  | { kind: 'back-to'; first: boolean; both?: boolean };

export type MatchReason = 'matched' | 'role-only' | 'other-job' | 'lookup' | 'request' | 'no-match' | 'empty';

export type Match = {
  /** null when the bot declines. */
  topic: TopicId | null;
  /** The role the question names; both when it names both or neither; empty when declined. */
  roles: RoleId[];
  /** 0..1: how sure the matcher is of `topic`. */
  confidence: number;
  /** Close runners-up, for "did you mean"; when declined, the nearest topics if any. */
  alternatives: Array<{ topic: TopicId; confidence: number }>;
  /**
   * The second-best topic's score as a share of the best's (0 when no other topic scored), for a topic decided from the
   * question alone: below CLOSE_SHARE it offers no "did you mean", yet it is a second reading (unprompted.ts weighs it).
   */
  runnerUp?: number;
  reason: MatchReason;
  /** The other occupation a declined question was about. */
  otherJob?: string;
  /** What a question declined as another job's asked about ("what does a patient navigator do": the duties). */
  askedTopic?: TopicId;
  /** true when the topic or the roles came from the conversation's previous question. */
  usedContext?: boolean;
  /** The one role a question choosing between roles ("which one ...") is answered by, when the facts say (Turn). */
  chosen?: RoleId;
  /** What the question asks for that the article does not state, on the topic answered. */
  gap?: Aspect;
  /** What the question asks that none of the facts answering it states (unsaid.ts). */
  unsaid?: Unsaid;
};

/** What a question says, before deciding: enough to answer it alone or as a follow-up. */
export type Reading = {
  empty: boolean;
  /** Roles the question names, or through an organisation it names ("NACCM"). */
  named: Set<RoleId>;
  /** Roles named by their own names ("case manager"), not by "both" or an organisation. */
  byName: Set<RoleId>;
  /**
   * The roles a short form several roles share ("CM") may mean, when nothing in the message decided: `named` and
   * `byName` hold them all (the message read alone); a conversation on one of them may narrow it.
   */
  shortForm: RoleId[];
  /**
   * The role a short form stood for, set apart from the other ("diff between a CM and a care mgr": the case manager):
   * what the short form goes on meaning in the thread ("ok the CM one, ...").
   */
  shortFormApart: RoleId | undefined;
  /** Roles set aside ("case, not care"): never among the roles answered for. */
  setAside: Set<RoleId>;
  /** "both", "the two": the pair being discussed (the main pair when nothing else was). */
  both: boolean;
  otherJob?: string;
  /** Every other job named only says whom what the thread said holds for ("is that for RNs only?"): see Concept. */
  otherJobForThread: boolean;
  /** Names another job as the asker's own past ("I'm an RT", "my time as a paramedic"): a career switcher asking. */
  background: boolean;
  /** The roles named only as the asker's own past ("does case management experience count?"), named for want of others. */
  pastRoles: Set<RoleId>;
  offTopic: boolean;
  /** Asks the bot to look someone or something up (contacts.json). */
  lookup: boolean;
  /** The lookup asks the bot to act for the asker (file, write, send, schedule, refer): a request, not a search. */
  request: boolean;
  /** Topic scores, best first. */
  ranked: Array<[TopicId, number]>;
  /**
   * Scores without the words that compare roles or only shape a question: what a follow-up itself asks about,
   * read on the thread's topic. `thing` false: its pointer stands for a role, not the thread's thing (choice.ts).
   */
  asked: (thread: TopicId, roles: readonly RoleId[], thing?: boolean) => Map<TopicId, number>;
  /** Share of the question's content words the knowledge base knows (1 when there are none). */
  coverage: number;
  /** Written in another language, it has words neither its closed class nor a cognate read (other-language.ts). */
  unread: boolean;
  /**
   * Every word the knowledge base does not know is common English (related.ts's isCommonWord: "is that *enough*?", "how
   * *often*?", "any other *title*?") or close in meaning to a topic's words ("is there any age *limit*"): the message
   * frames a question without a subject of its own, so in a thread it asks about the thread's.
   */
  framed: boolean;
  comparison: boolean;
  /** A choice between the roles weighed for the asker ("which of these fits someone like me"): about the pair. */
  forAsker: boolean;
  /** The question names the respect it asks in ("money-wise", "in terms of schooling", viewpoint.ts). */
  respectNamed: boolean;
  /**
   * Asked of what points back ("do *they* also do discharge planning", "is *that* 2021 data") or asks whether something
   * counts ("does PACU count"): in a thread it asks of the thread, whatever words we do not know it has.
   */
  ofThread: boolean;
  /** A sentence that asks opens with a word asking for something ("what", "how", "where"): a question of its own. */
  asksFor: boolean;
  reference: boolean;
  /** Asks which of several ("*which* one visits patients at home?", "*who* works in an office"). */
  choosing: boolean;
  /** Chooses between the roles ("which of these uses clinical skills more?"), standalone the pair: fit.ts. */
  choosesRole: boolean;
  /** Points at one of several with a demonstrative ("how much does *that one* make"). */
  pointsAtOne: boolean;
  /** A pointer that may stand for the thread's roles ("they", "them", "what about"), not only "it" (the thread's thing). */
  rolePointer: boolean;
  /**
   * Points at what the thread's topic is about ("it", "that one"), the thread being on this topic and not about the role
   * itself: "can I take it with 18 months RN exp" after a certification is about the exam.
   */
  pointsAtThing: (thread: TopicId) => boolean;
  /**
   * Points at the role itself ("is *that* the same as a care manager?", "are *they* ...") after the role's overview or
   * what it does, where "that" is the job, not a thing the topic is about.
   */
  pointsAtRoleItself: (thread: TopicId) => boolean;
  /**
   * Asks whether what it names bears on the thread's answer ("does the degree level *change anything*", "does the BSN
   * *matter*"), the thread not about the role itself: what it names is the condition, not the topic asked.
   */
  bearsOnThread: (thread: TopicId) => boolean;
  otherRole: boolean;
  contrast: boolean;
  /** Asks two titles to be one job ("is a patient navigator basically a care manager?", identity.ts). */
  identity: boolean;
  /**
   * The one of a thread's pair the message picks by its place or by what it does ("the second one", "the home visit
   * ones", choice.ts `pickIn`), among the roles given; undefined when it picks none.
   */
  picked: (roles: readonly RoleId[]) => RoleId | undefined;
  /**
   * The role a pick by place falls on among the roles a thread discussed, in the order it discussed them ("back to the
   * first one" after case managers, then care managers: the case managers); undefined for any other pick.
   */
  pickedInOrder: (discussed: readonly RoleId[]) => RoleId | undefined;
  /**
   * A role is named before any word that compares or sets against ("what about case managers, is their pay higher?"):
   * it is the subject compared, not the standard ("is that more than care managers?").
   */
  subjectNamed: boolean;
  sameTopic: boolean;
  /** Goes back to an earlier topic of the thread ("back to experience"), or to its first ("back to my first question"). */
  backTo: 'earlier' | 'first' | null;
  aspects: Aspect[][];
  /** The aspects of the question answered and those before it, which a gap is read from (analyze.ts). */
  gapAspects: Aspect[][];
  /** Those of `gapAspects` only the asker's words about themselves name ("I work nights, ..."; analyze.ts). */
  saidAspects: ReadonlySet<Aspect[]>;
  /** What the question asks, for telling what the facts chosen do not state (unsaid.ts). */
  askedOf: Asked;
  /** What the questions after the one answered ask to count, with what tells their topic (analyze.ts `later`). */
  laterOf: LaterQuestions | null;
};

/** What later questions ask to count, read for gaps on their own topic, and what tells that topic. */
export type LaterQuestions = {
  /** What they ask to count, and what the asker says they are: read on their own topic. */
  toCount: Array<{ stem: string; word: string }>;
  traits: string[];
  /** The terms and aspects that tell their topic. */
  terms: string[];
  gapAspects: Aspect[][];
};
