/**
 * How a role is written, read before any list: its aliases and organisations as the role's file spells them, and
 * the short forms clinicians make of its aliases ("CM", "RN CM"). A role's own words outrank the language file's
 * abbreviations ("ur" read as "your"), its stopwords and its other jobs ("nurse"): the hospital wrote them for
 * this role.
 */
import type { KnowledgeBase, Role, RoleId } from '../knowledge/schema.ts';
import type { Concept } from './reading.ts';
import {
  capitalCompoundsIn,
  compoundKey,
  compoundsIn,
  joinCompounds,
  normalize,
  stem,
  stemPhrase,
  tokenize,
} from './normalize.ts';

export type RoleWords = {
  /** Role head word ("case") → role. */
  heads: Map<string, RoleId>;
  /** Stemmed phrase as typed (no short form expanded) → the role or roles it names. */
  own: Map<string, Concept>;
  /**
   * Short forms the lists already read otherwise ("ur": "your"), which name a role only when typed in capitals: the
   * word → the key its role is found under in the phrases.
   */
  capitals: Map<string, string>;
  /**
   * The words the knowledge writes with punctuation inside ("ONN-CG" in an organisation, "RN-BC" in a fact), each as
   * one word ("onncg"): a question writing one is read as that word, not as its parts.
   */
  compounds: Set<string>;
};

/**
 * The compounds written in the roles' aliases and organisations, and the capitalised hyphenated names the facts
 * write ("ONN-CG"), each as one word.
 */
function writtenCompounds(kb: KnowledgeBase): Set<string> {
  const compounds = new Set<string>();
  for (const role of Object.values(kb.roles))
    for (const phrase of [...role.aliases, ...role.organisations])
      for (const key of compoundsIn(phrase)) compounds.add(key);
  for (const topic of Object.values(kb.topics))
    for (const facts of Object.values(topic.facts))
      for (const fact of facts)
        for (const key of capitalCompoundsIn(`${fact.text} ${fact.quote ?? ''}`)) compounds.add(key);
  return compounds;
}

/**
 * An organisation or credential read as one word: written as one ("NACCM", "AONN+", "CCM®"), as one compound
 * ("ONN-CG"), or with spaces where the facts write it as one compound ("acm rn" for "ACM-RN"). Its word, stemmed,
 * or null for a name of several words ("american case management association").
 */
function credentialWord(organisation: string, compounds: ReadonlySet<string>): string | null {
  const joined = compoundKey(organisation);
  const one = !/\s/.test(organisation.trim()) || compounds.has(joined);
  return one && joined !== '' ? stemPhrase(joined) : null;
}

/** The most words a compound is written with, spaced ("a c m rn"). */
const COMPOUND_PARTS = 4;

/** A phrase's runs of spaced words that the knowledge writes as one compound, joined: "post op nurse" → "postop nurse". */
function spacedJoined(phrase: string, compounds: ReadonlySet<string>): string {
  const words = tokenize(phrase);
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    let run = Math.min(COMPOUND_PARTS, words.length - i);
    while (run > 1 && !compounds.has(words.slice(i, i + run).join(''))) run--;
    out.push(words.slice(i, i + run).join(''));
    i += run;
  }
  return out.join(' ');
}

/** The key a short form typed in capitals is read under: no word typed in lower case can meet it. */
const capitalKey = (form: string) => form.toUpperCase();

type AddPhrase = (phrase: string, concept: Concept) => void;

/** A short last word ("rn", "cm") takes its plural with a bare "s" ("RNs", "CMs"), which the stemmer leaves. */
const SHORT_WORD = 3;

/** The phrase and its plural when its last word is short: "ur rn" → "ur rns". */
function withPlural(phrase: string): string[] {
  const words = tokenize(phrase);
  const last = words.at(-1) ?? '';
  return last.length > 0 && last.length <= SHORT_WORD && !last.endsWith('s')
    ? [phrase, [...words.slice(0, -1), `${last}s`].join(' ')]
    : [phrase];
}

/**
 * The short forms clinicians write for an alias that ends with the role's name: its initials when every word is a
 * full word ("case manager" → "cm", "geriatric care manager" → "gcm"), and with its leading short words kept
 * ("rn case manager" → "rn cm", "rncm"). Aliases like "case manager role" are not shortened: nobody writes "cmr".
 */
