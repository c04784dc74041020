/**
 * Pure: words the dictionary does not list but that are built from a name it does:
 * "rheumatologist" from rheumatology, "urologic" from urology, "metastatic" and "non-metastatic"
 * from metastasis, "vertebrae" from vertebra, "anaemic" from anemia.
 *
 * Every rule only proposes a base; the dictionary decides. A derivation exists only when the
 * base is a name of a reviewed, highlightable entry, so a rule can be broad without turning
 * "logic" into a field of medicine. The few words where a rule would still land on a real but
 * wrong base ("clinical" is not "to do with a clinic", "cultural" not "to do with culture") are
 * refused by name. The card's text is composed from the rule and the entry's headword only.
 */
import { usSpellings } from './uk-spellings';

/** A dictionary name found for a base: the entry it belongs to and that entry's headword. */
export interface BaseEntry {
  id: string;
  term: string;
  /** The entry is highlighted on medical pages only (highlight: "medical-pages"): so are its derivations. */
  medicalPagesOnly?: true;
}

/**
 * Looks a candidate base up by name (lower case). Give it only reviewed entries that may be
 * highlighted, and not ambiguous abbreviations: a derivation inherits the entry's trust.
 */
export type LookupName = (name: string) => BaseEntry | undefined;

export type DerivationRule =
  | 'spelling'
  | 'plural'
  | 'specialist'
  | 'specialty-adjective'
  | 'adjective'
  | 'verb'
  | 'adverb'
  | 'not'
  | 'against'
  | 'before'
  | 'after';

export interface Derivation {
  entryId: string;
  /** The dictionary name the word was derived from: "rheumatology". */
  base: string;
  rule: DerivationRule;
  /** A plain phrase for the card, from the rule and the entry's headword: "a doctor who specializes in rheumatology". */
  label: string;
  /**
   * Highlighted on medical pages only; lookup and cards find it anywhere. A verb form ("mutated")
   * or an adverb ("chronically"), which everyday writing uses too ("randomized", "chronically
   * underfunded"), or any word derived from an entry highlighted on medical pages only.
   */
  medicalPagesOnly?: true;
}

/** Words where a rule lands on a real name with a different meaning, or that are everyday words. */
const REFUSED: ReadonlySet<string> = new Set([
  'clinical', // patient care, not "to do with a clinic"; "clinical trial" is its own entry
  'medical',
  'physical',
  'critical',
  'critic',
  'cervical', // the neck as often as the cervix
  'cultural',
  'natural',
  'general',
  'central',
  'normal',
  'mental',
  'dental',
  'nervous', // anxious, not "to do with nerves"
  'logic',
  'logical',
  'panic',
  'tonic',
  'comic',
  'arabic',
  'music',
  'musical',
  'topic',
  'topical',
  'positive',
  'negative',
  'relative',
  'native',
  'active',
  'antibody', // its own thing, not "against the body"
  'antigen',
  'antidote',
  'antique',
  'antics',
  'prevent',
  'present',
  'pretend',
  'premise',
  'postal',
  'poster',
  'posterior',
  'preeclampsia', // a condition of its own, not "before eclampsia"
  'pre-eclampsia',
  'genetic',
  'genetics',
  'synthetic',
  'plastic',
  'biological', // everyday ("biological parents"); seen highlighted on a saved Wikipedia page
  'biologic',
  'sedate', // calm ("a sedate pace"); "sedated" stays
  // Bases highlighted on medical pages only, whose rules land on another sense even there:
  'local', // not "to do with a locus"
  'complicate', // complex, not "a complication"; "uncomplicated" follows
  'complicated',
  'complicates',
  'complicating',
  'differentiate', // tell apart ("differentiate it from asthma") as often as cells maturing
  'differentiated',
  'differentiates',
  'differentiating',
  'magnesia', // milk of magnesia, a medicine of its own, not more than one magnesium
  'aspirational', // hopeful, not "to do with aspiration"
]);

