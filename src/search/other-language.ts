/**
 * A message written wholly or partly in another language, as bilingual staff write ("los care managers tienen que
 * estar certified?", "el care manager necesita licencia del estado?"), read in English before anything else reads it.
 * Two general means, no glossary of what people ask about:
 * - the language's closed class of grammar words (language.json `otherLanguages`: articles, pronouns, prepositions,
 *   conjunctions, question words, auxiliaries and modals), which also tells the language: a message using at least
 *   MIN_MARKERS of them that are no English word is in it;
 * - cognates: a word of it that is no English word and shares its stem with an English word we know, once the
 *   spelling correspondences between the Romance languages and English are undone ("certificación" →
 *   "certification", "licencia" → "license", "estado" → "state", "cuesta" → "cost", "salaire" → "salary").
 * Words neither reads stay as typed; the English words of the message are left alone.
 */
import type { KnowledgeBase } from '../knowledge/schema.ts';
import { normalize, stem } from './normalize.ts';
import { amongCommonest, isEveryday } from './word-vectors.ts';

/** One language's closed class, read: folded phrase → its English, and the words that tell the language. */
export type OtherLanguage = {
  language: string;
  /** Folded (accentless) phrase → its readings: the English, and the accented spelling when the key has one. */
  phrases: Map<string, Array<{ english: string; accented: string | null }>>;
  maxWords: number;
  /** Folded single words of the closed class that no English speaker types as a word of their own ("los", "qué"). */
  markers: Set<string>;
};

/**
 * Distinct grammar words of one language, none of them English, that make a message that language's. One is not
 * enough: "LA" (Los Angeles), "de" before a hyphen, "mi" in patois; higher misses a short question ("donde trabajan?").
 */
const MIN_MARKERS = 2;
/** A letter alone tells no language: "L&D", "we'd" and "y" (text-speak's "why") are English too. */
const MIN_MARKER_LETTERS = 2;
/**
 * The shortest English stem a cognate may share: shorter ones are chance ("casa" and "cas-", "pagan" and "pag-").
 * Higher misses "cost" in "cuesta"; lower reads a foreign word's first syllable as an English word.
 */
const MIN_COGNATE_STEM = 4;
/**
 * How common an English word must be (its place in the word table) to be a cognate's English: past it the table's
 * words are rare and half of them names and other languages' words ("costa", "casa"). Higher finds rarer cognates.
 */
const COGNATE_RANK = 20_000;

/** The closed classes of the knowledge's other languages, read. */
export function readOtherLanguages(kb: KnowledgeBase): OtherLanguage[] {
  return kb.language.otherLanguages.map(({ language, words }) => {
    const phrases = new Map<string, Array<{ english: string; accented: string | null }>>();
    for (const [written, english] of Object.entries(words)) {
      const key = normalize(written);
      const lower = written.normalize('NFC').toLowerCase();
      const accented = lower === key ? null : lower;
      phrases.set(key, [...(phrases.get(key) ?? []), { english, accented }]);
    }
    const single = [...phrases.keys()].filter((key) => !key.includes(' '));
    const markers = new Set(single.filter((key) => key.length >= MIN_MARKER_LETTERS && !isEveryday(key)));
    const maxWords = Math.max(1, ...[...phrases.keys()].map((key) => key.split(' ').length));
    return { language, phrases, maxWords, markers };
  });
}

type Token = {
  start: number;
  end: number;
  typed: string;
  folded: string;
  /** The word opens a sentence, and the sentence asks (ends with "?"). */
  opens: boolean;
  asks: boolean;
  capital: boolean;
  /** Written with a letter English does not use ("é", "ñ"). */
  accented: boolean;
};

/** A word's run of letters, marks and digits. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** A word of English's letters and digits alone, which has nothing to fold but its case. */
const ASCII_WORD = /^[A-Za-z0-9]*$/;
/** A run of letters and digits only: what normalize() leaves as it is, but for its case. */
const LETTERS_ONLY = /^[\p{L}\p{N}]*$/u;

/**
 * normalize() of one word's run (WORD): Slack's markup and punctuation cannot be in it, so accents and case are all
 * there is to fold, unless undoing a compatibility form leaves a mark that is no letter (then the full fold).
 */
