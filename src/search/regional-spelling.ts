/**
 * English's two spellings of one word, British and American ("licence" "license", "colour" "color", "organise"
 * "organize", "centre" "center", "paediatric" "pediatric", "counselling" "counseling", "programme" "program"). A
 * question written in one and facts written in the other mean the same word: without this, "do care managers need a
 * licence" does not meet the facts' "license", and what they state of it is taken for unsaid. Only the
 * correspondences of the word's ending or of a digraph, each tried both ways; a spelling is taken only where the facts
 * write it and not the one typed (readAsFactsSpell), so "four" never becomes "for".
 */

/**
 * One spelling correspondence: the British form's pattern and what the American writes for it; `back`, the American
 * form's pattern and the British for it, where the British spelling can be told from the American.
 */
type Correspondence = { british: RegExp; american: string; back?: RegExp; toBritish?: string };

const CORRESPONDENCES: readonly Correspondence[] = [
  // licence, defence, offence (the noun); licenced
  { british: /enc(e|es|ed)$/, american: 'ens$1', back: /ens(e|es|ed)$/, toBritish: 'enc$1' },
  // colour, behavioural, labourer, favourite
  {
    british: /our(s|ed|ing|al|er|ers|ite|able)?$/,
    american: 'or$1',
    back: /or(s|ed|ing|al|er|ers|ite|able)?$/,
    toBritish: 'our$1',
  },
  // organise, specialised, organisation
  {
    british: /is(e|es|ed|ing|ation|ations)$/,
    american: 'iz$1',
    back: /iz(e|es|ed|ing|ation|ations)$/,
    toBritish: 'is$1',
  },
  // analyse
  { british: /ys(e|es|ed|ing)$/, american: 'yz$1', back: /yz(e|es|ed|ing)$/, toBritish: 'ys$1' },
  // centre, theatre
  { british: /tre(s?)$/, american: 'ter$1', back: /ter(s?)$/, toBritish: 'tre$1' },
  // catalogue, dialogue
  { british: /ogue(s?)$/, american: 'og$1', back: /og(s?)$/, toBritish: 'ogue$1' },
  // programme
  { british: /mme(s?)$/, american: 'm$1', back: /m(s?)$/, toBritish: 'mme$1' },
  // counselling, travelled, counsellor: a doubled l after an unstressed e or a, after a syllable before it
  {
    british: /(\w{3}[ea])ll(ed|ing|er|ers|or|ors)$/,
    american: '$1l$2',
    back: /(\w{3}[ea])l(ed|ing|er|ers|or|ors)$/,
    toBritish: '$1ll$2',
  },
  // paediatric, anaesthesia, oedema, haematology (which "e" was "ae" the American spelling does not say)
  { british: /[ao]e/, american: 'e' },
];

/** Below this many letters a word keeps its spelling: lower reads more short words in the other spelling, at the risk
 * of taking one for another word ("four", "for"). */
const MIN_LETTERS = 5;

/** The word's other regional spellings, as each correspondence rewrites it, British to American and back. */
export function otherSpellings(word: string): string[] {
  if (word.length < MIN_LETTERS) return [];
  const forms = new Set<string>();
  for (const { british, american, back, toBritish } of CORRESPONDENCES) {
    if (british.test(word)) forms.add(word.replace(british, american));
    if (back && toBritish && back.test(word)) forms.add(word.replace(back, toBritish));
  }
  forms.delete(word);
  return [...forms];
}

/**
 * The word as the facts spell it: the typed word when they write it or no other spelling of it, else the first other
 * spelling they write.
 */
export function readAsFactsSpell(word: string, written: ReadonlySet<string>): string {
  if (written.has(word) || word.length < MIN_LETTERS) return word;
  let read = readings.get(written);
  if (!read) {
    read = new Map();
    readings.set(written, read);
  }
  const known = read.get(word);
  if (known !== undefined) return known;
  // Forgotten all at once when full: what typed words it holds is the users', not bounded by the knowledge.
  if (read.size >= READINGS_KEPT) read.clear();
  const found = otherSpellings(word).find((form) => written.has(form)) ?? word;
  read.set(word, found);
  return found;
}

/** The words already read against each set of the facts' spellings: every message repeats its common words. */
const readings = new WeakMap<ReadonlySet<string>, Map<string, string>>();
/** How many typed words' readings are kept: more saves the rewriting of rarer words, at their memory. */
const READINGS_KEPT = 20_000;
