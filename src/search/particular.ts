/**
 * A question about the roles asks about them in general: what case managers do, earn, need. A request about one
 * particular person, office or shift ("who is the case manager on 5 north today", "is CM staffed on Christmas",
 * "can you tell the case manager that…") asks the bot to look something up, which it cannot: it gets the kind decline
 * of contacts.json. English marks the particular by grammar more than by vocabulary: a definite or possessive singular
 * ("the case manager", "our CM"), a day that is a date rather than a habit ("today", "this weekend", "on Christmas"),
 * a place with an address ("bed 12", "8B", "5 north"), a named person ("Dr. Patel"). The word lists below are those
 * closed classes of English, not wordings of the requests people sent.
 */
import { NAMING } from './identity.ts';
import { stem } from './normalize.ts';

/** Days that point at a date, not a habit: "who's on today" (a lookup), not "do they work weekends" (a question). */
const DATES = [
  'today',
  'tonight',
  'tonite',
  'tomorrow',
  'tmrw',
  'yesterday',
  'this morning',
  'this afternoon',
  'this evening',
  'this week',
  'this weekend',
  'this shift',
  'on monday',
  'on tuesday',
  'on wednesday',
  'on thursday',
  'on friday',
  'on saturday',
  'on sunday',
  'christmas',
  'xmas',
  'christmas eve',
  'thanksgiving',
  'new year',
  'new years',
  'new years eve',
  'easter',
  'labor day',
  'memorial day',
  'independence day',
  'fourth of july',
].map((phrase) => phrase.split(' '));
/** The words a date can start with, to look for the dates only where one may begin. */
const DATE_STARTS = new Set(DATES.map((date) => date[0]!));

/** Words that make the role after them one particular person or office: "*the* case manager", "*our* CM". */
const PARTICULAR = new Set(['the', 'our', 'my', 'your', 'this', 'that', 'his', 'her']);
/** After "who", the verbs that ask who holds a post now: "who *covers* case management", "who's *on* for CM". */
const STAFFING = new Set(['cover', 'covering', 'handle', 'handling', 'staff', 'staffing', 'on']);
/** "who *is* my case manager". */
const IS = new Set(['is', 'wa']);
/** Verbs that ask the bot to pass something on to, or reach, a person: "*tell* the case manager that…". */
const RELAY = new Set([
  'tell',
  'let',
  'remind',
  'message',
  'text',
  'ping',
  'notify',
  'inform',
  'email',
  'page',
  'contact',
  'reach',
  'call',
]);
/** Nouns after a role that make it a place or a line: "the CM *department*", "the care management *office*". */
const PLACES = new Set([
  'office',
  'department',
  'dept',
  'desk',
  'extension',
  'ext',
  'line',
  'phone',
  'telephone',
  'fax',
  'pager',
  'name',
  'number',
  'email',
]);
/**
 * English's verbs of joining a workplace, with the preposition they take before it: the place a role works in as the
 * goal of a move ("moving *to* our CM department", "applying *to* the CM office", "*join* the CM department") is the
 * work asked about, no office looked up.
 */
const JOINING = new Set(['move', 'moving', 'transfer', 'transferring', 'switch', 'switching', 'join', 'joining']);
const JOINING_MORE = new Set(['apply', 'applying']);
const INTO = new Set(['to', 'into']);
/** Whether the determiner before a role (at `start`) follows a verb of joining, or one and "to"/"into". */
const joining = (tokens: readonly string[], start: number) =>
  JOINING.has(tokens[start - 2] ?? '') ||
  (INTO.has(tokens[start - 2] ?? '') &&
    (JOINING.has(tokens[start - 3] ?? '') || JOINING_MORE.has(tokens[start - 3] ?? '')));