function foldWord(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  const bare = word.normalize('NFKD').replace(/\p{M}+/gu, '');
  return LETTERS_ONLY.test(bare) ? bare.toLowerCase() : normalize(word);
}

/** Every language's markers in one set, per list of languages: a message using none of them is in none. */
const allMarkers = new WeakMap<readonly OtherLanguage[], Set<string>>();
function markersOf(languages: readonly OtherLanguage[]): Set<string> {
  let markers = allMarkers.get(languages);
  if (!markers) {
    markers = new Set(languages.flatMap((language) => [...language.markers]));
    allMarkers.set(languages, markers);
  }
  return markers;
}

/** The message's words with where they are, as typed (lowercase, accents kept) and folded; one pass each way. */
function tokensOf(found: RegExpExecArray[], folds: string[], text: string): Token[] {
  const tokens = found.map((m, i) => {
    const end = m.index + m[0].length;
    const gapBefore = text.slice(i === 0 ? 0 : found[i - 1]!.index + found[i - 1]![0].length, m.index);
    return {
      start: m.index,
      end,
      typed: m[0].normalize('NFC').toLowerCase(),
      folded: folds[i]!,
      opens: i === 0 || /[.?!¿¡:;,]/.test(gapBefore),
      asks: false,
      capital: /^\p{Lu}\p{Ll}/u.test(m[0]),
      accented: /[\u00c0-\u024f]/u.test(m[0]),
    };
  });
  // Whether a word's sentence asks: the first mark that ends a sentence after it is "?".
  let mark = '';
  for (let i = tokens.length - 1; i >= 0; i--) {
    const gapAfter = text.slice(tokens[i]!.end, tokens[i + 1]?.start ?? text.length);
    mark = /[.?!]/.exec(gapAfter)?.[0] ?? mark;
    tokens[i]!.asks = mark === '?';
  }
  return tokens;
}

/**
 * The language whose grammar words the message uses most, at least MIN_MARKERS of them with its supporting signs
 * (other words written with a letter English does not use, "específicamente"; its one-letter grammar words, "y") and
 * one grammar word of two letters or more; null when none does.
 */
function languageOf(tokens: Token[], languages: readonly OtherLanguage[], english: EnglishWords): OtherLanguage | null {
  let best: OtherLanguage | null = null;
  let most = MIN_MARKERS - 1;
  for (const language of languages) {
    const used = tokens.filter((t) => language.markers.has(t.folded));
    // English written with a word or two another language shares ("a degree in LA a plus") has more of its own.
    const englishGrammar = tokens.filter((t) => english.grammar.has(t.folded) && !language.phrases.has(t.folded));
    if (used.length < englishGrammar.length) continue;
    const grammar = new Set(used.map((t) => t.folded));
    // Supporting signs, with one grammar word: a word with a letter English does not use, a grammar word of one letter.
    const signs = tokens.filter(
      (t) =>
        !grammar.has(t.folded) && (t.accented || (t.folded.length === 1 && oneLetterSign(t.folded, language, english))),
    );
    const count = grammar.size === 0 ? 0 : grammar.size + new Set(signs.map((t) => t.folded)).size;
    if (count > most) [best, most] = [language, count];
  }
  return best;
}

/** English's words of one letter; text-speak's ("u", "r") are the knowledge's abbreviations (EnglishWords). */
const ENGLISH_LETTERS = new Set(['a', 'i']);
/** A grammar word of one letter that English does not write as a word ("y", "o"; not "a", "i", "u"). */
const oneLetterSign = (letter: string, language: OtherLanguage, english: EnglishWords) =>
  language.phrases.has(letter) && !ENGLISH_LETTERS.has(letter) && !english.knows(letter);

/** What a known English word is: the knowledge's own words, and English's common ones; and its grammar words. */
export type EnglishWords = { knows(word: string): boolean; undoubled: Map<string, string>; grammar: Set<string> };

/**
 * The English of a message in another language of the knowledge's, and the words of it neither the closed class nor a
 * cognate read (folded); the message as typed and null when it is in none.
 */
