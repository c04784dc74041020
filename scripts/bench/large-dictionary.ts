/**
 * A synthetic dictionary of LARGE_ENTRIES entries, for the bench only: the curated entries plus
 * made-up ones ("velmarotitis", "chronic dravonosis", "QZT") until the count is reached, built
 * into its own extension folder, so the cost of a ten-fold dictionary is known before it arrives.
 * Never shipped: it lives under .bench/ (git-ignored).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ENTRIES_DIR, loadCuratedEntries } from '../../dictionary/load';
import { ROOT } from './config';

export const LARGE_ENTRIES = 10_000;
const DIR = resolve(ROOT, '.bench', 'large-dictionary');
export const LARGE_ENTRIES_DIR = join(DIR, 'entries');
const OUT_DIR = join(DIR, 'output');
export const LARGE_EXTENSION_DIR = join(OUT_DIR, 'chrome-mv3');

const ONSETS = [
  'b',
  'br',
  'd',
  'dr',
  'f',
  'g',
  'gl',
  'k',
  'kl',
  'l',
  'm',
  'n',
  'p',
  'pr',
  'r',
  's',
  'st',
  't',
  'tr',
  'v',
  'z',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'y'];
const SUFFIXES = [
  'itis',
  'osis',
  'oma',
  'emia',
  'algia',
  'ectomy',
  'otomy',
  'plasty',
  'pathy',
  'ase',
  'in',
  'ine',
  'ol',
];
/** Real first words of many multi-word names: each makes the matcher look one word further. */
const MODIFIERS = ['acute', 'chronic', 'primary', 'congenital', 'benign', 'juvenile', 'left', 'posterior', 'familial'];
const CATEGORIES = ['condition', 'symptom', 'procedure', 'treatment', 'anatomy', 'medicine', 'biology'] as const;

/** mulberry32, as in article.ts: the same entries on every run. */
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

/** The made-up entries that bring the curated ones to `total`; none shares a name with a real one. */
export function syntheticEntries(total = LARGE_ENTRIES): object[] {
  const curated = loadCuratedEntries(ENTRIES_DIR);
  const taken = new Set(curated.flatMap((e) => [e.term, ...(e.aliases ?? [])]).map((n) => n.toLowerCase()));
  const random = seededRandom(10_000);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const word = () => {
    let stem = '';
    for (let i = 0, n = 2 + Math.floor(random() * 2); i < n; i++) stem += pick(ONSETS) + pick(VOWELS);
    return stem + pick(SUFFIXES);
  };
  const fresh = (make: () => string) => {
    for (;;) {
      const name = make();
      if (!taken.has(name.toLowerCase())) {
        taken.add(name.toLowerCase());
        return name;
      }
    }
  };
  const entries: object[] = [];
  for (let i = 0; curated.length + entries.length < total; i++) {
    const roll = random();
    const term =
      roll < 0.05
        ? fresh(() => Array.from({ length: 3 }, () => String.fromCharCode(65 + Math.floor(random() * 26))).join(''))
        : roll < 0.35
          ? fresh(() => `${pick(MODIFIERS)} ${word()}`)
          : fresh(word);
    const aliases = random() < 0.4 ? [fresh(word)] : [];
    entries.push({
      id: `synthetic-${i}`,
      term,
      ...(aliases.length ? { aliases } : {}),
      category: pick(CATEGORIES),
      explanation: 'A made-up entry that only the bench uses, to measure a larger dictionary.',
      source: 'MedGloss bench: synthetic entry',
    });
  }
  return entries;
}

/** Writes the large dictionary's entry files and builds the extension with them; returns its folder. */
export function buildLargeExtension(): string {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(LARGE_ENTRIES_DIR, { recursive: true });
  for (const name of readdirSync(ENTRIES_DIR)) cpSync(join(ENTRIES_DIR, name), join(LARGE_ENTRIES_DIR, name));
  writeFileSync(join(LARGE_ENTRIES_DIR, 'zz-synthetic.json'), JSON.stringify(syntheticEntries(), null, 1));
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, MEDGLOSS_ENTRIES_DIR: LARGE_ENTRIES_DIR, MEDGLOSS_OUT_DIR: OUT_DIR },
  });
  return LARGE_EXTENSION_DIR;
}