/** Possessives: "my case manager's name" is one person, though "manager's" is typed like a plural. */
const POSSESSIVE = new Set(['my', 'our', 'your']);
/** Words after such a noun that make it a kind of work instead: "is the care manager job *office based*?". */
const KIND_OF_WORK = new Set(['based', 'job', 'work', 'setting', 'role', 'environment']);
/** Titles before a person's name: "Dr. Patel". */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'miss']);
/** Nouns numbered in a hospital's addresses: "bed 12", "room 4". */
const NUMBERED = new Set(['bed', 'room', 'floor', 'unit', 'suite', 'pod', 'bay']);
const COMPASS = new Set(['north', 'south', 'east', 'west', 'n', 's', 'e', 'w']);

/**
 * Verbs of work done on something, which English uses only as verbs: opening a sentence on the asker's own things,
 * they ask the bot to do that work ("calculate overtime for *my* staff", "translate *this* letter"). It cannot; "can
 * you calculate the average pay" asks for information.
 */
const TASKS = new Set(['calculate', 'compute', 'translate']);
/** Words that make what a task works on the asker's own: "for *my* night staff", "*this* discharge paper". */
const OWN = new Set(['my', 'our', 'this', 'these']);

/**
 * Verbs that ask the bot to act for someone rather than to tell them something: "*refer* my mom to a care manager",
 * "can you *schedule* me with a case manager", "*put in* a case management consult". It cannot.
 */
const ACTS = new Set([
  'refer',
  'schedule',
  'book',
  'connect',
  'arrange',
  'assign',
  'order',
  'page',
  'call',
  'message',
  'text',
  'ping',
  'notify',
  'contact',
  'reach',
  'remind',
  'forward',
  'cancel',
  'reschedule',
  'transfer',
  'put',
  'set',
  'find',
  'tell',
  'let',
  'send',
  'sign',
  'register',
  'enroll',
  'enrol',
  'submit',
  'post',
  'print',
  'fax',
  'upload',
  'file',
  'email',
  'fill',
  'write',
  'draft',
  'edit',
]);
/** The words before a request's verb that ask the bot itself: "*can you* send", "*please* send". */
const OF_THE_BOT = new Set(['can', 'could', 'would', 'will', 'you', 'please', 'pls', 'plz', 'kindly']);
/**
 * What may come before such a verb in a request: "can you", "could u please", "pls", "hey, can you", and the answer
 * acknowledged first ("cool can you email that to me", "great, now send it").
 */
const ASKING = new Set([
  ...OF_THE_BOT,
  'just',
  ...['hi', 'hey', 'hello', 'ok', 'okay', 'so', 'oh'],
  ...['cool', 'great', 'perfect', 'awesome', 'nice', 'thanks', 'thx', 'alright', 'and', 'now', 'also'],
]);
/** After "look up"/"find", the words of a question: "look up *what* case managers earn" asks for information. */
const ASKS_FOR_INFORMATION = new Set(['what', 'whats', 'how', 'whether', 'if', 'which', 'when', 'where', 'why', 'who']);
/** What follows a verb opening a request: its object or particle ("refer *my* mom", "put *in* a consult"). */
const OBJECTS = new Set([
  'me',
  'u',
  'us',
  'my',
  'our',
  'the',
  'a',
  'an',
  'him',
  'her',
  'them',
  'this',
  'that',
  'in',
  'up',
  'out',
  'someone',
  'somebody',
]);
/** Verbs that ask for information when the asker is their object: "tell *me* about…", "*send me* the pay…". */
const TELLING = new Set(['tell', 'let', 'find', 'call', 'send']);
const TO_ASKER = new Set(['me', 'u', 'us', 'out']);

/**
 * The papers a person writes for themself, which the bot cannot write, fill in or check for them: "help me with *my
 * essay*", "my cover *letter*", "my *application*". A closed class of English's nouns for documents.
 */
const PAPERS = new Set([
  ...['essay', 'resume', 'cv', 'letter', 'application', 'statement', 'homework', 'assignment', 'paper', 'form'],
  ...['complaint', 'portfolio', 'bio', 'posting'],
]);
/** The asker's own: "help me with *my* essay". */
const ASKERS = new Set(['my', 'our']);
/**
 * How far after "with my" a paper's noun may come: "with my *nursing school admission* essay" (its modifiers). Higher
 * reads a paper named later in a question as the help asked for; lower misses papers with longer modifiers.
 */
