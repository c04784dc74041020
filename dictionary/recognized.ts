/**
 * Pure: cards and lookups for terms no entry lists, recognized by the layers (page abbreviations,
 * derived words, disease names, word parts). Each gets a card composed from reviewed text only:
 * the rule or the table says what the word is ("a doctor who specializes in rheumatology", "a
 * type of hypersensitivity pneumonitis", "kidney + young cell + tumor"), and the entry it leads
 * to explains the rest. The background serves these cards; the popup's lookup finds them too.
 *
 * Ids: "derived:<word>", "disease:<row of the disease table>", "parts:<word>", "page:<short form>"
 * (the last only on the page that defines it: the page asks with its long form).
 */
import type { CompiledEntry } from './compile';
import { type SearchHit, selectedName } from './index';
import { type BaseEntry, derive } from './layers/derivations';
import { DISEASE_SOURCE, type DiseaseNames, composeDiseaseText } from './layers/disease-names';
import { WORD_PARTS_NOTE, type WordParts } from './layers/word-parts';

export type RecognizedKind = 'page' | 'derived' | 'disease' | 'word-parts';

/** Id prefixes of recognized terms, by kind. */
export const KIND_PREFIX: Record<RecognizedKind, string> = {
  page: 'page:',
  derived: 'derived:',
  disease: 'disease:',
  'word-parts': 'parts:',
};

/** What the composer needs of the dictionary (with the reader's own terms, or without). */
export interface EntrySource {
  withLinked(id: string): CompiledEntry[];
  explain(text: string): CompiledEntry | undefined;
  search(query: string, limit?: number): SearchHit[];
  /** The entry that owns exactly this name. */
  resolve(name: string): CompiledEntry | undefined;
}

export interface Layers {
  /** Single-word names of reviewed, highlightable entries -> entry id (MatchIndex.bases). */
  bases: Record<string, string>;
  diseases: () => DiseaseNames;
  wordParts: () => WordParts;
}

/** A query this long or longer may be a recognized term as a whole (shorter ones are not looked at). */
export const MIN_RECOGNIZED_QUERY = 3;

const capitalized = (text: string) => `${text[0].toUpperCase()}${text.slice(1)}`;
const hasOwn = (record: object, key: string) => Object.prototype.hasOwnProperty.call(record, key);

export class Recognizer {
  constructor(
    private readonly source: EntrySource,
    private readonly layers: Layers,
  ) {}

  private base = (name: string): BaseEntry | undefined => {
    if (!hasOwn(this.layers.bases, name)) return undefined;
    const entry = this.entry(this.layers.bases[name]);
    return entry && { id: entry.id, term: entry.term };
  };

  private entry(id: string): CompiledEntry | undefined {
    return this.source.withLinked(id)[0];
  }

  /** An entry the dictionary explains under this disease name, reviewed (the "a type of" target). */
  private explainedDisease = (name: string): boolean => {
    const entry = this.source.resolve(name);
    return !!entry && entry.reviewed && !entry.broad && !entry.user;
  };

  /** The card of a derived word, or undefined when the rules do not derive it. */
  derived(word: string): CompiledEntry | undefined {
    const found = derive(word, this.base);
    const base = found && this.entry(found.entryId);
    if (!found || !base) return undefined;
    return {
      ...recognizedFrom(base),
      id: `${KIND_PREFIX.derived}${word.toLowerCase()}`,
      term: capitalized(word),
      kind: 'derived',
      lead: `${capitalized(word)}: ${found.label}:`,
      basis: `Derived from ${base.term}`,
      explanation: base.explanation ?? base.senses?.[0]?.explanation,
    };
  }

  /** The card of a disease by its row in the table, when an ancestor has an entry that explains it. */
  disease(row: number): CompiledEntry | undefined {
    const diseases = this.layers.diseases();
    const name = diseases.nameAt(row);
    const type = name === undefined ? undefined : diseases.typeOf(name, this.explainedDisease);
    const base = type?.explained ? this.source.resolve(type.type) : undefined;
    if (!type || !base) return undefined;
    return {
      ...recognizedFrom(base),
      id: `${KIND_PREFIX.disease}${row}`,
      term: capitalized(type.disease),
      kind: 'disease',
      lead: composeDiseaseText({ ...type, type: base.term }).replace(/\.$/, ':'),
      basis: `A type of ${base.term}: from the Human Disease Ontology`,
      explanation: base.explanation,
      source: `${DISEASE_SOURCE}; ${base.term}: ${base.source}`,
    };
  }

  /** The card of a word read from its parts, or undefined when it does not split. */
  wordParts(word: string): CompiledEntry | undefined {
    const pieces = this.layers.wordParts().split(word);
    if (!pieces) return undefined;
    return {
      id: `${KIND_PREFIX['word-parts']}${word.toLowerCase()}`,
      term: capitalized(word.toLowerCase()),
      aliases: [],
      category: 'condition',
      related: [],
      kind: 'word-parts',
      basis: 'Read from its word parts',
      parts: pieces.map(({ text, part }) => ({ text, part: part.part, meaning: part.meaning })),
      explanation: WORD_PARTS_NOTE,
      source: [...new Set(pieces.map(({ part }) => part.source))].join('; '),
      reviewed: true,
    };
  }