export function inEnglish(
  text: string,
  languages: readonly OtherLanguage[],
  english: EnglishWords,
): { text: string; unread: Set<string> | null } {
  const none = { text, unread: null };
  if (languages.length === 0) return none;
  const found = [...text.matchAll(WORD)];
  const folds = found.map((m) => foldWord(m[0]));
  // languageOf reads a language only from one of its markers: without any, the message is in none.
  const markers = markersOf(languages);
  if (!folds.some((fold) => markers.has(fold))) return none;
  const tokens = tokensOf(found, folds, text);
  const language = languageOf(tokens, languages, english);
  if (!language) return none;
  let out = '';
  let at = 0;
  const unread = new Set<string>();
  for (let i = 0; i < tokens.length; ) {
    const phrase = closedClassAt(tokens, i, language);
    const token = tokens[i]!;
    const length = phrase?.length ?? 1;
    const said = phrase ? phrase.english : cognateOf(token, english);
    // Left as typed: a grammar word English would misread there, or a word we do not know (a number is read as one).
    if (said === null && (phrase || !(english.knows(token.folded) || /\d/.test(token.folded))))
      unread.add(token.folded);
    if (said !== null) {
      out += `${text.slice(at, token.start)}${said}`;
      at = tokens[i + length - 1]!.end;
      // An elided word ("d'un", "l'examen") is a word of its own: its apostrophe is a space in English.
      if (/^['\u2019]\p{L}/u.test(text.slice(at))) [out, at] = [`${out} `, at + 1];
    }
    i += length;
  }
  return { text: out + text.slice(at), unread };
}

/** The longest phrase of the closed class at a word, with its English; null when none starts there. */
function closedClassAt(
  tokens: Token[],
  i: number,
  language: OtherLanguage,
): { length: number; english: string | null } | null {
  for (let length = Math.min(language.maxWords, tokens.length - i); length >= 1; length--) {
    const run = tokens.slice(i, i + length);
    const readings = language.phrases.get(run.map((t) => t.folded).join(' '));
    if (!readings) continue;
    const typed = run.map((t) => t.typed).join(' ');
    // An accented spelling is that word ("qué" what, "que" that); unaccented, it is so only opening a sentence,
    // where Spanish's question words stand, and where people leave out the accent.
    const reading =
      readings.find((r) => r.accented === typed) ??
      (run[0]!.opens && run[0]!.asks ? readings.find((r) => r.accented !== null && asks(r.english)) : undefined) ??
      readings.find((r) => r.accented === null);
    if (reading) return { length, english: stated(reading.english, run[0]!) };
  }
  return null;
}

/**
 * English's auxiliaries that open a question ("is", "does", "can"). Another language opens statements with the verbs
 * they translate ("hace frío hoy", "es normal"), and marks its questions by "?" alone: there the word is left as typed,
 * or English would read a question the message does not ask.
 */
const OPENS_QUESTION = new Set(['is', 'are', 'do', 'does', 'can', 'could', 'must', 'should', 'would', 'will']);

/** The English of a grammar word; null (left as typed) for an auxiliary opening a sentence that does not ask. */
const stated = (english: string, first: Token): string | null =>
  first.opens && !first.asks && OPENS_QUESTION.has(english.split(' ')[0]!) ? null : english;

/** English's question words: what the accented question words of another language are. */
const QUESTION_WORDS = new Set(['what', 'which', 'who', 'where', 'when', 'how', 'why']);
const asks = (english: string) => QUESTION_WORDS.has(english.split(' ')[0]!.toLowerCase());

/**
 * The spelling correspondences of Romance words with their English cognates, at a word's end: the foreign ending and
 * the English one ("-ción" "-tion", "-dad" "-ty", "-encia" "-ence", "-ario" "-ary", "-ico" "-ic", "-ado" "-ate"),
 * each tried in turn ("-encia" is "-ense" where American English writes it so: "licencia" "license"). A closed set of
 * the languages' derivational endings, not of words.
 */
const ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ciones', 'tions'],
  ['cion', 'tion'],
  ['dades', 'ties'],
  ['dad', 'ty'],
  ['encias', 'ences'],
  ['encia', 'ense'],
  ['encia', 'ence'],
  ['ancias', 'ances'],
  ['ancia', 'ance'],
  ['arios', 'aries'],
  ['ario', 'ary'],
  ['aria', 'ary'],
  ['aire', 'ary'],
  ['icos', 'ics'],
  ['ico', 'ic'],
  ['ica', 'ic'],
  ['osos', 'ous'],
  ['oso', 'ous'],
  ['osa', 'ous'],
  ['ivo', 'ive'],
  ['iva', 'ive'],
  ['ado', 'ate'],
  ['ada', 'ate'],
  ['ia', 'y'],
];
/** Adverbs are adjectives with an ending: "específicamente" is "específica" + "-mente", as "specifically" is "-ly". */
const ADVERB = /(?:mente|ment)$/;
/**
 * Inside the word, each tried undone first: "es-" before a consonant is English "s-" ("estado" "state", not "estate");
 * "ci" before a vowel is "ti" ("paciente" "patient"); the diphthong "ue" is "o" ("cuesta" "cost"; after "g" or "q" the
 * "u" is no vowel of its own); "psic-" is "psych-"; "f" is the "ph" of a word from Greek ("teléfono" "telephone",
 * "farmacia" "pharmacy").
 */
const INSIDE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^es(?=[^aeiou])/, 's'],
  [/ci(?=[aeiou])/g, 'ti'],
  [/(?<![gq])ue/g, 'o'],
  [/^psic/, 'psych'],
  [/f/g, 'ph'],
];
/** The inflections a Romance word adds to its stem (gender, number, the verb's infinitive), longest first. */
const INFLECTIONS = ['os', 'as', 'es', 'en', 'an', 'ar', 'er', 'ir', 'a', 'e', 'o', 's', ''];
/** The shortest word worth reading as a cognate: shorter ones are grammar, which the closed class reads. */
const MIN_COGNATE_LETTERS = 5;

