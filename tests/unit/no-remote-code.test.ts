/**
 * Static privacy guard: what ships in MedGloss has no way to reach the network. The source (all
 * of it but tests/ and scripts/, which never ship) uses no network API, names no remote URL, and
 * loads no remote font, image, style or script. The built extension (Chrome and Firefox) is
 * checked too: the same rules on the bundles, and a manifest that grants no network reach. The
 * global setup (built-setup.ts) builds it first when it is missing or older than the source.
 * The e2e side of this is tests/e2e/privacy.spec.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
/** Everything that can end up in the extension. */
const SHIPPED = [
  'entrypoints',
  'content',
  'settings',
  'messages.ts',
  'components',
  'dictionary',
  'public',
  'types',
  'assets',
  'wxt.config.ts',
];
const CODE = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.css', '.html', '.json', '.svg']);

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => (name === 'node_modules' ? [] : filesUnder(join(path, name))));
}

const sources = SHIPPED.flatMap((entry) => filesUnder(resolve(ROOT, entry))).filter((file) => CODE.has(extname(file)));

/**
 * Network APIs: none may be used at all. The one fetch allowed reads a file of the extension
 * itself, `fetch(browser.runtime.getURL(path))` (the full dictionary's data files, see
 * dictionary/vite-plugin.ts): runtime.getURL always answers an address inside the extension.
 */