/** Specialties whose -ologist is a medical doctor; other -ologists (psychologist, audiologist) are experts. */
const DOCTOR_SPECIALTIES: ReadonlySet<string> = new Set(
  [
    'anesthesiology',
    'cardiology',
    'dermatology',
    'endocrinology',
    'gastroenterology',
    'gynecology',
    'hematology',
    'hepatology',
    'immunology',
    'nephrology',
    'neurology',
    'neonatology',
    'oncology',
    'ophthalmology',
    'otolaryngology',
    'pathology',
    'pulmonology',
    'radiology',
    'rheumatology',
    'urology',
    'orthopedics',
    'pediatrics',
    'obstetrics',
    'geriatrics',
  ].flatMap((s) => [s, ...usSpellings(s)]),
);

/** Adjective endings and the noun endings they come from, most specific first. */
const ADJECTIVE_ENDINGS: readonly [adjective: string, noun: string, minStem: number][] = [
  ['ngeal', 'nx', 3], // laryngeal, pharyngeal
  ['eal', 'us', 4], // esophageal
  ['eal', 'ea', 3], // tracheal, corneal
  ['ical', 'ery', 3], // surgical
  ['ical', 'y', 4], // anatomical
  ['ial', 'ia', 3], // bacterial
  ['ial', 'ium', 3], // bacterial, endometrial
  ['ial', 'y', 3], // arterial
  ['ial', 'us', 3], // bronchial
  ['atory', 'ation', 3], // inflammatory, respiratory
  ['ative', 'ation', 3], // operative
  ['sive', 'sion', 3], // invasive
  ['ious', 'ion', 4], // infectious
  ['atous', 'a', 3], // edematous
  ['ous', '', 4], // cancerous
  ['ular', 'le', 3], // muscular
  ['ular', 'ule', 3], // molecular
  ['ar', 'um', 5], // cerebellar
  ['al', 'e', 4], // spinal, hormonal, menopausal
  ['al', 'a', 4], // vertebral, retinal, placental
  ['al', 'um', 4], // rectal, duodenal, cerebral
  ['al', 'us', 3], // viral, fungal
  ['al', '', 5], // neuronal, tumoral
  ['astic', 'asia', 3], // hyperplastic, dysplastic
  ['etic', 'etes', 3], // diabetic
  ['itic', 'itis', 3], // arthritic
  ['ptic', 'psis', 2], // septic
  ['ptic', 'psy', 3], // epileptic
  ['tic', 'sis', 4], // metastatic, psychotic, sclerotic, diagnostic
  ['ic', 'ia', 4], // anemic, ischemic, hypoxic, anorexic
  ['ic', 'y', 4], // allergic, endoscopic
  ['atic', 'a', 3], // asthmatic, traumatic
];

/**
 * Verb forms of an entry named by its noun: "mutated" from mutation, "ossified" from
 * ossification, "metabolize" from metabolism. Everyday words take these forms more often than
 * adjectives do ("randomized" in code, "infected" files), so they are highlighted on medical
 * pages only (Derivation.medicalPagesOnly).
 */
const VERB_ENDINGS: readonly [verb: string, noun: string, minStem: number][] = [
  ...['ated', 'ates', 'ating', 'ate'].map((end): [string, string, number] => [end, 'ation', 3]),
  ...['ified', 'ifies', 'ifying', 'ify'].map((end): [string, string, number] => [end, 'ification', 3]),
  ...['ized', 'izes', 'izing', 'ize'].map((end): [string, string, number] => [end, 'ization', 3]),
  ...['ized', 'izes', 'izing', 'ize'].map((end): [string, string, number] => [end, 'ism', 3]),
  ...['ected', 'ects', 'ecting', 'ect'].map((end): [string, string, number] => [end, 'ection', 2]),
];

/** Irregular (Latin and Greek) plurals the matcher's -s/-es/-ies rule cannot reach. */
const PLURAL_ENDINGS: readonly [plural: string, singular: string, minStem: number][] = [
  ['ae', 'a', 3], // vertebrae, bursae
  ['ices', 'ix', 2], // appendices, cervices
  ['ices', 'ex', 2], // apices
  ['ses', 'sis', 3], // metastases, diagnoses
  ['ata', 'a', 3], // stomata, carcinomata
  ['a', 'um', 4], // bacteria, diverticula, septa
  ['i', 'us', 3], // bronchi, fungi, emboli
  ['ina', 'en', 3], // foramina, lumina
  ['nges', 'nx', 3], // phalanges
  ['feet', 'foot', 3], // clubfeet
  ['es', 'is', 4], // testes, pelves (after -ses: -sis)
];

