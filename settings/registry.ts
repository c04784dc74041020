/**
 * Every setting MedGloss keeps, defined once: its storage item, the `read` that validates what
 * storage holds (a corrupt or foreign value falls back to the default instead of breaking a page),
 * the label the reader is shown when it had to be reset, and its default. The page, the popup, the
 * options page, storage repair and "Reset to defaults" all work from this list, so a new setting
 * is one entry here. Sync storage follows the reader across browsers.
 */
import { storage, type StorageItemKey, type WxtStorageItem } from '#imports';
import { CATEGORIES, type Category } from '../dictionary/schema';
import {
  EMPTY_OWN_TERMS_INDEX,
  isUserTermId,
  newUserTermId,
  readOwnTermsIndex,
  readUserTerms,
  type OwnTermsIndex,
  type UserTerm,
} from './user-terms';
import { readKnownWords, readSavedWords, type KnownWord, type SavedWord } from './my-words';

export interface Setting<T> {
  item: WxtStorageItem<T, Record<string, never>>;
  /** What storage holds, as a valid value: the readable part of a list, or the default. */
  read: (value: unknown) => T;
  /** How the reader knows it ("highlight style"), e.g. in the notice when it had to be reset. */
  label: string;
  default: T;
  /** The storage item's version (its migrations lead up to it). */
  version: number;
  /** The item's key ("sync:paused"). */
  key: StorageItemKey;
  migrations?: Migrations;
}

type Migrations = Record<number, (value: unknown) => unknown>;

function defineSetting<T>(
  key: StorageItemKey,
  spec: {
    label: string;
    default: T;
    read: (value: unknown) => T | undefined;
    version?: number;
    migrations?: Migrations;
  },
): Setting<T> {
  const { label, default: fallback, read, version = 1, migrations } = spec;
  let item: WxtStorageItem<T, Record<string, never>> | undefined;
  return {
    // Defined on first use: WXT's defineItem reads storage at once (and runs its migrations), and
    // this module loads in every frame, most of which (ads, trackers) never read a setting.
    get item() {
      return (item ??= storage.defineItem<T, Record<string, never>>(key, { fallback, version, migrations }));
    },
    read: (value) => read(value) ?? fallback,
    label,
    default: fallback,
    version,
    key,
    migrations,
  };
}

const oneOf =
  <T extends string>(allowed: readonly T[]) =>
  (value: unknown): T | undefined =>
    allowed.includes(value as T) ? (value as T) : undefined;

/** Tolerates anything storage might hold: only a list of strings counts (sites, notices). */
export function readStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function siteKey(hostname: string): string {
  return hostname.toLowerCase().replace(/^www\./, '');
}

