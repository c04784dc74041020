/**
 * What the medical selection leaves out: everyday, animal, plant, cosmetic and slang branches
 * that the ROOTS (roots.ts) would otherwise reach, each with the reason it is out.
 */
import type { SynsetRef } from './roots';

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
