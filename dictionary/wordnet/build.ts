/** Turning the WordNet file contents into BroadTerms (pure: the files are read in read.ts). */
import { aliasKey } from '../schema';
import type { BroadTerm } from './broad-term';
import { type HighlightData, isHighlightable } from './highlight-rule';
import { type Synset, definitionOf, displayName, parseData, parseIndex, parseTagCounts, synsetAtOffset } from './parse';
import { nounLemmaIndex, selectMedical } from './select';

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
    terms.push({
      id: `wn-${offset}`,
      term: names[0],
      aliases: names.slice(1),
      category,
      definition,
      highlightNames: names.filter(passes),
    });
  }
  return terms.sort((a, b) => a.id.localeCompare(b.id));
}