export function shortFormsOf(alias: string, nameEnd: string): string[] {
  const words = tokenize(alias);
  if (words.length < 2 || stem(words.at(-1)!) !== stem(nameEnd)) return [];
  const forms: string[] = [];
  const initials = (list: string[]) => list.map((w) => w[0]).join('');
  if (words.every((w) => w.length > SHORT_WORD)) forms.push(initials(words));
  let lead = 0;
  while (lead < words.length - 2 && words[lead]!.length <= SHORT_WORD) lead++;
  if (lead > 0) {
    const rest = initials(words.slice(lead));
    forms.push([...words.slice(0, lead), rest].join(' '), words.slice(0, lead).join('') + rest);
  }
  return forms;
}

/**
 * The roles' names, organisations and derived short forms. A short form derived for several roles ("cm": case and
 * care manager) is ambiguous: the conversation decides, or it names them all. One that is already a phrase of any
 * list, a stopword, a short form the language file expands or any other known word is not derived: only what the
 * role file spells outright outranks the lists.
 */
export function readRoleWords(
  kb: KnowledgeBase,
  phrases: Map<string, Concept>,
  add: AddPhrase,
  known: Set<string>,
): RoleWords {
  const heads = new Map<string, RoleId>();
  const own = new Map<string, Concept>();
  const addOwn = (phrase: string, concept: Concept) => {
    for (const form of withPlural(phrase)) {
      add(form, concept);
      own.set(stemPhrase(form), concept);
    }
  };
  const compounds = writtenCompounds(kb);
  // A phrase with a compound in it is read both ways: as a question joins it ("onncg") and as spaced words; so is one
  // written with spaces where the knowledge writes those words as one compound ("acm rn" for "ACM-RN", "post op nurse"
  // where another alias says "post-op"): a question typing the hyphen has them joined.
  const addWritten = (phrase: string, concept: Concept) => {
    addOwn(phrase, concept);
    const whole = compoundKey(phrase);
    const joinedForms = [joinCompounds(phrase, compounds), spacedJoined(phrase, compounds)];
    for (const joined of [...joinedForms, ...(compounds.has(whole) ? [whole] : [])])
      if (stemPhrase(joined) !== stemPhrase(phrase)) addOwn(joined, concept);
  };
  for (const role of Object.values(kb.roles)) {
    heads.set(stem(role.head), role.id);
    for (const alias of role.aliases)
      addWritten(alias, {
        kind: 'role',
        role: role.id,
        ...(namesField(kb, role, alias, phrases) ? { setting: true } : {}),
      });
    for (const organisation of role.organisations) {
      const word = credentialWord(organisation, compounds);
      const term = phrases.get(stemPhrase(organisation)) ?? (word === null ? undefined : phrases.get(word));
      const credential = word === null ? {} : { credential: word };
      const concept: Concept =
        term?.kind === 'term' ? { ...term, role: role.id } : { kind: 'role', role: role.id, ...credential };
      addWritten(organisation, concept);
    }
  }
  addFields(kb, phrases, own, addOwn);
  for (const [form, role] of respelledAliases(kb)) {
    if (!own.has(stemPhrase(form)) && !phrases.has(stemPhrase(form))) addOwn(form, { kind: 'role', role });
  }
  const capitals = addShortForms(kb, phrases, known, own, addOwn);
  return { heads, own, capitals, compounds };
}

type AddOwn = (phrase: string, concept: Concept) => void;

/** Whether a word names a person: a job title's head ("nurse", "coordinator", "rn"), or any role's name's last word. */
function namesPerson(kb: KnowledgeBase, word: string, phrases: ReadonlyMap<string, Concept>): boolean {
  const heads = kb.language.jobHeads?.words ?? [];
  const read = phrases.get(word);
  const job = (concept: Concept | undefined) => concept?.kind === 'job';
  return (
    heads.some((head) => stemPhrase(head) === word) ||
    Object.values(kb.roles).some((role) => stem(nameEnd(role)) === word) ||
    job(read) ||
    (read?.kind === 'term' && job(phrases.get(read.term)))
  );
}

/**
 * Whether an alias names the role's field, not a person: a title of the role (its name, or an alias ending with a word
 * that names a person) less its last words ("palliative care" of "palliative care nurse", "utilization review" of
 * "utilization review nurse"), ending with no such word itself ("transplant nurse" of "transplant nurse coordinator"
 * is a title; "case management" of "case management role" is no title's field).
 */
