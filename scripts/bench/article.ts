/**
 * Deterministic "medical article" pages for `npm run bench`: headings, paragraphs, lists, links
 * and tables of everyday prose with dictionary terms mixed in, about as dense as a patient
 * leaflet or an encyclopedia article. The same seed always gives byte-identical HTML, so runs
 * (and machines) compare like with like.
 */
import { ADJECTIVES, FILLER, HEADINGS, NOUNS, TEMPLATES, VERBS } from './article-words';

export interface ArticleOptions {
  title: string;
  /** Generation stops at the first section that brings the page to this many bytes (UTF-16 units). */
  targetBytes: number;
  seed: number;
  /** Names to mix into the prose (the dictionary's highlightable names). */
  terms: readonly string[];
}

/** mulberry32: tiny, fast and good enough for picking words; Math.random cannot be seeded. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Now and then prose has a plural ("tumors", "biopsies"); abbreviations and words already in -s stay as they are. */
function plural(name: string): string {
  if (!/[a-z]$/.test(name) || name.endsWith('s')) return name;
  if (/(x|z|ch|sh)$/.test(name)) return `${name}es`;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  return `${name}s`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Sentence, list and table builders share one random stream, so the whole page follows from the seed. */
class Writer {
  private readonly random: () => number;
  private readonly terms: string[];
  private links = 0;

  constructor(seed: number, terms: readonly string[]) {
    this.random = seededRandom(seed);
    // Dictionary order groups names by file and kind; shuffle so the frequent terms are a mix of kinds.
    this.terms = [...terms];
    for (let i = this.terms.length - 1; i > 0; i--) {
      const j = Math.floor(this.random() * (i + 1));
      [this.terms[i], this.terms[j]] = [this.terms[j], this.terms[i]];
    }
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }

  /** Real articles repeat a few terms a lot and mention most only once: skew towards the list's start. */
  term(): string {
    const index = Math.floor(this.terms.length * this.random() ** 2.5);
    return this.chance(0.1) ? plural(this.terms[index]) : this.terms[index];
  }

  /** Plain text with {slots} filled; terms come back already escaped, optionally inside a link. */
  fill(template: string, linkChance = 0.08): string {
    return template.replace(/\{([TNVA#])\}/g, (_slot, kind: string) => {
      switch (kind) {
        case 'T':
          return this.chance(linkChance) ? this.link(escapeHtml(this.term())) : escapeHtml(this.term());
        case 'N':
          return this.pick(NOUNS);
        case 'V':
          return this.pick(VERBS);
        case 'A':
          return this.pick(ADJECTIVES);
        default:
          return String(this.int(2, 90));
      }
    });
  }

  link(html: string): string {
    return `<a href="#ref-${++this.links}">${html}</a>`;
  }

  /** A sentence of everyday words only: the bulk of any real page. */
  plainSentence(): string {
    const words = Array.from({ length: this.int(8, 20) }, () =>
      this.chance(0.7) ? this.pick(FILLER) : this.pick(NOUNS),
    );
    if (this.chance(0.3)) words.splice(this.int(2, words.length - 1), 0, `${this.pick(ADJECTIVES)},`);
    return `${capitalize(words.join(' '))}.`;
  }

  sentence(): string {
    return this.chance(0.45) ? this.plainSentence() : capitalize(this.fill(this.pick(TEMPLATES)));
  }

  paragraph(): string {
    return `<p>${Array.from({ length: this.int(3, 7) }, () => this.sentence()).join(' ')}</p>`;
  }

  list(): string {
    const tag = this.chance(0.5) ? 'ul' : 'ol';
    const items = Array.from({ length: this.int(3, 7) }, () =>
      this.chance(0.6)
        ? `<li>${capitalize(this.fill('{T}', 0.3))}: ${this.fill('{A} {N} and {N}')}</li>`
        : `<li>${this.sentence()}</li>`,
    );
    return `<${tag}>${items.join('')}</${tag}>`;
  }

  table(): string {
    const rows = Array.from(
      { length: this.int(4, 9) },
      () =>
        `<tr><td>${capitalize(this.fill('{T}', 0.2))}</td><td>${this.fill('{A} {N}')}</td><td>${this.int(1, 99)}%</td><td>${this.fill('{T}')}</td></tr>`,
    );
    return (
      `<table><caption>${capitalize(this.fill('{A} {N} by condition'))}</caption>` +
      `<thead><tr><th>Condition</th><th>Typical course</th><th>Share of ${this.pick(NOUNS)}</th><th>Often seen with</th></tr></thead>` +
      `<tbody>${rows.join('')}</tbody></table>`
    );
  }

  section(): string {
    const parts = [`<h2>${capitalize(this.fill(this.pick(HEADINGS), 0))}</h2>`];
    const blocks = this.int(3, 7);
    for (let i = 0; i < blocks; i++) {
      if (i > 0 && this.chance(0.2)) parts.push(`<h3>${capitalize(this.fill(this.pick(HEADINGS), 0))}</h3>`);
      const roll = this.random();
      parts.push(roll < 0.65 ? this.paragraph() : roll < 0.85 ? this.list() : this.table());
    }
    return `<section>${parts.join('\n')}</section>`;
  }
}

export function generateArticle({ title, targetBytes, seed, terms }: ArticleOptions): string {
  const writer = new Writer(seed, terms);
  const head =
    `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    '<style>body{font:16px/1.5 sans-serif;max-width:48rem;margin:auto}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px}</style>' +
    '</head><body>\n<header><nav><a href="#">Home</a> · <a href="#">Conditions A–Z</a> · <a href="#">About us</a></nav></header>\n' +
    `<main><article><h1>${escapeHtml(title)}</h1>\n<p class="lede">${writer.sentence()} ${writer.sentence()}</p>\n`;
  const tail =
    '\n</article></main>\n<footer><p>This page is for information only and is not medical advice.</p></footer>\n</body></html>\n';
  const sections: string[] = [];
  let size = head.length + tail.length;
  while (size < targetBytes) {
    const section = writer.section();
    sections.push(section);
    size += section.length + 1;
  }
  return head + sections.join('\n') + tail;
}
