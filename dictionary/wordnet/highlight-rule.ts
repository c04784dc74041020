/**
 * HIGHLIGHT RULE
 *
 * A broad term is highlighted on pages only through its "unambiguously technical" names. Lookup
 * (clicking or searching a word) finds every broad term; highlighting is decided per name (term or
 * alias). A name may be highlighted only when all of these hold:
 *   (a) every sense of the word in WordNet, in every part of speech, is medical: each noun sense is
 *       in the medical selection, and each verb, adjective or adverb sense is this same word's
 *       selected noun sense used as another part of speech (a pertainym "\" or derivational "+"
 *       link to a selected noun synset that contains the word: "antibiotic" (adj) "of or relating
 *       to antibiotic drugs"). "cold", "stroke", "cell", "back", "culture", "labor", "trunk",
 *       "symptom" and "depression" fail here, and so do noun uses of adjectives ("spinal" =
 *       spinal anaesthesia, "coronary" = coronary thrombosis), whose adjective points elsewhere.
 *       A single word that looks inflected is checked through its base form too (WordNet's morphy
 *       rules): "bends" fails through "bend", "hurting" through "hurt", "hives" through "hive";
 *   (b) the word is not common in everyday English: the tag count of the word in index.sense,
 *       summed over all its senses in all parts of speech, is at most MAX_TAG_COUNT. These counts
 *       come from WordNet's sense-tagged corpus (SemCor, about 200,000 words of the Brown corpus).
 *       Technical words are rarely seen there (nephroblastoma, ataxia, leukemia: 0; hepatitis,
 *       antibiotic, aspirin: 1); from 3 up the words are mostly familiar (eyebrow, eyelid,
 *       forefinger, bloodstream 3; wrist, kidney 9; lung 30), so the threshold is 2. A name of
 *       several words is everyday when each of its words is (tag count above
 *       EVERYDAY_PART_TAG_COUNT = 10, or listed in EVERYDAY_WORDS): "blood pressure", "sore
 *       throat", "big toe", "heart attack", "cutting out" (through "cut") are not highlighted,
 *       "cerebrospinal fluid" is;
 *   (c) it has at least MIN_NAME_LENGTH (4) characters, unless it is an abbreviation (written in
 *       capitals, see isCaseSensitive in schema.ts; the matcher only matches those with their
 *       capitals) of at least MIN_ABBREVIATION_LENGTH (3) letters and digits (CVA, MRI, TURP);
 *       two-letter abbreviations (ED, LE, VD, T.B.) are too ambiguous;
 *   (d) it is not in EVERYDAY_WORDS (everyday-words.ts): the everyday words the brief names, plus
 *       familiar, informal or ambiguous names that slip through (a)-(c) because WordNet knows only
 *       their medical sense.
 * BroadTerm.highlightNames lists the names that pass.
 */
import { isCaseSensitive } from '../schema';
import { EVERYDAY_WORDS } from './everyday-words';
import { type PartOfSpeech, type Synset, indexKey } from './parse';

export const MAX_TAG_COUNT = 2;
export const EVERYDAY_PART_TAG_COUNT = 10;
export const MIN_NAME_LENGTH = 4;
export const MIN_ABBREVIATION_LENGTH = 3;

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