function namesField(kb: KnowledgeBase, role: Role, alias: string, phrases: ReadonlyMap<string, Concept>): boolean {
  const words = tokenize(alias).map(stem);
  const titles = [role.name, ...role.aliases].map((title) => tokenize(title).map(stem));
  const shortened = titles.some(
    (t) => t.length > words.length && words.every((word, k) => t[k] === word) && namesPerson(kb, t.at(-1)!, phrases),
  );
  return shortened && !namesPerson(kb, words.at(-1)!, phrases);
}

/**
 * The field a role works in, from its title ("social worker" → "social work"): the role, or a term's own meaning with
 * the role when a topic already names it ("social work" as a degree), as an organisation is read.
 */
function addFields(kb: KnowledgeBase, phrases: Map<string, Concept>, own: Map<string, Concept>, addOwn: AddOwn) {
  for (const [form, role] of derivedFields(kb)) {
    if (own.has(stemPhrase(form))) continue;
    const term = phrases.get(stemPhrase(form));
    if (term === undefined) addOwn(form, { kind: 'role', role });
    else if (term.kind === 'term' && !term.role) addOwn(form, { ...term, role, field: true });
  }
}

/**
 * The short forms derived from the roles' names, each the role it names or the roles it may mean; one the knowledge
 * already reads otherwise is the role only typed in capitals. The capitals' keys, by form.
 */
function addShortForms(
  kb: KnowledgeBase,
  phrases: Map<string, Concept>,
  known: Set<string>,
  own: Map<string, Concept>,
  addOwn: AddOwn,
): Map<string, string> {
  const taken = (form: string) =>
    phrases.has(stemPhrase(form)) ||
    known.has(form) ||
    kb.language.stopwords.some((w) => normalize(w) === form) ||
    Object.keys(kb.language.abbreviations).some((short) => normalize(short) === form);
  const capitals = new Map<string, string>();
  for (const [form, roles] of derivedShortForms(kb)) {
    const ordered = kb.roleOrder.filter((id) => roles.has(id));
    const concept: Concept =
      ordered.length === 1 ? { kind: 'role', role: ordered[0]! } : { kind: 'short-form', roles: ordered, phrase: form };
    if (!taken(form)) addOwn(form, concept);
    // One word the language file already reads otherwise ("ur" is "your") is the role only typed in capitals ("UR").
    else if (!form.includes(' ') && !phrases.has(stemPhrase(form))) {
      capitals.set(form, capitalKey(form));
      phrases.set(capitalKey(form), concept);
      own.set(capitalKey(form), concept);
    }
  }
  return capitals;
}

/**
 * The short forms of an alias read against the role's whole name: the words an alias puts before the name kept and
 * the name written as its initials ("geriatric care manager" → "geriatric cm", "nurse case manager" → "nurse cm"),
 * and the field an alias names by the name less its last word written as initials ("utilization review" → "ur").
 * Only for a name of two or more full words: "Care manager", "Utilization review nurse".
 */
export function nameShortFormsOf(alias: string, name: string): string[] {
  const words = tokenize(alias).map(stem);
  const named = tokenize(name).map(stem);
  if (named.length < 2 || named.some((w) => w.length <= SHORT_WORD)) return [];
  const initials = (list: string[]) => list.map((w) => w[0]).join('');
  const lead = words.length - named.length;
  const endsWithName = lead > 0 && named.every((w, k) => words[lead + k] === w);
  const field = named.slice(0, -1);
  const isField = field.length >= 2 && words.length === field.length && field.every((w, k) => words[k] === w);
  if (endsWithName) return [[...tokenize(alias).slice(0, lead), initials(named)].join(' ')];
  return isField ? [initials(field)] : [];
}

/**
 * English names a field by its worker's title with the agent ending changed: "social worker" → "social work", "care
 * manager" → "care management", "nurse navigator" → "nurse navigation", "school nurse" → "school nursing".
 */
const AGENT_TO_FIELD: Array<[RegExp, string]> = [
  [/manager$/, 'management'],
  [/nurse$/, 'nursing'],
  [/ator$/, 'ation'],
  [/worker$/, 'work'],
  [/reviewer$/, 'review'],
  [/planner$/, 'planning'],
  [/therapist$/, 'therapy'],
];

