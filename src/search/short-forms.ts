/**
 * The short forms the knowledge derives from the roles' aliases ("case manager" → "CM", "heart failure" → "HF"), as
 * `kb check` lists them: a keeper never wrote them, so the check says which there are and how each is read. One the
 * role's file also lists as an alias is the keeper's own, and not listed.
 */
import type { KnowledgeBase, RoleId } from '../knowledge/schema.ts';
import type { Lexicon } from './lexicon.ts';
import { stemPhrase, tokenize } from './normalize.ts';
import { roleShortForms } from './role-words.ts';

/** How a derived short form is read in a question. */
export type ShortFormReading =
  /** It names the role (alone, or as one of its own aliases too). */
  | 'role'
  /** Several roles derive it ("CM"): the one set against it, the conversation, or all of them. */
  | 'shared'
  /** A word the lists read otherwise ("ur" is "your"): it names the role only typed in capitals ("UR"). */
  | 'capitals'
  /** Another role's alias, or a phrase of another list, reads it: it never names this role. */
  | 'not-read';

export type DerivedShortForm = {
  role: RoleId;
  /** The short form as people type it: its initials in capitals ("HFN", "RN CM", "geriatric CM"). */
  form: string;
  /** The aliases it is derived from, as the role's file writes them. */
  from: string[];
  read: ShortFormReading;
  /** For `shared`, every role that derives it; for `not-read`, the role that takes it, when one does. */
  roles?: RoleId[];
  /**
   * Another job whose initials it is, as `language.json` `otherJobs` writes it ("practical nurse" for "PN"): read as
   * the role, the form takes that job's questions. kb check warns (ALSO MEANS); `noShortForms` turns it off.
   */
  alsoJob?: string;
};

/** The words as people write the form: a word of up to this many letters is written in capitals ("RN CM"). */
const CAPITALISED_LETTERS = 3;

const written = (form: string) => {
  const words = tokenize(form);
  return words
    .map((w, i) => (i === words.length - 1 || w.length <= CAPITALISED_LETTERS ? w.toUpperCase() : w))
    .join(' ');
};

/** Each role's derived short forms, with the aliases they come from, in the roles' list order. */
function derivedByRole(kb: KnowledgeBase): Array<{ role: RoleId; form: string; from: string[] }> {
  const out: Array<{ role: RoleId; form: string; from: string[] }> = [];
  for (const role of kb.roleOrder.map((id) => kb.roles[id]!)) {
    const forms = new Map<string, Set<string>>();
    const aliases = new Set(role.aliases.map(stemPhrase));
    // One the role's file lists as an alias ("sane") was written by the keeper, not derived.
    for (const { form, alias } of roleShortForms(role))
      if (!aliases.has(stemPhrase(form))) forms.set(form, (forms.get(form) ?? new Set()).add(alias));
    for (const [form, from] of forms) out.push({ role: role.id, form, from: [...from] });
  }
  return out;
}

/** The initials of the other jobs of two or more words ("practical nurse" → "pn"), each with the job as written. */
function jobInitials(lexicon: Lexicon): Map<string, string> {
  const initials = new Map<string, string>();
  for (const [key, concept] of lexicon.phrases) {
    const words = key.split(' ');
    if (concept.kind !== 'job' || words.length < 2) continue;
    const form = words.map((word) => word[0]).join('');
    if (!initials.has(form)) initials.set(form, concept.phrase);
  }
  return initials;
}

/** How the lexicon reads a role's derived short form. */
function readingOf(form: string, role: RoleId, lexicon: Lexicon): Pick<DerivedShortForm, 'read' | 'roles'> {
  if (lexicon.capitals.has(form)) return { read: 'capitals' };
  const concept = lexicon.phrases.get(stemPhrase(form));
  if (concept?.kind === 'short-form' && concept.roles.includes(role)) return { read: 'shared', roles: concept.roles };
  if (concept?.kind === 'role' && concept.role === role) return { read: 'role' };
  return concept?.kind === 'role' ? { read: 'not-read', roles: [concept.role] } : { read: 'not-read' };
}

/**
 * Every short form derived from the roles' aliases and how a question reads it: the initials of an alias ending with
 * the last word of the role's name ("heart failure nurse" → "HFN"), its short leading words kept ("rn case manager" →
 * "RN CM"), the whole name shortened after words of its own ("geriatric CM"), and the field an alias names as the name
 * less its last word ("heart failure" → "HF"; role-words.ts).
 */
export function derivedShortForms(kb: KnowledgeBase, lexicon: Lexicon): DerivedShortForm[] {
  const jobs = jobInitials(lexicon);
  return derivedByRole(kb).map(({ role, form, from }) => {
    const reading = readingOf(form, role, lexicon);
    // A form never read as the role takes nothing from the job.
    const job = reading.read === 'not-read' ? undefined : jobs.get(tokenize(form).join(''));
    return { role, form: written(form), from, ...reading, ...(job ? { alsoJob: job } : {}) };
  });
}
