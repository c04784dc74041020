/**
 * The coverage measure that nobody has to annotate (../shared/data/README.md): NIH editors explain
 * their own jargon in parentheses, "petechiae (flat, pinpoint spots under the skin)" or "pinpoint
 * spots (petechiae)". The jargon word is a term a lay reader needs explained. This module finds
 * those terms in a document's text and writes the text again with the glosses removed, so that a
 * page-local definition finder cannot read the answer off the page. Pure: no file system.
 */

export interface GlossedTerm {
  /** The jargon as it stands in the text. */
  term: string;
  /** Where it stands in the rewritten text. */
  start: number;
}

export interface GlossedText {
  text: string;
  terms: GlossedTerm[];
}

const STOP_WORDS = new Set(
  'a an the of to in on at by for with and or as is are was were be been has have had may can cause causes called known also this that these those their its his her some such'.split(
    ' ',
  ),
);

const WORD = /^[A-Za-z][a-z-]*[a-z]$/;

/**
 * Rewrites `text` without its glosses and lists the glossed terms. `isEveryday` judges a lower-case
 * word: a term must not be one (a gloss of an everyday word is not a gloss of jargon).
 */
export function removeGlosses(text: string, isEveryday: (word: string) => boolean): GlossedText {
  const jargon = (word: string) => WORD.test(word) && word.length >= 5 && !isEveryday(word.toLowerCase());
  const plainGloss = (inside: string) => {
    const words = inside.trim().split(/\s+/);
    return words.length >= 2 && !/[A-Z]{2}|\d|;/.test(inside) && words.every((w) => /^[a-z,'-]+$/i.test(w));
  };
  const out: string[] = [];
  const terms: GlossedTerm[] = [];
  let length = 0;
  let last = 0;
  const emit = (piece: string) => {
    out.push(piece);
    length += piece.length;
  };
  // "word (gloss)" or "plain words (word)".
  for (const match of text.matchAll(/([A-Za-z][A-Za-z-]*)\s\(([^()]{2,160})\)/g)) {
    const [whole, before, inside] = match;
    const at = match.index;
    const insideWord = inside.trim();
    if (jargon(before) && plainGloss(inside)) {
      emit(text.slice(last, at));
      terms.push({ term: before, start: length });
      emit(before);
      last = at + whole.length;
    } else if (jargon(insideWord) && !jargon(before)) {
      // "painful swallowing (odynophagia)": keep the jargon, drop the plain words before it that
      // explain it: at most three, back to a little word that starts the phrase ("have", "the").
      const head = text.slice(last, at + before.length);
      let cut = head.length;
      for (let n = 0; n < 3; n++) {
        const word = head.slice(0, cut).match(/([A-Za-z'-]+)\s*$/);
        if (!word || (n > 0 && STOP_WORDS.has(word[1].toLowerCase()))) break;
        cut -= word[0].length;
      }
      emit(head.slice(0, cut));
      terms.push({ term: insideWord, start: length });
      emit(insideWord);
      last = at + whole.length;
    }
  }
  emit(text.slice(last));
  return { text: out.join(''), terms };
}
