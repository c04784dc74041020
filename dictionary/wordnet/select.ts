/**
 * Which noun synsets are medical (pure). A synset is medical when it descends (through "@"
 * hypernym and "@i" instance hypernym pointers) from one of the ROOTS, without passing through an
 * EXCLUDED synset. Roots are named by lemma + a piece of their gloss and looked up in data.noun, so
 * a root that WordNet does not have fails loudly instead of silently selecting nothing. A synset
 * reachable from several roots takes the category of the nearest one (fewest hypernym steps; ties
 * go to the earlier root), so "syndrome", which WordNet files under "symptom", is a condition.
 * Finally every other synset of the noun.body lexicographer file (lex_filenum 08: body parts,
 * tissues, skin layers, openings) that is not excluded is anatomy.
 */
import type { Category } from '../schema';
import { EXCLUDED, UNSUITABLE_GLOSS } from './excluded';
import type { Synset } from './parse';
import { BODY, ROOTS, type Root, type SynsetRef } from './roots';

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