const PAPER_REACH = 4;
/** Who "help" is asked for before what is to be done: "help *me* write", "help *us* with". */
const HELPED = new Set(['me', 'u', 'us']);

/**
 * Where, after "help", the help asked for starts: the verb it helps do ("help me *write* my essay", "help me *to*
 * file ...") or "with" the asker's own paper ("help me *with my essay*"). -1 when it asks help understanding
 * something ("help me with the difference") or names no paper.
 */
function helpedAt(tokens: string[], at: number): number {
  let i = at + 1;
  while (HELPED.has(tokens[i] ?? '') || tokens[i] === 'to') i += 1;
  if (ACTS.has(tokens[i] ?? '') || TASKS.has(tokens[i] ?? '')) return i;
  if (tokens[i] !== 'with' || !ASKERS.has(tokens[i + 1] ?? '')) return -1;
  const paper = tokens.slice(i + 2, i + 2 + PAPER_REACH).some((token) => PAPERS.has(token));
  return paper ? i : -1;
}

/**
 * What a sentence asks the bot to do for someone, if anything: `search` to look up or find something or someone ("can
 * you pull up my case manager"), which is a lookup; `act` to do something (refer, schedule, page, tell a person, file,
 * write), which is a request of its own.
 */
export function requestIn(tokens: string[]): 'act' | 'search' | null {
  let i = 0;
  while (i < tokens.length && ASKING.has(tokens[i]!)) i += 1;
  // "help me write ..." asks the bot to write; "help me with my essay" to do the asker's paper with them.
  if (tokens[i] === 'help') {
    const helped = helpedAt(tokens, i);
    if (helped < 0) return null;
    if (tokens[helped] === 'with') return 'act';
    i = helped;
  }
  const verb = tokens[i];
  if (TASKS.has(verb ?? '')) return tokens.slice(i + 1).some((token) => OWN.has(token)) ? 'act' : null;
  // "look" and "pull" ask to act only as "look up", "pull up" ("can you pull up my case manager"), as "find" does;
  // looking up or finding "what ..." or "how ..." asks for information.
  const lookUp = (verb === 'look' || verb === 'pull') && tokens[i + 1] === 'up';
  if (verb === undefined || (!ACTS.has(verb) && !lookUp)) return null;
  const search = lookUp || verb === 'find';
  if (search && ASKS_FOR_INFORMATION.has(tokens[lookUp ? i + 2 : i + 1] ?? '')) return null;
  // Not asked of the bot ("can you", "please"), the verb must take an object or a particle as a request does ("refer
  // my mom", "set up a meeting"): "order of steps to become a case manager?", "just file it?" ask a question.
  const asked = tokens.slice(0, i).some((token) => OF_THE_BOT.has(token));
  if (!asked && !OBJECTS.has(tokens[i + 1] ?? '')) return null;
  // "tell"/"let" pass something on only to someone else: "let the CM know", not "let me know".
  if (TELLING.has(verb) && TO_ASKER.has(tokens[i + 1] ?? '')) return null;
  return search ? 'search' : 'act';
}

/** Whether a sentence asks the bot to do something for someone (refer, schedule, page, look up): a request. */
export const asksToAct = (tokens: string[]) => requestIn(tokens) !== null;

/** Where a role (or a short form of one) was read in a sentence, and the word it ends with as typed. */
export type RoleSpan = { start: number; length: number; lastWord: string };

/** Whether the words hold a date: "today", "this weekend", "on Christmas". */
const dated = (words: string[]) =>
  words.some(
    (word, start) => DATE_STARTS.has(word) && DATES.some((date) => date.every((part, k) => words[start + k] === part)),
  );

/**
 * A room "in 312": a number of three or four digits after "in" that is no year ("in 2019") and counts nothing after
 * it ("in 100 days": a count's noun is plural). `words` as typed, `tokens` stemmed.
 */
