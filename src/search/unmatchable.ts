import type { KnowledgeBase } from '../knowledge/schema.ts';
import { expandedWords, splitsSentences } from './analyze.ts';
import { buildLexicon, type Lexicon } from './lexicon.ts';
import { joinCompounds, normalize, stem, stemPhrase, stripSlackMarkup, tokenize } from './normalize.ts';
import { ENGLISH_WORDS, shippedWordVectors } from './word-vectors.ts';
import type { Concept } from './reading.ts';

/** An alias, organisation or topic term no question can ever match as written, and why. */
export type Unmatchable = {
  file: string;
  field: string;
  phrase: string;
  why: string;
  /** Set when the phrase matches too much rather than never (an everyday word or only grammar words as an alias). */
  tooMuch?: true;
  /**
   * Set when a one-word alias matches, but takes from the language file or from English a word that means something
   * else there ("pt", read as "patient"; "ip", an English short form): every question using it names the role.
   */
  alsoMeans?: true;
};

type Wanted = { file: string; field: string; phrase: string; means: (concept: Concept) => boolean };

/** What a phrase is read as instead, in the words of the file that says so. */
function describe(concept: Concept, kb: KnowledgeBase): string {
  switch (concept.kind) {
    case 'role':
      return `roles/${concept.role}.json names it (${kb.roles[concept.role]?.name ?? concept.role}), which wins`;
    case 'short-form':
      return `it is read as a short form of ${concept.roles.join(' and ')}`;
    case 'job':
      return 'language.json reads it as another job (otherJobs), which wins';
    case 'off-topic':
      return 'language.json lists it as off-topic (offTopic), which wins';
    case 'lookup':
      return 'contacts.json lists it as a lookup request (ways), which wins';
    case 'both-roles':
      return 'language.json reads it as both roles (bothRoles), which wins';
    case 'term':
      return `it is read as the term "${concept.term}"${concept.role ? ` (an organisation of ${concept.role}: roles/${concept.role}.json)` : ''}, which wins`;
    default:
      return `conversation.json reads it as a conversation word (${concept.kind}), which wins`;
  }
}

/** Why `wanted` never matches as written, or null when a question with exactly those words finds it. */
function whyNot(wanted: Wanted, lexicon: Lexicon, kb: KnowledgeBase): string | null {
  const { phrase } = wanted;
  if (stemPhrase(phrase) === '') return 'it has no letters or digits, so it reads as nothing';
  const cut = cutBy(phrase);
  if (cut) return cut;
  // Read as a question is: a compound the knowledge writes as one word ("ONN-CG") joined, short forms expanded.
  const raw = stemPhrase(joinCompounds(phrase, lexicon.compounds)).split(' ');
  const read = expandedWords(phrase, lexicon).map(stem);
  const expanded = raw.find((word, i) => read[i] !== word);
  if (expanded !== undefined || read.length !== raw.length) {
    const word = expanded ?? raw.at(-1)!;
    return `language.json's abbreviations expand "${word}" to "${lexicon.abbreviations.get(word)?.join(' ') ?? '?'}" before it is read${joinHint(phrase)}`;
  }
  const concept = lexicon.phrases.get(read.join(' '));
  if (concept === undefined) return 'no phrase of the lexicon holds it';
  return wanted.means(concept) ? null : `${readAs(phrase, read)}${describe(concept, kb)}`;
}

/** Why a message holding the phrase is cut before it is read (Slack markup, a sentence's end), or null. */
function cutBy(phrase: string): string | null {
  if (stripSlackMarkup(phrase) !== phrase)
    return 'part of it reads as Slack markup or an emoji code (<…>, :name:), which is dropped before reading';
  if (splitsSentences(phrase))
    return 'a message is cut into sentences at its punctuation (a full stop, "?", ";" or a dash between spaces), so its words are never read together: write it without';
  return null;
}

