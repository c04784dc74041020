/**
 * Where the medical part of WordNet's noun hierarchy starts: the root synsets and the category
 * each gives its descendants (select.ts walks down from them).
 */
import type { Category } from '../schema';

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

export const BODY = 8; // noun.body
const ARTIFACT = 6; // noun.artifact: drugs and medicines live here

/**
 * Roots of the medical part of the noun hierarchy, each with the category its descendants get.
 * Order matters only between roots at the same distance from a synset.
 */
export const ROOTS: Root[] = [
  // Conditions. "physical condition" spans disease, disorder, injury, infection, tumours,
  // abnormalities, poisoning, pregnancy and disability; its everyday branches are in excluded.ts.
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
    category: 'medicine',
    lexFiles: [ARTIFACT],
  },
  {
    lemma: 'medicine',
    gloss: '(medicine) something that treats or prevents or alleviates the symptoms',
    category: 'medicine',
    lexFiles: [ARTIFACT],
  },
  {
    lemma: 'vaccine',
    gloss: 'immunogen consisting of a suspension of weakened or dead pathogenic cells',
    category: 'medicine',
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
