/**
 * Words that are not names, for names.ts. A name typed in lowercase ("pt bill murphy") has nothing to tell it from
 * a word but that it is not one of the words that follow "pt" or precede "MRN" in ordinary sentences; these are
 * those words: the function words of English, the verbs and nouns of a ward's chat, and the words of job titles.
 */
const FUNCTION_WORDS =
  'a an the and or but nor so yet if then than that this these those there here where when while what which who whom whose why how ' +
  'i me my mine we us our you your he him his she her it its they them their one ones some any all each every both either neither no not ' +
  'is am are was were be been being has have had having do does did done doing will would shall should can could may might must ' +
  'in on at to for of with from by as into onto about over under after before since until up down out off again also just only still ' +
  'very too much many more most less least few lot lots other another such same own now soon later today tonight tomorrow yesterday ' +
  'yes ok okay pls please thanks thank hi hey hello sorry lol btw fyi idk tho though although because bc cuz per via vs re w wo ' +
  'like just even ever never always sometimes usually really actually anyway anyone someone everyone nobody anything something everything';

const VERBS =
  'ask asks asked asking want wants wanted need needs needed say says said tell tells told call calls called calling come comes came ' +
  'go goes went going get gets got getting keep keeps kept know knows knew think thinks thought see sees saw seen look looks looked ' +
  'make makes made take takes took give gives gave work works worked help helps helped talk talks talked speak speaks spoke live lives lived ' +
  'stay stays stayed leave leaves left wait waits waiting mention mentioned seems seem became become becomes use uses used ' +
  'born died passed fell coded expired arrived started stopped moved admit admitted discharged transferred assigned referred lives refuses refused requests requested prefers agreed';

const NOUNS =
  'care case access advocate advocates experience services service relations navigator navigation safety financial education ' +
  'satisfaction portal transport intake registration liaison coordinator coordinators representative rep centered flow rights family ' +
  'families unit units room rooms bed beds bay floor floors ward wing manager managers management mgmt mgr nurse nurses nursing technician ' +
  'tech techs assistant aide support engagement outreach social worker workers sw msw doctor doc docs md team staff charge chart notes ' +
  'note record records number numbers phone cell mobile email address addr ph tel contact info information insurance acct account ' +
  'load ratio ratios population outcomes outcome teaching facing centered census acuity assignment assignments list lists ' +
  'question questions job jobs role roles career careers salary pay certification cert certs exam license degree ' +
  'son daughter wife husband mom dad mother father sister brother niece nephew aunt uncle grandma grandpa spouse partner friend ' +
  'patient patients pt pts client clients resident residents member members guy lady man woman person people kid kids baby ' +
  'home house hospital clinic er ed icu dc discharge admission placement snf rehab hospice dialysis meds med surgery ' +
  'male female yo yr yrs year years old age day days week weeks month months hour hours shift shifts time ' +
  'dob mrn ssn fin csn enc encounter visit id dr mr mrs ms miss';

const MONTHS_AND_DAYS =
  'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october nov november dec december ' +
  'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday';

const DIRECTIONS = 'north south east west n s e w ne nw se sw';

/** Ordinary words, lowercase. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  `${FUNCTION_WORDS} ${VERBS} ${NOUNS} ${MONTHS_AND_DAYS} ${DIRECTIONS}`.split(/\s+/),
);

/** Endings of words that are no one's name: "admitted", "getting", "quickly", "placement", "readiness". */
const WORD_ENDINGS = /(?:ing|ly|ment|tion|sion|ness|ity|ive|ous|able|ible)$|^.{4,}ed$/;

/** Whether a word (any case) is an ordinary word rather than possibly a name. */
export function isOrdinaryWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/[.’']s?$/, '');
  const singular = lower.replace(/s$/, '');
  return COMMON_WORDS.has(lower) || COMMON_WORDS.has(singular) || (singular.length >= 5 && WORD_ENDINGS.test(singular));
}