const roomIn = (tokens: string[], words: string[], i: number) =>
  tokens[i - 1] === 'in' &&
  /^\d{3,4}$/.test(tokens[i]!) &&
  !/^(19|20)\d\d$/.test(tokens[i]!) &&
  stem(words[i + 1] ?? '') === (words[i + 1] ?? '');

/** The asker as a subject: "*I'm* a new grad on 4 west", "*I* work on 5 north". */
const ASKER_SUBJECT = new Set(['i', 'im', 'ive']);

/**
 * Whether the address at `i` is where the asker is ("im a new grad *on 4 west*, could i move to CM"): the asker as the
 * subject before it, with no role between; "I'm looking for the case manager on 4 west" asks for one.
 */
function askersPlace(tokens: string[], i: number, roles: RoleSpan[]): boolean {
  const subject = tokens.slice(0, i).findLastIndex((token) => ASKER_SUBJECT.has(token));
  return subject >= 0 && !roles.some(({ start }) => start > subject && start < i);
}

/** A place with an address: "8b", "4w", "bed 12", "5 north", "the pt in 312" (not "12s", "58k": shifts and pay). */
function addressed(tokens: string[], words: string[], roles: RoleSpan[]): boolean {
  return tokens.some(
    (token, i) =>
      (/^\d{1,4}[a-jnw]$/.test(token) ||
        (NUMBERED.has(token) && /^\d+$/.test(tokens[i + 1] ?? '')) ||
        (/^\d+$/.test(token) && COMPASS.has(tokens[i + 1] ?? '')) ||
        roomIn(tokens, words, i)) &&
      !askersPlace(tokens, i, roles),
  );
}

/** Nouns for a post an employer fills: "open case manager *positions*", "the open CM *req*". */
const POSTS = new Set(['position', 'job', 'role', 'spot', 'slot', 'req', 'requisition', 'vacancy', 'posting', 'shift']);

/**
 * A vacancy: "open" before a post ("any *open* care manager positions", "*open* positions for CMs") is one employer's
 * post as it stands now, which only that employer can tell, as "who *is hiring* case managers" asks who is, now.
 */
function vacancy(tokens: string[], words: string[], roles: RoleSpan[]): boolean {
  // A role's aliases may hold the post ("care manager position"); "open" may come after it ("a CM job open here").
  return tokens.some((token, i) => token === 'open' && openPost(tokens, roles, i)) || whoIsDoing(words);
}

// Module-level, not closures in vacancy: under tsx every named closure is renamed on creation, on every sentence.
const postAt = (tokens: string[], at: number) => POSTS.has(tokens[at] ?? '');
const rolePost = (tokens: string[], { start, length }: RoleSpan) =>
  postAt(tokens, start + length - 1) || postAt(tokens, start + length);
/** "open" at i before a post, or a role holding one, or after a post. */
const openPost = (tokens: string[], roles: RoleSpan[], i: number) =>
  postAt(tokens, i + 1) ||
  roles.some((role) => role.start === i + 1 && rolePost(tokens, role)) ||
  postAt(tokens, i - 1) ||
  roles.some((role) => role.start + role.length === i && postAt(tokens, i - 1));

/** "open" made a noun: a post open now ("an opening", "vacancies"), as "open" before a post noun is. */
const OPENINGS = new Set(['opening', 'vacancy']);
/**
 * How far back in its noun phrase "any" may stand before such a noun ("any *care manager* openings"): a role's words
 * and a modifier fit; further back, "any" belongs to another phrase.
 */
const ANY_REACH = 4;

/**
 * Whether an opening is asked of as existing now: "*any* openings" ("do you have any openings for that here?",
 * "are there any CM openings at our hospital"). One employer's post as it stands, whether or not a role is named
 * (the thread's may be meant); "a care manager opening" is any post, asked of in general.
 */
const anyOpening = (tokens: string[]) =>
  tokens.some((token, i) => OPENINGS.has(token) && tokens.slice(Math.max(0, i - ANY_REACH), i).includes('any'));

/** Where the asker is, after "near": "near *here*", "near *me*". */
const HERE = new Set(['here', 'me', 'us', 'you', 'u']);
/** Nouns that, after "near the", are a point on a scale, not a place: "near *the top* of the pay range". */
const POINTS = new Set(['top', 'bottom', 'end', 'start', 'beginning', 'middle', 'edge', 'front', 'back', 'average']);