export const HIGHLIGHT_STYLES = ['underline', 'background', 'solid'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/**
 * "first-per-section" is the default: a term is marked once per section (headings split
 * sections), so an article about OMS is not striped with forty identical underlines, and every
 * section still carries its own explanation within reach.
 */
export const DENSITIES = ['first-per-section', 'all'] as const;
export type Density = (typeof DENSITIES)[number];

/** The reader's settings: what "Reset to defaults" resets and what the page follows. */
export const SETTINGS = {
  /** Pauses highlighting everywhere (the popup's global switch). */
  paused: defineSetting<boolean>('sync:paused', {
    label: 'pause',
    default: false,
    read: (value) => value === true,
  }),
  highlightStyle: defineSetting<HighlightStyle>('sync:highlightStyle', {
    label: 'highlight style',
    default: 'underline',
    read: oneOf(HIGHLIGHT_STYLES),
  }),
  density: defineSetting<Density>('sync:density', {
    label: 'highlight density',
    default: 'first-per-section',
    read: oneOf(DENSITIES),
  }),
  /** Categories the reader does not want highlighted (lookup still finds them). */
  hiddenCategories: defineSetting<Category[]>('sync:hiddenCategories', {
    label: 'categories',
    default: [],
    read: (value) =>
      Array.isArray(value) ? value.filter((c): c is Category => CATEGORIES.includes(c as Category)) : undefined,
  }),
  /**
   * Hostnames where the reader switched highlighting off. Version 2 keeps them normalized (lower
   * case, no "www.", no duplicates); version 1 stored hostnames as the page gave them.
   */
  disabledSites: defineSetting<string[]>('sync:disabledSites', {
    label: 'switched-off sites',
    default: [],
    read: readStrings,
    version: 2,
    migrations: { 2: (sites) => [...new Set(readStrings(sites).map(siteKey))] },
  }),
  /** "My words" keeps the address of the page where a word was saved only when the reader allows it. */
  saveAddress: defineSetting<boolean>('sync:saveAddress', {
    label: 'keep page addresses with My words',
    default: false,
    read: (value) => value === true,
  }),
};

export type SettingValues = { [K in keyof typeof SETTINGS]: (typeof SETTINGS)[K] extends Setting<infer T> ? T : never };

/** The reader's own terms. Local, not sync: sync storage allows only 8 KB per item. Work, not settings: a reset keeps them. */
// Pure: a bundle that never reads the terms (the content script, which uses ownTermsIndex) leaves
// the item out, so its migration does not read the whole list (up to 2.4 MB) in every frame.
export const ownTerms = /* @__PURE__ */ defineSetting<UserTerm[]>('local:userTerms', {
  label: 'your terms',
  default: [],
  read: readUserTerms,
  // Version 2: random ids instead of MedGloss 0.1's guessable `user-<name>`; nothing else changes
  // (invalid terms are left for storage repair, which tells the reader).
  version: 2,
  migrations: {
    2: (terms) =>
      Array.isArray(terms)
        ? terms.map((t: unknown) =>
            t && typeof t === 'object' && !isUserTermId((t as UserTerm).id) ? { ...t, id: newUserTermId() } : t,
          )
        : terms,
  },
});

/**
 * The own terms' names as pages match them, built by the background whenever the terms change
 * (see user-terms.ts): pages read this, never the terms and their explanations.
 */
export const ownTermsIndex = defineSetting<OwnTermsIndex>('local:ownTermsIndex', {
  label: 'index of your terms',
  default: EMPTY_OWN_TERMS_INDEX,
  read: readOwnTermsIndex,
});

/** "My words": terms the reader saved from a card or the popup. Local: it can grow past sync's 8 KB. Work: a reset keeps it. */
export const myWords = defineSetting<SavedWord[]>('local:myWords', {
  label: 'My words',
  default: [],
  read: readSavedWords,
});

/** Words the reader knows: never highlighted, still explained by lookup. Work: a reset keeps it. */
export const knownWords = defineSetting<KnownWord[]>('local:knownWords', {
  label: 'words you know',
  default: [],
  read: readKnownWords,
});

/** Everything storage repair checks. Pure, so the content script leaves out what it never reads. */
export const STORED: Setting<unknown>[] = /* @__PURE__ */ (() =>
  [...Object.values(SETTINGS), ownTerms, myWords, knownWords] as Setting<unknown>[])();

/** Messages for the reader about storage that had to be repaired (shown by the options page). */
export const storageNotices = defineSetting<string[]>('local:storageNotices', {
  label: 'notices',
  default: [],
  read: readStrings,
});

export function isSiteEnabled(sites: unknown, hostname: string): boolean {
  return !readStrings(sites).includes(siteKey(hostname));
}

export async function setSiteEnabled(hostname: string, enabled: boolean): Promise<void> {
  const key = siteKey(hostname);
  const rest = (await readSetting(SETTINGS.disabledSites)).filter((site) => site !== key);
  await SETTINGS.disabledSites.item.setValue(enabled ? rest : [...rest, key]);
}

/** A setting's current value, validated. */
export async function readSetting<T>({ item, read }: Setting<T>): Promise<T> {
  return read(await item.getValue());
}

/**
 * Several settings in one storage read, without defining their items. A page waits for its
 * settings before its first highlight, and an item with migrations reads storage twice in turn
 * (version, then value): the second answer came after the page's first layout, 50 ms late on a
 * small page. A value stored by an older version is migrated here in memory; storing it migrated
 * is left to the background, which defines every item at start-up.
 */
export async function readSettings(settings: readonly Setting<unknown>[]): Promise<unknown[]> {
  const stored = await storage.getItems(settings.flatMap(({ key }) => [key, `${key}$` as StorageItemKey]));
  return settings.map(({ read, version, migrations }, i) => {
    let value = stored[2 * i].value as unknown;
    const meta = stored[2 * i + 1].value as { v?: unknown } | null;
    const from = typeof meta?.v === 'number' ? meta.v : 1;
    try {
      for (let v = from + 1; value != null && v <= version; v++) value = migrations?.[v]?.(value) ?? value;
    } catch {
      value = undefined; // what a failed migration leaves is no setting: its default
    }
    return read(value);
  });
}
