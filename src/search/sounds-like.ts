/**
 * How an English word sounds, roughly, from its spelling: the consonants one hears, in order (a reduced Metaphone).
 * Speech-to-text writes a word it mishears as another that sounds the same ("Kay's" for "case"); two words with the
 * same key sound alike. Only consonants count (vowels vary most between a word and its mishearing); a leading vowel
 * is kept as "a" so "ace" is not "s".
 */
export function soundKey(word: string): string {
  const spelled = word
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/gh/g, '')
    .replace(/x/g, 'ks')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/[cq]/g, 'k')
    .replace(/(?<=.)e$/, '')
    .replace(/z/g, 's');
  const first = /^[aeiouy]/.test(spelled) ? 'a' : '';
  return first + spelled.replace(/[aeiouyhw]/g, '').replace(/(.)\1+/g, '$1');
}