/**
 * Adverbs and the adjectives they come from: "sporadically" from sporadic, "bilaterally",
 * "irreversibly". The adjective must be a dictionary name or derived from one ("surgically").
 */
const ADVERB_ENDINGS: readonly [adverb: string, adjective: string][] = [
  ['ically', 'ic'], // sporadically (and "surgically" through -ical below)
  ['ly', ''], // bilaterally, progressively, surgically
  ['bly', 'ble'], // irreversibly
];
/** Adjectives shorter than this are everyday words more often than not ("early", "only"). */
const MIN_ADVERB_BASE = 5;

const PREFIXES: readonly [prefix: string, rule: DerivationRule][] = [
  ['non', 'not'],
  ['un', 'not'],
  ['anti', 'against'],
  ['pre', 'before'],
  ['post', 'after'],
];

/** The first ending rule whose base the dictionary knows. */
function byEnding(word: string, endings: readonly [string, string, number][], lookup: LookupName) {
  for (const [from, to, minStem] of endings) {
    if (!word.endsWith(from)) continue;
    const stem = word.slice(0, word.length - from.length);
    if (stem.length < minStem) continue;
    const base = stem + to;
    const entry = lookup(base);
    if (entry) return { base, entry };
  }
  return undefined;
}

/** A derivation before it is handed out: the entry found, so a prefix can name its headword. */
interface Found extends Derivation {
  entry: BaseEntry;
  viaVerb?: boolean;
}

function found(entry: BaseEntry, base: string, rule: DerivationRule, label: string): Found {
  return { entry, entryId: entry.id, base, rule, label };
}

/** -ologist, -ologic and -ological lead to the specialty, -ology. */
function specialty(word: string, lookup: LookupName): Found | undefined {
  // The cheap test first: this runs for every new word of a page.
  const parts = word.includes('olog') ? /^(.{2,})olog(ist|ic|ical)$/.exec(word) : null;
  if (!parts) return specialistOfIcs(word, lookup);
  const base = `${parts[1]}ology`;
  const entry = lookup(base);
  if (!entry) return undefined;
  if (parts[2] !== 'ist') return found(entry, base, 'specialty-adjective', `to do with ${entry.term}`);
  return specialist(entry, base);
}

/** "A doctor who specializes in rheumatology"; an expert where the specialty is not a doctor's. */
function specialist(entry: BaseEntry, base: string): Found {
  const who =
    DOCTOR_SPECIALTIES.has(base) || DOCTOR_SPECIALTIES.has(entry.term) ? 'a doctor who specializes in' : 'an expert in';
  return found(entry, base, 'specialist', `${who} ${entry.term}`);
}

/** -ist and -ician lead to a specialty in -ics: "orthopedist", "pediatrician", "obstetrician". */
function specialistOfIcs(word: string, lookup: LookupName): Found | undefined {
  if (!word.endsWith('ist') && !word.endsWith('ician')) return undefined;
  const parts = /^(.{4,})(?:ist|ician)$/.exec(word);
  if (!parts) return undefined;
  const base = `${parts[1]}ics`;
  const entry = lookup(base);
  return entry && specialist(entry, base);
}

/** A derivation of a word without a prefix or a British spelling. */
function suffixed(word: string, lookup: LookupName): Found | undefined {
  const special = specialty(word, lookup);
  if (special) return special;
  const plural = byEnding(word, PLURAL_ENDINGS, lookup);
  if (plural) return found(plural.entry, plural.base, 'plural', `more than one ${plural.entry.term}`);
  const adjective = byEnding(word, ADJECTIVE_ENDINGS, lookup);
  if (adjective) return found(adjective.entry, adjective.base, 'adjective', `to do with ${adjective.entry.term}`);
  const verb = byEnding(word, VERB_ENDINGS, lookup);
  if (verb) return found(verb.entry, verb.base, 'verb', `to do with ${verb.entry.term}`);
  const adverb = adverbOf(word, lookup);
  if (adverb) return adverb;
  // "rheumatologists", "urologists": a regular plural of a derived word.
  if (/[^s]s$/.test(word)) return specialty(word.slice(0, -1), lookup);
  return undefined;
}

