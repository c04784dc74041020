/**
 * The tree keeps its shape: imports run one way (content -> settings -> dictionary; the UI and the
 * entrypoints on top), and utils/ does not grow back into a pile of feature files. Reads the
 * source as text, so it needs no build.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Where the product's source lives (tests/ and scripts/ may import anything). */
const SOURCE = ['entrypoints', 'content', 'settings', 'dictionary', 'components', 'utils', 'messages.ts'];

/** The part of the product a path belongs to: its top folder, or `messages` for messages.ts. */
type Area = 'entrypoints' | 'content' | 'settings' | 'dictionary' | 'components' | 'utils' | 'messages';

/** What each part must not import. Everything else is allowed. */
const FORBIDDEN: Record<Area, Area[]> = {
  // Pure data and build: knows nothing of pages, storage or UI.
  dictionary: ['content', 'settings', 'components', 'entrypoints', 'messages', 'utils'],
  // The protocol between contexts: types of the dictionary at most.
  messages: ['content', 'settings', 'components', 'entrypoints'],
  // Settings are read by the page and the UI, never the other way round.
  settings: ['content', 'components', 'entrypoints', 'messages'],
  // What runs in the page: entrypoints wire it, it never reaches back into them.
  content: ['entrypoints'],
  // Preact UI: shown by the page's card, the popup and the options page, it knows none of their wiring.
  components: ['entrypoints', 'content'],
  // Generic helpers only: nothing of MedGloss's own.
  utils: ['entrypoints', 'content', 'settings', 'dictionary', 'components', 'messages'],
  entrypoints: [],
};

/** At most this many files in utils/, and each generic (see FORBIDDEN.utils). */
const MAX_UTILS_FILES = 5;

interface Import {
  from: string;
  to: string;
}

function areaOf(path: string): Area | undefined {
  const top = path.split('/')[0];
  if (path === 'messages.ts' || top === 'messages') return 'messages';
  return (Object.keys(FORBIDDEN) as Area[]).find((area) => area === top);
}

/** Imports that run the wrong way, as readable lines. */
function wrongWay(imports: Import[]): string[] {
  return imports.flatMap(({ from, to }) => {
    const source = areaOf(from);
    const target = areaOf(to);
    return source && target && FORBIDDEN[source].includes(target)
      ? [`${from} imports ${to} (${source} -> ${target})`]
      : [];
  });
}

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => (name === 'node_modules' ? [] : filesUnder(join(path, name))));
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The project path an import names, or undefined for a package or a virtual module. */
function resolveImport(file: string, specifier: string): string | undefined {
  const path = specifier.split('?')[0];
  if (path.startsWith('@/') || path.startsWith('~/')) return path.slice(2);
  if (path.startsWith('.')) return relative(ROOT, resolve(dirname(resolve(ROOT, file)), path));
  return undefined;
}

function projectImports(): Import[] {
  const files = SOURCE.flatMap((entry) => filesUnder(resolve(ROOT, entry))).filter((f) => /\.(ts|tsx)$/.test(f));
  return files.flatMap((absolute) => {
    const from = relative(ROOT, absolute);
    const text = readFileSync(absolute, 'utf8');
    return [...text.matchAll(IMPORT)].flatMap((m) => {
      const to = resolveImport(from, m[1] ?? m[2] ?? m[3]);
      return to ? [{ from, to }] : [];
    });
  });
}

describe('the structure', () => {
  const imports = projectImports();

  it('finds the imports to check', () => {
    expect(imports.some((i) => i.from.startsWith('content/') && i.to.startsWith('dictionary/'))).toBe(true);
    expect(imports.some((i) => i.from.startsWith('entrypoints/') && i.to.startsWith('content/'))).toBe(true);
    expect(imports.some((i) => i.from.startsWith('settings/') && i.to.startsWith('dictionary/'))).toBe(true);
  });

  it('imports run one way: content -> settings -> dictionary, entrypoints on top', () => {
    const wrong = wrongWay(imports);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('utils/ holds only a few generic helpers, not features', () => {
    const utils = filesUnder(resolve(ROOT, 'utils'));
    expect(utils.length, utils.join('\n')).toBeLessThanOrEqual(MAX_UTILS_FILES);
  });

  it('entrypoints/ hold wiring, not features: each file stays short', () => {
    const long = filesUnder(resolve(ROOT, 'entrypoints'))
      .filter((f) => /\.(ts|tsx)$/.test(f))
      .map((f) => [relative(ROOT, f), readFileSync(f, 'utf8').split('\n').length] as const)
      .filter(([, lines]) => lines > 100);
    expect(long).toEqual([]);
  });

  it('the rules catch imports that run the wrong way', () => {
    expect(
      wrongWay([
        { from: 'dictionary/index.ts', to: 'settings/registry' },
        { from: 'dictionary/compile.ts', to: 'content/highlight/highlighter' },
        { from: 'dictionary/index.ts', to: 'components/card/TermCard' },
        { from: 'content/page-info.ts', to: 'entrypoints/content/index' },
        { from: 'settings/registry.ts', to: 'content/highlight/scanner' },
        { from: 'settings/registry.ts', to: 'components/shared/use-setting' },
        { from: 'components/popup/LookupBox.tsx', to: 'entrypoints/popup/App' },
        { from: 'utils/misc.ts', to: 'settings/registry' },
      ]),
    ).toHaveLength(8);
    expect(
      wrongWay([
        { from: 'content/highlight/scanner.ts', to: 'settings/registry' },
        { from: 'settings/user-terms.ts', to: 'dictionary/index' },
        { from: 'entrypoints/background.ts', to: 'messages' },
        { from: 'components/card/TermCard.tsx', to: 'dictionary/schema' },
      ]),
    ).toEqual([]);
    expect(resolveImport('content/card/hover-card.tsx', '../../components/card/term-card.css?inline')).toBe(
      'components/card/term-card.css',
    );
  });
});