/** How a phrase whose punctuation or symbols are not read is read instead: 'written "CCM®", it is read as "ccm"; '. */
function readAs(phrase: string, read: string[]): string {
  const typed = phrase.trim().toLowerCase();
  return normalize(phrase) === typed
    ? ''
    : `written "${phrase}", it is read as "${read.join(' ')}" (punctuation and symbols are not read); `;
}

/** For a word with punctuation inside ("RN-BC") read as its parts: how to make it one word. */
function joinHint(phrase: string): string {
  return /[\p{L}\p{N}][^\p{L}\p{N}\s]+[\p{L}\p{N}]/u.test(phrase)
    ? "; a word written with punctuation inside is read as one word only when a role's aliases or organisations, or its facts in capitals, write it so"
    : '';
}

/** Every role's aliases and organisations and every topic's terms, each with what it should be read as. */
function wantedPhrases(kb: KnowledgeBase): Wanted[] {
  const roles = Object.values(kb.roles).flatMap((role) => {
    const file = `roles/${role.id}.json`;
    const names = (concept: Concept) =>
      (concept.kind === 'role' || concept.kind === 'term') && concept.role === role.id;
    return [
      ...role.aliases.map((phrase) => ({ file, field: 'aliases', phrase, means: names })),
      ...role.organisations.map((phrase) => ({ file, field: 'organisations', phrase, means: names })),
    ];
  });
  const terms = Object.values(kb.topics).flatMap((topic) =>
    topic.ask.terms.map((entry) => {
      const phrase = typeof entry === 'string' ? entry : entry.term;
      const key = stemPhrase(phrase);
      return {
        file: `topics/${topic.id}.json`,
        field: 'ask.terms',
        phrase,
        means: (c: Concept) => c.kind === 'term' && c.term === key,
      };
    }),
  );
  return [...roles, ...terms];
}

/**
 * The aliases, organisations and topic terms that no question can match as written: each is read the way a question
 * is (short forms expanded, then the longest phrase), and what it is read as instead is said, naming the file that
 * decides. `npm run kb -- check` warns about each; the app still loads the folder.
 */
export function unmatchablePhrases(kb: KnowledgeBase, lexicon: Lexicon = buildLexicon(kb)): Unmatchable[] {
  // A term another phrase stands for ("rn" for "nurse") is still reached, though its own words mean something else.
  const reached = new Set(
    [...lexicon.phrases].flatMap(([key, c]) => (c.kind === 'term' && key !== c.term ? [c.term] : [])),
  );
  const wanted = wantedPhrases(kb);
  const never = wanted.flatMap((one) => {
    if (one.field === 'ask.terms' && reached.has(stemPhrase(one.phrase))) return [];
    const why = whyNot(one, lexicon, kb) ?? takenFrom(one, wanted, lexicon);
    return why === null ? [] : [{ file: one.file, field: one.field, phrase: one.phrase, why }];
  });
  return [...never, ...tooCommon(kb, lexicon), ...alsoMeaning(kb)];
}

/**
 * For a role's phrase that matches, the other role file that writes the same words ("CCM®" and "ccm" are both read as
 * "ccm"): a phrase names one role, so the other's never matches; both files are named. Null when no other does.
 */
function takenFrom(one: Wanted, wanted: Wanted[], lexicon: Lexicon): string | null {
  if (one.field === 'ask.terms') return null;
  const key = (phrase: string) => expandedWords(phrase, lexicon).map(stem).join(' ');
  const same = wanted.find(
    (other) => other.field !== 'ask.terms' && other.file !== one.file && key(other.phrase) === key(one.phrase),
  );
  if (!same) return null;
  return `${readAs(one.phrase, key(one.phrase).split(' '))}${same.file} writes it too ("${same.phrase}"): a phrase names one role, and this one takes it from the other`;
}

/**
 * A single-word alias this common in English (its rank in the word table, 0 the most common) names the role in
 * questions that are not about it ("care", "review", "the"): higher warns about more words. Not word-vectors.ts's
 * EVERYDAY_RANK (the words that only frame a message), a wider cut.
 */