/** The English cognate of a word no English speaker types, when one we know shares its stem; null otherwise. */
function cognateOf(token: Token, english: EnglishWords): string | null {
  const word = token.folded;
  if (word.length < MIN_COGNATE_LETTERS || /\d/.test(word) || (token.capital && !token.opens)) return null;
  if (english.knows(word)) return null;
  for (const form of spellings(word)) {
    const found = englishStem(form, english);
    if (found !== null && found !== word) return found;
  }
  return null;
}

/** The word with the correspondences undone: each combination of the inner ones, with its ending or without. */
function spellings(word: string): string[] {
  const plain = word.replace(ADVERB, '');
  let forms = [plain];
  for (const [pattern, english] of INSIDE)
    forms = forms.flatMap((form) => {
      const changed = form.replace(pattern, english);
      return changed === form ? [form] : [changed, form];
    });
  return forms.flatMap((form) => [
    ...ENDINGS.filter(([foreign]) => form.endsWith(foreign)).map(
      ([foreign, ours]) => form.slice(0, -foreign.length) + ours,
    ),
    form,
  ]);
}

/** The English word a spelling is, or is the stem of with a Romance inflection; null when it is none. */
function englishStem(form: string, english: EnglishWords): string | null {
  for (const inflection of INFLECTIONS) {
    if (!form.endsWith(inflection)) continue;
    const base = form.slice(0, form.length - inflection.length);
    if (base.length < MIN_COGNATE_STEM) continue;
    if (english.knows(base)) return base;
    // English writes a silent "e" where the Romance word has its inflection's vowel ("teléfono" "telephone").
    if (/^[aeo]s?$/.test(inflection) && english.knows(`${base}e`)) return `${base}e`;
    const doubled = english.undoubled.get(base);
    if (doubled) return doubled;
  }
  return null;
}

/** A word written with each doubled letter single ("communication" "comunication"): Romance spelling doubles fewer. */
const undouble = (word: string): string => word.replace(/(\p{L})\1/gu, '$1');

/**
 * The English words a cognate may be: the knowledge's own, and English's common ones (COGNATE_RANK); and English's
 * grammar words (the knowledge's stopwords), which tell English from another language.
 */
export function englishWords(known: Iterable<string>, grammar: Set<string>): EnglishWords {
  const own = new Set(known);
  const undoubled = new Map<string, string>();
  for (const word of own) if (undouble(word) !== word) undoubled.set(undouble(word), word);
  return {
    knows: (word) => own.has(word) || own.has(stem(word)) || amongCommonest(word, COGNATE_RANK),
    undoubled,
    grammar,
  };
}