const NETWORK_APIS: [string, RegExp][] = [
  ['fetch()', /(?<![\w.$])fetch\s*\((?![\w$]+\.runtime\.getURL\()|\.fetch\s*\(/],
  ['XMLHttpRequest', /\bXMLHttpRequest\b/],
  ['WebSocket', /\bWebSocket\b/],
  ['EventSource', /\bEventSource\b/],
  ['sendBeacon', /\bsendBeacon\b/],
  ['WebTransport', /\bWebTransport\b/],
  ['RTCPeerConnection', /\bRTCPeerConnection\b/],
  ['importScripts()', /\bimportScripts\s*\(/],
  ['eval / new Function', /(?<![\w.$])eval\s*\(|\bnew\s+Function\s*\(/],
];

/** Remote loads in markup and style: fonts, images, style sheets, scripts. */
const REMOTE_LOADS: [string, RegExp][] = [
  // Any @import but one of our own stylesheets by a relative path, which Vite inlines at build time
  // (the bundles are scanned with these rules too, and no @import is left there).
  ['@import', /@import\b(?!\s+(['"])\.{1,2}\/[\w./-]+\.css\1\s*;\s*$)/],
  ['@font-face', /@font-face\b/],
  ['remote url()', /url\(\s*['"]?\s*(https?:)?\/\//i],
  ['remote src/href', /\b(src|href|srcset|poster|data)\s*=\s*\{?\s*['"`](https?:)?\/\//i],
];

/** URLs that are not addresses to load: content-script match patterns and XML namespaces. */
const INERT_URL =
  /^(https?|\*):\/\/\*\/\*$|^http:\/\/www\.w3\.org\/(2000\/svg|1999\/xhtml|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/)$/;
const URL_PATTERN = /\b(?:https?|wss?|ftp):\/\/[^\s'"`)<>\]]+/gi;

/** Lines that are only comments (where a reference link does no harm). */
const isCommentLine = (line: string) => /^\s*(\/\/|\/?\*|<!--)/.test(line);

interface Finding {
  file: string;
  line: number;
  what: string;
  text: string;
}

function scan(
  file: string,
  text: string,
  options: { skipComments: boolean; inert?: { test(url: string): boolean } },
): Finding[] {
  const findings: Finding[] = [];
  const name = relative(ROOT, file);
  text.split('\n').forEach((line, index) => {
    const at = (what: string) => findings.push({ file: name, line: index + 1, what, text: line.trim().slice(0, 160) });
    if (options.skipComments && isCommentLine(line)) return;
    for (const [what, pattern] of [...NETWORK_APIS, ...REMOTE_LOADS]) if (pattern.test(line)) at(what);
    for (const url of line.match(URL_PATTERN) ?? []) {
      const clean = url.replace(/[.,;]+$/, '');
      if (!INERT_URL.test(clean) && !options.inert?.test(clean)) at(`URL ${url}`);
    }
  });
  return findings;
}

/**
 * Dictionary entries name the pages their facts were checked against (`checkedAgainst`) and the
 * page a card links to (`sourceUrl`): addresses a reader may open, never loaded by MedGloss.
 */
function withoutReferenceLinks(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!relative(ROOT, file).startsWith(join('dictionary', 'entries'))) return text;
  const data: unknown = JSON.parse(text, (key, value: unknown) =>
    key === 'checkedAgainst' || key === 'sourceUrl' ? undefined : value,
  );
  return JSON.stringify(data, null, 2);
}

const report = (findings: Finding[]) => findings.map((f) => `${f.file}:${f.line} ${f.what}: ${f.text}`).join('\n');

describe('the shipped source cannot reach the network', () => {
  it('finds the source to check', () => {
    expect(sources.some((file) => file.includes(join('entrypoints', 'content')))).toBe(true);
    expect(sources.some((file) => file.includes(join('entrypoints', 'background')))).toBe(true);
    expect(sources.some((file) => file.endsWith('.css'))).toBe(true);
  });

  it('uses no network API, no remote URL, and loads no remote font, image, style or script', () => {
    const findings = sources.flatMap((file) => scan(file, withoutReferenceLinks(file), { skipComments: true }));
    expect(findings, report(findings)).toEqual([]);
  });

  it('the checks themselves catch what they are meant to', () => {
    const bad = [
      "await fetch('/api')",
      "await fetch(url, { body: browser.runtime.getURL('/') })",
      'const x = new XMLHttpRequest();',
      "navigator.sendBeacon('/b', data)",
      "new WebSocket('wss://example.org')",
      "@import url('https://fonts.googleapis.com/css?family=Inter');",
      "@import 'https://example.org/theme.css';",
      "@import '//example.org/theme.css';",
      "src: url(//fonts.gstatic.com/x.woff2) format('woff2');",
      '<img src="https://example.org/pixel.png" />',
      "const API = 'https://api.example.org/v1';",
    ];
    for (const line of bad) expect(scan('probe.ts', line, { skipComments: true }), line).not.toEqual([]);
    const fine = [
      "matches: ['http://*/*', 'https://*/*'],",
      "document.createElementNS('http://www.w3.org/2000/svg', 'svg')",
      '// see https://wxt.dev',
      "@import '../shared/link-button.css';",
      'const response = await fetch(browser.runtime.getURL(file));',
      'const a=await fetch(D.runtime.getURL(e));',
    ];
    for (const line of fine) expect(scan('probe.ts', line, { skipComments: true }), line).toEqual([]);
  });
});

const OUT_DIR = resolve(ROOT, process.env.MEDGLOSS_OUT_DIR ?? '.output');

/** Vite's modulepreload polyfill (in the popup chunk) fetches only <link rel=modulepreload> of our own pages. */
const VITE_PRELOAD_POLYFILL =
  /\(function\(\)\{const \w+=document\.createElement\("link"\)\.relList;[\s\S]*?fetch\(\w+\.href,\w+\)\}\}\)\(\);/;

/** Links in WXT's own error messages (text shown to a developer, never loaded). */
const WXT_ERROR_LINKS = /^https:\/\/(wxt\.dev\/|github\.com\/wxt-dev\/wxt\/issues\/\d+$)/;

/**
 * Source links on cards: exactly the `sourceUrl` values of the dictionary's entries, addresses a
 * reader may open from a card (a plain link, target _blank), never loaded by MedGloss. Any other
 * URL in a bundle is still a finding.
 */
const SOURCE_URLS = new Set(
  filesUnder(resolve(ROOT, 'dictionary', 'entries'))
    .filter((file) => extname(file) === '.json')
    .flatMap((file) => {
      const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
      return (Array.isArray(data) ? data : []).flatMap((entry: { sourceUrl?: unknown }) =>
        typeof entry.sourceUrl === 'string' ? [entry.sourceUrl] : [],
      );
    }),
);
/** Removes exactly the known source links, each as a whole quoted string (not a longer URL that starts with one). */
function withoutSourceLinks(text: string): string {
  // One pass over the bundle (several MB): each quoted http(s) address, dropped only when known.
  return text.replace(/"(https?:\/\/[^"\s]*)"/g, (quoted, url: string) => (SOURCE_URLS.has(url) ? '""' : quoted));
}

describe('source links', () => {
  it('are allowed only where they are a dictionary entry’s sourceUrl', () => {
    expect(SOURCE_URLS.size).toBeGreaterThan(10);
    const [known] = SOURCE_URLS;
    const bundle = (line: string) => scan('bundle.js', withoutSourceLinks(line), { skipComments: false });
    expect(bundle(`x={"sourceUrl":"${known}"}`)).toEqual([]);
    expect(bundle(`x={"sourceUrl":"${known}/tracker"}`)).not.toEqual([]);
    expect(bundle('x="https://example.org/x"')).not.toEqual([]);
  });
});

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const BUILT = join(OUT_DIR, target);
  describe(`the built extension (${relative(ROOT, BUILT)}) cannot reach the network`, () => {
    it('is built', () => {
      expect(existsSync(join(BUILT, 'manifest.json')), `no build in ${BUILT}: see tests/unit/built-setup.ts`).toBe(
        true,
      );
    });

    it('has no network API, remote URL or remote load in its files', () => {
      const files = filesUnder(BUILT).filter((file) => ['.js', '.css', '.html'].includes(extname(file)));
      expect(files.length).toBeGreaterThan(2);
      const findings = files.flatMap((file) => {
        const text = withoutSourceLinks(readFileSync(file, 'utf8').replace(VITE_PRELOAD_POLYFILL, ''));
        // Minified code is one long line: scan it statement by statement.
        return scan(file, text.replace(/;/g, ';\n'), { skipComments: false, inert: WXT_ERROR_LINKS });
      });
      expect(findings, report(findings)).toEqual([]);
    });

    it('has a manifest that grants no network reach', () => {
      const manifest = JSON.parse(readFileSync(join(BUILT, 'manifest.json'), 'utf8'));
      // storage: settings; contextMenus: "Explain “…”" on a selection; sidePanel: the page glossary
      // beside the page (Chrome; Firefox's sidebar_action needs no permission). Nothing reaches the
      // network. A new permission must be reviewed here first.
      const sidePanel = target === 'chrome-mv3' ? ['sidePanel'] : [];
      expect(manifest.permissions ?? []).toEqual(['storage', 'contextMenus', ...sidePanel]);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions ?? []).toEqual([]);
      expect(manifest.externally_connectable).toBeUndefined();
      expect(manifest.update_url).toBeUndefined();
      // The default extension CSP (script-src 'self') stays: no remote or eval'd code.
      expect(manifest.content_security_policy).toBeUndefined();
    });
  });
}