/**
 * Something near one particular place ("pizza near the hospital", "bridge programs near here"): what is there only a
 * local search can tell. The place is where the asker is or a definite one; "near 70k" is an amount, "near the top
 * of the range" a point on a scale.
 */
const nearPlace = (tokens: string[]) =>
  tokens.some((token, i) => {
    if (token !== 'near') return false;
    const next = tokens[i + 1] ?? '';
    return HERE.has(next) || (PARTICULAR.has(next) && !POINTS.has(tokens[i + 2] ?? 'top'));
  });

/** Filling posts, as it goes on: "is anyone *hiring*", "they're *recruiting* CMs". */
const HIRING = new Set(['hiring', 'recruiting']);
/** Words that put what goes on at the present moment: "hiring right *now*", "*currently* recruiting". */
const NOW = new Set(['now', 'currently', 'presently', 'atm']);
/** "at the moment", as typed. */
const AT_THE_MOMENT = ['at', 'the', 'moment'];
/** Anyone at all, asked of as doing something: "is *anyone* in case management hiring". */
const ANYONE = new Set(['anyone', 'anybody', 'someone', 'somebody']);

/**
 * Posts being filled now ("is the care management team hiring right now", "is anyone hiring"): one employer's
 * openings as they stand, which only that employer can tell, as "who is hiring" asks. "is Humana hiring case managers"
 * (no time, no one in particular) asks whether such employers hire them.
 */
function hiringNow(words: string[]): boolean {
  if (!words.some((word) => HIRING.has(word))) return false;
  const atTheMoment = words.some((_, i) => AT_THE_MOMENT.every((part, k) => words[i + k] === part));
  return atTheMoment || words.some((word) => NOW.has(word) || ANYONE.has(word));
}

/** A person's own lines, after their name: "Janet's *cell*", "Sam's *email*". */
const PERSONS_LINES = new Set(['cell', 'mobile', 'phone', 'extension', 'ext', 'pager', 'email']);

/**
 * A named person's line ("give me Janet's cell", "Sam's email?"): a word no list knows, typed as a possessive (its
 * apostrophe gone, it ends in "s"), right before one of their lines. "case managers email" names a role.
 */
const namedLine = (tokens: string[], words: string[], known: (token: string) => boolean) =>
  words.some((word, i) => PERSONS_LINES.has(words[i + 1] ?? '') && /[^s]s$/.test(word) && !known(tokens[i]!));

/** The places that keep hours of their own: "the hours for the social work *office*". */
const KEEPS_HOURS = new Set(['office', 'department', 'dept', 'desk']);

/**
 * The hours of one particular place ("what are the hours for the social work office"), as "office hours" asks: only
 * that place can tell. "what hours do case managers work" asks of the role.
 */
const placeHours = (tokens: string[]) =>
  tokens.some(
    (token, i) =>
      token === 'hour' &&
      (tokens[i + 1] === 'for' || tokens[i + 1] === 'of') &&
      PARTICULAR.has(tokens[i + 2] ?? '') &&
      tokens.slice(i + 3).some((place) => KEEPS_HOURS.has(place)),
  );

/** The asker's own: "*my* CCM application", "*our* timecards". */
const ASKERS_OWN = new Set(['my', 'our']);
/** The states of a thing filed, as typed: "the *status* of my renewal", "my registration was *received*". */
const FILED_STATES = new Set(['status', 'received', 'processed', 'pending']);
/** Verbs that, before "through", say a thing filed has passed: "my application *went through*". */
const PASSING = new Set(['went', 'go', 'gone', 'goes', 'get', 'got', 'gotten']);

/**
 * The asker's own record ("can you check if my CCM application went through", "the status of my renewal"): only the
 * office that keeps it can tell. "what do I need for my CCM application" asks the requirements.
 */