/** "sporadically": the adverb of an adjective the dictionary names, or derives ("surgically"). */
function adverbOf(word: string, lookup: LookupName): Found | undefined {
  // "clinically" is the adverb of "clinical" (refused), not of "clinic".
  if (!word.endsWith('ly') || REFUSED.has(word.slice(0, -2))) return undefined;
  for (const [from, to] of ADVERB_ENDINGS) {
    if (!word.endsWith(from)) continue;
    const adjective = word.slice(0, word.length - from.length) + to;
    if (adjective.length < MIN_ADVERB_BASE || REFUSED.has(adjective)) continue;
    const entry = lookup(adjective);
    if (entry)
      return found(entry, adjective, 'adverb', `in ${/^[aeiou]/.test(adjective) ? 'an' : 'a'} ${adjective} way`);
    const inner = byEnding(adjective, ADJECTIVE_ENDINGS, lookup);
    if (inner) return found(inner.entry, inner.base, 'adverb', `to do with ${inner.entry.term}`);
  }
  return undefined;
}

/** "non-metastatic", "noncancerous", "anti-inflammatory", "postmenopausal", "prediabetes". */
function prefixed(word: string, lookup: LookupName): Found | undefined {
  for (const [prefix, rule] of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length).replace(/^-/, '');
    // A short rest is a word of its own that happens to start like a prefix ("until", "postal").
    if (rest.length < 5 || REFUSED.has(rest)) continue;
    const direct = lookup(rest);
    const inner = direct ? found(direct, rest, rule, '') : suffixed(rest, lookup);
    if (!inner) continue;
    // "not" reads best with the page's own word ("not metastatic"); the others with the entry's headword.
    const label = rule === 'not' ? `not ${rest}` : `${rule} ${inner.entry.term}`;
    // "non-mutated" is a verb form too, "non-progressively" an adverb: medical pages only.
    return {
      ...found(inner.entry, inner.base, rule, label),
      viaVerb: inner.rule === 'verb' || inner.rule === 'adverb',
    };
  }
  return undefined;
}

function deriveUsSpelling(word: string, lookup: LookupName): Found | undefined {
  return suffixed(word, lookup) ?? prefixed(word, lookup);
}

function derivedOnly({ entry, entryId, base, rule, label, viaVerb }: Found): Derivation {
  const derivation: Derivation = { entryId, base, rule, label };
  if (rule === 'verb' || rule === 'adverb' || viaVerb || entry.medicalPagesOnly) derivation.medicalPagesOnly = true;
  return derivation;
}

/** A word with two capitals or more (one test, no array of them: this runs for every word of a page). */
export const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/su;

/**
 * The derivation of a word (one token, hyphens allowed) from a dictionary name, or undefined.
 * Abbreviations, names the dictionary already has, and refused words are never derived.
 */
export function derive(token: string, lookup: LookupName): Derivation | undefined {
  // Two capitals make it an abbreviation or a name: "MS-04" or "McDonald" are not derivations.
  if (TWO_CAPITALS.test(token) || !/^[\p{L}-]+$/u.test(token)) return undefined;
  const word = token.toLowerCase();
  if (REFUSED.has(word) || word.length < 5 || lookup(word)) return undefined;
  const plain = deriveUsSpelling(word, lookup);
  if (plain) return derivedOnly(plain);
  for (const us of usSpellings(word)) {
    if (REFUSED.has(us)) continue;
    const entry = lookup(us);
    if (entry) return derivedOnly(found(entry, us, 'spelling', `the British spelling of ${entry.term}`));
    const derived = deriveUsSpelling(us, lookup);
    if (derived) return derivedOnly(derived);
  }
  return undefined;
}

/** The card's first line for a derived word: "A doctor who specializes in rheumatology." */
export function composeDerivedText(derivation: Pick<Derivation, 'label'>): string {
  const { label } = derivation;
  return `${label[0].toUpperCase()}${label.slice(1)}.`;
}
