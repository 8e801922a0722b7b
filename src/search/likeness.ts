/**
 * When a word of a question counts as a word of the facts, for the checks that read what the facts leave unsaid
 * (unsaid.ts) and what a generic verb takes (relation.ts): one rule, so the two never disagree on what "named" means.
 */

/**
 * Words that share this many first letters are forms of one word ("legally" and "legal", "organized" and
 * "organization"). Lower counts unrelated words as said ("consider", "consult").
 */
export const SAME_WORD_LETTERS = 5;
/**
 * How close in meaning (cosine of word vectors) an everyday word must be to a word of the facts to be named by it,
 * where a neighbour is not enough: "do they help the *families* too" (another role's facts state it; "home" is near
 * "family" as a neighbour, not as a synonym), "do they *work in hospitals*". Higher flags more everyday words the
 * facts do cover in other words; lower lets neighbours answer.
 */
export const COMMON_SAID_SIMILARITY = 0.7;