function ownRecord(words: string[]): boolean {
  const own = words.findIndex((word) => ASKERS_OWN.has(word));
  if (own < 0) return false;
  // Through nothing after it: "my husband went *through* cancer" is what he lived through.
  const passed = (i: number) =>
    words[i] === 'through' &&
    PASSING.has(words[i - 1] ?? '') &&
    (i + 1 === words.length || AFTER_PASSING.has(words[i + 1]!));
  return words.some((word, i) => FILED_STATES.has(word) || (i > own && passed(i)));
}
/** What may follow a thing's passing, when nothing it passed through is named: "went through *yet*", "*or not*". */
const AFTER_PASSING = new Set(['yet', 'or', 'ok', 'okay', 'already', 'alright', 'fine']);

/** "who is hiring", "who's covering": who does something now, a question about particular people. */
function whoIsDoing(words: string[]): boolean {
  return words.some((word, i) => {
    const verb = WHO_IS.has(word) ? i + 1 : WHO.has(word) && IS_NOW.has(words[i + 1] ?? '') ? i + 2 : -1;
    return verb > 0 && /..ing$/.test(words[verb] ?? '');
  });
}
/** "who *is* hiring", "who *are* covering"; typed in one word, "who's", "whoever's". */
const IS_NOW = new Set(['is', 'are']);
const WHO = new Set(['who', 'whoever']);
const WHO_IS = new Set(['whos', 'whoevers']);

/** Words before "number" that make it a phone's: "the *phone* number for case managers". */
const PHONE = new Set(['phone', 'telephone', 'contact', 'direct', 'fax', 'pager', 'callback', 'office', 'cell']);

/** The prepositions that give a line or an office its owner: "the number *for* the CM", *to*, *of*. */
const LINE_OF = new Set(['for', 'to', 'of']);

/**
 * A line or an office of a role: "the direct *line for* care management", "the *office of* case management" (as
 * a Romance language orders it, read in English), "the *number for* the CM". A bare "number" for a plural role is a
 * figure about all of them ("the actual number for case managers" after their pay, "the number of case managers"),
 * unless a phone's word says it is a line.
 */
function lineFor(tokens: string[], start: number, singular: boolean): boolean {
  const at = PARTICULAR.has(tokens[start - 1] ?? '') ? start - 2 : start - 1;
  const noun = tokens[at - 1] ?? '';
  // A name *for* a role is a word for the job ("another name for care manager"), unless the role is one person ("the
  // name for my case manager").
  if (noun === 'name' && at === start - 1) return false;
  const line = PLACES.has(noun) && (noun !== 'number' || singular || PHONE.has(tokens[at - 2] ?? ''));
  return LINE_OF.has(tokens[at] ?? '') && line;
}

/** Before NAMING, the words that make it another title for the same job: "just *another* name for". */
const ANOTHER = new Set(['another', 'other', 'different', 'fancy', 'fancier', 'official']);
/**
 * Whether the noun at `at` asks for another title of a job, not a person's name: "is care coordinator *another name
 * for* care manager", "a fancy word for" (then "for").
 */
export const namesTitle = (tokens: readonly string[], at: number) =>
  NAMING.has(tokens[at] ?? '') && tokens[at + 1] === 'for' && ANOTHER.has(tokens[at - 1] ?? '');

/** "assigned to", "assigned for": what follows says to whom a post is given. */
const ASSIGNED = new Set(['assigned', 'assign']);
/** Whose, after "assigned to": one person's ("*my* dad", "*her*"), not anyone's ("each patient", "a unit"). */
const SOMEONES = new Set(['my', 'our', 'his', 'her', 'their', 'this', 'that']);

/**
 * Someone assigned to one particular person or place: "the care manager *assigned to my dad*", "the one *assigned to
 * bed 12*". "are case managers assigned to each unit" asks how the work is shared.
 */
const assignedTo = (tokens: string[], words: string[]) =>
  tokens.some(
    (token, i) =>
      ASSIGNED.has(token) &&
      (tokens[i + 1] === 'to' || tokens[i + 1] === 'for') &&
      (SOMEONES.has(tokens[i + 2] ?? '') || addressed(tokens.slice(i + 2), words.slice(i + 2), [])),
  );

