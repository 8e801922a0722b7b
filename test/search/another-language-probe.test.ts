import { describe, expect, it } from 'vitest';
import { ask, BOTH, CARE, CASE } from '../support/ask.ts';

// Issue 18, round 15: a probe of the kind "a question written partly or wholly in another language, as bilingual
// hospital staff write it", in wordings of our own (none from a labelled set), labelled as LABELLING.md labels them.
// Each is [thread..., question], then what the card should be. The mechanism (other-language.ts) reads the language's
// grammar words and the cognates of its other words; words it cannot read (content verbs: "trabajar", "ganar"; nouns
// that are no cognate: "semana") stay unread, so the probe measures the kind, not the words of the mechanism.

type Want = { kind: 'answer'; topic: string; roles: string[]; covered: boolean } | { kind: 'declined' | 'smalltalk' };
const answer = (topic: string, roles: string[], covered: boolean): Want => ({ kind: 'answer', topic, roles, covered });

const PROBE: ReadonlyArray<[string[], Want]> = [
  [['qué tipo de experiencia necesita un case manager?'], answer('experience', CASE, true)],
  [['cuál es el salario promedio de un care manager?'], answer('salary', CARE, true)],
  [['los case managers trabajan en hospitales?'], answer('work-environment', CASE, true)],
  [['el case manager necesita licencia de enfermera?'], answer('certification', CASE, true)],
  [['la certificación del care manager, quién la da?'], answer('certification', CARE, true)],
  [['cuánto cuesta el examen de certificación para case managers?'], answer('certification', CASE, false)],
  [['los care managers visitan a los pacientes en su casa?'], answer('duties', CARE, true)],
  [['un care manager puede tener un degree en psicología?'], answer('education', CARE, true)],
  [['cuántos años de experiencia necesita un care manager?'], answer('experience', CARE, true)],
  [['es verdad que los case managers ganan más que los care managers?'], answer('salary', BOTH, true)],
  [['los care managers trabajan los fines de semana?'], answer('work-environment', CARE, false)],
  [['qué habilidades necesita un case manager?'], answer('skills', CASE, true)],
  [['el case manager trabaja directamente con los pacientes?'], answer('duties', CASE, true)],
  [['cuál es la diferencia entre case manager y care manager?'], answer('definition', BOTH, true)],
  [['necesita un case manager una certificación específica?'], answer('certification', CASE, true)],
  [['qué hace un care manager en un día normal?'], answer('duties', CARE, true)],
  [['dónde trabajan normalmente los care managers?'], answer('work-environment', CARE, true)],
  [['un case manager necesita un bachelor o es suficiente con un associate?'], answer('education', CASE, true)],
  [['cuánto gana un case manager en Nueva York?'], answer('salary', CASE, false)],
  [['la experiencia como enfermera de ICU cuenta para case manager?'], answer('experience', CASE, true)],
  [['los care managers necesitan licencia?'], answer('certification', CARE, false)],
  [['combien gagne un care manager?'], answer('salary', CARE, true)],
  [['quelle certification faut-il pour être care manager?'], answer('certification', CARE, true)],
  [['does a case manager necesita BSN o el ADN es suficiente?'], answer('education', CASE, true)],
  [['qué certificación necesita un case manager?', 'y cuánto cuesta?'], answer('certification', CASE, false)],
  [['cuánto gana un care manager?', 'y en Texas?'], answer('salary', CARE, false)],
  [['what do care managers do all day?', 'y los case managers?'], answer('duties', CASE, true)],
  [['el salario de un care manager incluye beneficios?'], answer('salary', CARE, false)],
  [['un care manager tiene que tener experiencia supervisada?'], answer('experience', CARE, true)],
  [['cuánto gana un farmacéutico?'], { kind: 'declined' }],
  [['necesito la dirección del hospital'], { kind: 'declined' }],
];

/**
 * What the mechanism does not read yet, kept in the probe so that it measures the kind: each is expected to fail, and
 * turns red once it passes (then move it above): a content verb or noun that is no cognate ("trabajar", "semana",
 * "beneficios").
 */
const NOT_YET = new Set([
  'los care managers trabajan los fines de semana?',
  'el salario de un care manager incluye beneficios?',
]);

describe('a question in another language, as bilingual staff write it (probe)', () => {
  const cases = PROBE.map(([messages, want]) => [messages.join(' → '), messages, want] as const);
  it.each(cases.filter(([, messages]) => !NOT_YET.has(messages[0]!)))('%s', (_, messages, want) => {
    expect(ask(...messages)).toMatchObject(want);
  });
  it.fails.each(cases.filter(([, messages]) => NOT_YET.has(messages[0]!)))('not yet: %s', (_, messages, want) => {
    expect(ask(...messages)).toMatchObject(want);
  });
});