  /** A recognized term by id, with the entries its card links to; [] when the id is not one. */
  withLinked(id: string): CompiledEntry[] {
    const entry = this.byId(id);
    if (!entry) return this.source.withLinked(id);
    return [entry, ...entry.related.flatMap((other) => this.source.withLinked(other).slice(0, 1))];
  }

  private byId(id: string): CompiledEntry | undefined {
    const [prefix, rest] = [id.slice(0, id.indexOf(':') + 1), id.slice(id.indexOf(':') + 1)];
    if (!rest) return undefined;
    if (prefix === KIND_PREFIX.derived) return this.derived(rest);
    if (prefix === KIND_PREFIX.disease && /^\d+$/.test(rest)) return this.disease(Number(rest));
    if (prefix === KIND_PREFIX['word-parts']) return this.wordParts(rest);
    return undefined;
  }

  /** A whole text as one recognized term: derived, a disease name, or read from its parts. */
  private whole(text: string): CompiledEntry | undefined {
    const clean = text.trim();
    const row = this.layers.diseases().rowOf(clean);
    return (
      (/^[\p{L}-]+$/u.test(clean) ? this.derived(clean) : undefined) ??
      (row === undefined ? undefined : this.disease(row)) ??
      (/^\p{L}+$/u.test(clean) ? this.wordParts(clean) : undefined)
    );
  }

  /**
   * The entry that best explains selected text: a name the dictionary has, else the whole text as
   * a derived word, a disease or a word read from its parts, else a name inside it.
   */
  explain(text: string): CompiledEntry | undefined {
    const clean = selectedName(text);
    if (!clean) return undefined;
    const exact = this.source.explain(clean);
    // A reviewed entry by this very name wins; a general-dictionary gloss gives way to a layer's card.
    // The text itself or its singular ("neuroblastomas"), as the dictionary's own lookup reads it.
    const forms = [clean, clean.replace(/ies$/, 'y'), clean.replace(/es$/, ''), clean.replace(/s$/, '')];
    const named = forms.map((form) => this.source.resolve(form)).find(Boolean);
    if (named && !named.broad) return exact;
    return this.whole(clean) ?? exact;
  }

  /** The dictionary's hits, with a recognized term first when the query is one. */
  search(query: string, limit = 20): SearchHit[] {
    const hits = this.source.search(query, limit);
    const same = (hit: SearchHit) => hit.name.toLowerCase() === query.trim().toLowerCase() && !hit.entry.broad;
    if (hits.some(same)) return hits;
    const found = query.trim().length >= MIN_RECOGNIZED_QUERY ? this.whole(query) : undefined;
    return found ? [{ entry: found, name: found.term }, ...hits].slice(0, limit) : hits;
  }

  /**
   * The card of an abbreviation the page defines: what it stands for here, then the explanation
   * of the long form. When the dictionary knows the abbreviation too, the page's meaning comes
   * first among its senses.
   */
  pageTerm(short: string, long: string): CompiledEntry[] {
    const explained = this.explainLongForm(long);
    const resolved = this.source.resolve(short);
    const known = resolved && !resolved.broad ? resolved : undefined;
    const whole = explained && explained.term.toLowerCase() === long.toLowerCase();
    const explanation = explained
      ? whole
        ? (explained.lead ? `${explained.lead} ` : '') + (explained.explanation ?? '')
        : `${explained.term}: ${explained.explanation ?? ''}`
      : // Said plainly rather than left blank: only the page's own words explain it.
        `MedGloss has no checked explanation of “${long}” yet.`;
    const entry: CompiledEntry = {
      id: `${KIND_PREFIX.page}${short}`,
      term: short,
      aliases: [],
      category: known?.category ?? explained?.category ?? 'abbreviation',
      kind: 'page',
      basis: 'Defined on this page',
      lead: `On this page, ${short} stands for ${long}.`,
      explanation,
      related: explained ? [explained.id] : [],
      source: explained ? `the page itself; ${explained.term}: ${explained.source}` : 'the page itself',
      reviewed: true,
    };
    if (known && known.id !== explained?.id) {
      const others = known.senses?.length
        ? known.senses
        : [{ meaning: known.term, entry: known.id, cues: [] as string[] }];
      entry.senses = [{ meaning: long, explanation, cues: [] }, ...others];
    }
    const linked = [...(explained ? [explained] : []), ...(known ? this.source.withLinked(known.id) : [])];
    return [entry, ...linked];
  }

  /**
   * The long form as a whole, else its first medical word the dictionary or a layer explains.
   * Reviewed text only (or the reader's own): a WordNet gloss never explains a highlight.
   */
  private explainLongForm(long: string): CompiledEntry | undefined {
    const trusted = (entry: CompiledEntry | undefined) =>
      entry && !entry.broad && (entry.reviewed || entry.user) ? entry : undefined;
    const direct = trusted(this.source.resolve(long)) ?? this.whole(long);
    if (direct) return direct;
    const inside = trusted(this.source.explain(long));
    if (inside) return inside;
    for (const word of long.split(/[^\p{L}-]+/u).filter((w) => w.length >= 5)) {
      const found = this.derived(word) ?? this.wordParts(word);
      if (found) return found;
    }
    return undefined;
  }
}

/** The fields a recognized term takes from the entry it leads to. */
function recognizedFrom(base: CompiledEntry): CompiledEntry {
  return {
    id: base.id,
    term: base.term,
    aliases: [],
    category: base.category,
    related: [base.id],
    source: base.source,
    reviewed: base.reviewed,
  };
}