/** The last word of a role's name, as written ("manager" of "Case manager"): what its aliases and other jobs end with. */
export const nameEnd = (role: { name: string }): string => tokenize(role.name).at(-1) ?? '';

/** The field each role's aliases name (aliases of two or more words ending with the role's name), one role each. */
function derivedFields(kb: KnowledgeBase): Map<string, RoleId> {
  const fields = new Map<string, RoleId | null>();
  for (const role of Object.values(kb.roles)) {
    const end = stem(nameEnd(role));
    for (const alias of role.aliases) {
      const words = tokenize(alias);
      if (words.length < 2 || stem(words.at(-1)!) !== end) continue;
      const rule = AGENT_TO_FIELD.find(([ending]) => ending.test(words.at(-1)!));
      if (!rule) continue;
      const field = [...words.slice(0, -1), words.at(-1)!.replace(rule[0], rule[1])].join(' ');
      fields.set(field, fields.has(field) && fields.get(field) !== role.id ? null : role.id);
    }
  }
  return new Map([...fields].flatMap(([field, role]) => (role ? [[field, role] as [string, RoleId]] : [])));
}

/**
 * The aliases as people also type them: a job word in an alias written as the one word the synonyms read as the same
 * job ("forensic nurse" → "forensic rn", "cdi rn" → "cdi nurse"), where `language.json` lists the job among other
 * jobs. Each form names the role only when no alias or list already reads it; a form several roles get names none.
 */
function respelledAliases(kb: KnowledgeBase): Map<string, RoleId> {
  const jobs = new Set(kb.language.otherJobs.map(stemPhrase));
  const spellings = kb.language.synonyms
    .filter((group) => jobs.has(stemPhrase(group.canonical)))
    .map((group) => [group.canonical, ...group.variants].filter((word) => tokenize(word).length === 1).map(stem))
    .filter((words) => words.length > 1);
  const forms = new Map<string, RoleId | null>();
  for (const role of Object.values(kb.roles))
    for (const alias of role.aliases) {
      const words = tokenize(alias).map(stem);
      words.forEach((word, i) => {
        for (const other of spellings.find((group) => group.includes(word)) ?? []) {
          if (other === word) continue;
          const form = words.with(i, other).join(' ');
          forms.set(form, forms.has(form) && forms.get(form) !== role.id ? null : role.id);
        }
      });
    }
  return new Map([...forms].flatMap(([form, role]) => (role ? [[form, role] as [string, RoleId]] : [])));
}

/**
 * The topic terms the words of each role's own name and head word are read as ("research" of a clinical research
 * coordinator is a term of the duties; "documentation" of a documentation specialist reads as "record"): with that
 * role named, such a word names its field, not a topic.
 */
export function nameTerms(kb: KnowledgeBase, phrases: ReadonlyMap<string, Concept>): Map<RoleId, Set<string>> {
  const terms = new Map<RoleId, Set<string>>();
  for (const role of Object.values(kb.roles)) {
    const read = [...tokenize(role.name), ...tokenize(role.head)].map((word) => phrases.get(stem(word)));
    terms.set(role.id, new Set(read.flatMap((concept) => (concept?.kind === 'term' ? [concept.term] : []))));
  }
  return terms;
}

/**
 * A role's short forms, each with the alias it comes from: those of its aliases (shortFormsOf) and of its name
 * (nameShortFormsOf), less the ones its file turns off (`noShortForms`, compared as typed words: "RN CM" is "rn cm").
 */
export function roleShortForms(role: Role): Array<{ form: string; alias: string }> {
  const off = new Set((role.noShortForms ?? []).map((form) => tokenize(form).join(' ')));
  return role.aliases.flatMap((alias) =>
    [...shortFormsOf(alias, nameEnd(role)), ...nameShortFormsOf(alias, role.name)]
      .filter((form) => !off.has(tokenize(form).join(' ')))
      .map((form) => ({ form, alias })),
  );
}

/** Each derived short form and the roles it could stand for. */
function derivedShortForms(kb: KnowledgeBase): Map<string, Set<RoleId>> {
  const forms = new Map<string, Set<RoleId>>();
  for (const role of Object.values(kb.roles))
    for (const { form } of roleShortForms(role)) forms.set(form, (forms.get(form) ?? new Set()).add(role.id));
  return forms;
}