/**
 * Where the possessive that makes the role at `start` someone's own is, or -1: "*my* case manager", "*my* dad's care
 * manager", "*our* unit's CM" (a noun typed without its apostrophe ends in "s", as the words are read).
 */
function ownerOf(tokens: string[], words: string[], start: number): number {
  if (POSSESSIVE.has(tokens[start - 1] ?? '')) return start - 1;
  return SOMEONES.has(tokens[start - 2] ?? '') && /[^s]s$/.test(words[start - 1] ?? '') ? start - 2 : -1;
}

/**
 * The role is one person's post for someone particular: "who's the case manager *for the pt* in 412", "who is the CM
 * *for my mom*"; "who is the care manager *for a* patient" asks generally.
 */
const forParticular = (tokens: string[], after: number) =>
  tokens[after] === 'for' && PARTICULAR.has(tokens[after + 1] ?? '');

/** A title followed by a word that is no known word: a person's name. */
function named(tokens: string[], known: (token: string) => boolean): boolean {
  return tokens.some((token, i) => TITLES.has(token) && tokens[i + 1] !== undefined && !known(tokens[i + 1]!));
}

/**
 * Whether a sentence asks about a particular person, office or shift rather than the roles in general. `tokens` are
 * the sentence's stemmed words, `words` the same as typed (short forms expanded), `roles` where it names a role,
 * `known` whether a word is one the knowledge knows, `person` whether it is the head noun of a job title ("director").
 */
export function asksForParticular(
  tokens: string[],
  words: string[],
  roles: RoleSpan[],
  known: (token: string) => boolean,
  person: (token: string) => boolean = () => false,
): boolean {
  if (named(tokens, known) || assignedTo(tokens, words) || anyOpening(tokens) || nearPlace(tokens)) return true;
  if (hiringNow(words) || ownRecord(words) || namedLine(tokens, words, known) || placeHours(tokens)) return true;
  if (roles.length > 0 && vacancy(tokens, words, roles)) return true;
  // A patient's or a unit's address with a role ("see if the pt in 312 has a case manager assigned"): that place's.
  if (roles.length > 0 && addressed(tokens, words, roles)) return true;
  // Dates are read as typed: "in today's market" is not a date.
  const onDate = dated(words);
  return roles.some(({ start, length, lastWord }) => {
    const before = tokens[start - 1] ?? '';
    const singular = stem(lastWord) === lastWord;
    const definite = singular && PARTICULAR.has(before);
    // A bare singular ("is CM staffed", "who covers case management") is the department; "a case manager" is anyone.
    const bare = singular && before !== 'a' && before !== 'an' && !PARTICULAR.has(before);
    if (onDate && (definite || bare)) return true;
    if (lineFor(tokens, start, singular)) return true;
    const owner = ownerOf(tokens, words, start);
    const place = PLACES.has(tokens[start + length] ?? '') && !KIND_OF_WORK.has(tokens[start + length + 1] ?? '');
    if (place && (definite || owner >= 0) && !joining(tokens, start)) return true;
    const verb = tokens[start - 2] ?? '';
    const asksWho = tokens.slice(0, start).includes('who');
    // "who covers case management", "who's staffing the CM desk": who holds a post now.
    if (asksWho && (definite || bare) && (STAFFING.has(before) || STAFFING.has(verb))) return true;
    // "who's our CM", "who is my case manager": one person; "who is the care manager in a care team" asks generally.
    const owned = tokens[owner - 1] ?? '';
    const isOurs = singular && owner >= 0 && (owned === 'who' || (tokens[owner - 2] === 'who' && IS.has(owned)));
    // "who is the director of case management": the one person heading it (a job title's head noun, definite).
    const headOf = before === 'of' && person(verb) && PARTICULAR.has(tokens[start - 3] ?? '');
    return (
      isOurs ||
      (definite && RELAY.has(verb)) ||
      (asksWho && definite && forParticular(tokens, start + length)) ||
      (asksWho && headOf)
    );
  });
}