const TOO_COMMON_ALIAS_RANK = 2000;

/** Aliases that match too much rather than never: only grammar words, or one everyday English word. */
function tooCommon(kb: KnowledgeBase, lexicon: Lexicon): Unmatchable[] {
  const vectors = shippedWordVectors();
  return Object.values(kb.roles).flatMap((role) =>
    role.aliases.flatMap((phrase) => {
      const words = tokenize(phrase);
      const grammar = words.length > 0 && words.every((word) => lexicon.stopwords.has(word));
      const everyday = words.length === 1 && (vectors.rank(words[0]!) ?? Infinity) < TOO_COMMON_ALIAS_RANK;
      if (!grammar && !everyday) return [];
      const why = grammar
        ? 'it is only grammar words (language.json stopwords): every question using them would name this role'
        : 'it is an everyday English word: every question using it would name this role; write the phrase people use';
      return [{ file: `roles/${role.id}.json`, field: 'aliases', phrase, why, tooMuch: true as const }];
    }),
  );
}

/**
 * A one-word alias this short that English writes too is an initialism with other meanings ("ip", "ic", "ed", "pa"):
 * longer ones English writes are mostly the role's own nouns ("navigator", "examiner"). Longer warns about more
 * words people write for the role alone.
 */
const SHORT_FORM_LETTERS = 3;
/**
 * One-word aliases that mean something else, before the alias took them: a word the language file, the gaps or another
 * role reads otherwise (an abbreviation, a synonym, another job, an aspect, another role's short form), or a short
 * form English writes for other things. Read first as the alias, each names the role wherever it is typed.
 */
function alsoMeaning(kb: KnowledgeBase): Unmatchable[] {
  return Object.values(kb.roles).flatMap((role) => {
    const without = buildLexicon({
      ...kb,
      roles: { ...kb.roles, [role.id]: { ...role, aliases: [], organisations: [] } },
    });
    const file = `roles/${role.id}.json`;
    return role.aliases.flatMap((phrase) => {
      const why = aliasAlsoMeans(phrase, without, kb);
      return why === null ? [] : [{ file, field: 'aliases', phrase, why, alsoMeans: true as const }];
    });
  });
}

/** What a one-word alias means besides the role, and what that does; null when nothing else, or tooCommon's. */
function aliasAlsoMeans(phrase: string, without: Lexicon, kb: KnowledgeBase): string | null {
  const words = tokenize(phrase);
  const word = words[0]!;
  const rank = shippedWordVectors().rank(word) ?? Infinity;
  // Only grammar or an everyday word: tooCommon says so already.
  if (words.length !== 1 || without.stopwords.has(word) || rank < TOO_COMMON_ALIAS_RANK) return null;
  const why =
    otherReading(word, without, kb) ??
    (rank < ENGLISH_WORDS && word.length <= SHORT_FORM_LETTERS
      ? `"${word}" is also a short form English writes for other things (a word of the English word table)`
      : null);
  return (
    why && `${why}: every question writing it names this role; keep it only if people here write it for this role alone`
  );
}

/** What the lists read a word as when no alias of its role holds it, in the words of the file that says so; or null. */
function otherReading(word: string, lexicon: Lexicon, kb: KnowledgeBase): string | null {
  const expanded = lexicon.abbreviations.get(word);
  if (expanded) return `language.json's abbreviations read "${word}" as "${expanded.join(' ')}"`;
  // Another role's short form, or another job the role is ("lcsw"), is the role file's to take: an alias wins by design.
  const concept = lexicon.phrases.get(stem(word));
  if (concept && concept.kind !== 'role' && concept.kind !== 'short-form' && concept.kind !== 'job')
    return describe(concept, kb).replace(/, which wins$/, '');
  const aspects = lexicon.aspects.get(stem(word));
  if (aspects?.length) return `gaps.json reads it as asking for "${aspects[0]!.id}"`;
  return null;
}
