/**
 * The typed messages between MedGloss's contexts. Reading this file tells every conversation:
 * - content script -> background: entry data for a card (and for an abbreviation the page defines);
 * - content script -> background: look up any text (a selection), open the options page, the
 *   tab's site (frames without their own: about:blank, srcdoc);
 * - popup -> content script: what the page is, which terms it found, show one of them;
 * - background -> content script: explain the current selection (context menu, shortcut);
 * - content script -> background: the page's state, shown on the toolbar badge;
 * - content script -> background: the dictionary's data for matching, when storage lacks it.
 * The background checks every message it receives: who sent it (`isOwnContentScript`) and the
 * shape of its data (the `is…` checks below), since a compromised page process could send anything.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import { browser } from 'wxt/browser';
import type { CompiledEntry } from './dictionary/compile';
import type { StoredPageData } from './dictionary/page-data';

export interface PageInfo {
  hostname: string;
  /** The page's title and address, for "My words" (the address is kept only if the reader allows it). */
  title: string;
  url: string;
  status: 'ready' | 'off' | 'working';
  /** `term`: the words as first met on the page; `count`: how often the page uses it. */
  terms: { id: string; term: string; count: number }[];
}

interface ProtocolMap {
  /** Entries by id, for a card: the entry and those its senses point to (recognized terms' ids too). */
  getEntries(ids: string[]): CompiledEntry[];
  /** The card of an abbreviation the page defines ("page:" highlights): short form and what it stands for there. */
  getPageTerm(definition: { short: string; long: string }): CompiledEntry[];
  getPageInfo(): PageInfo;
  /** Scroll to the first highlight of an entry and open its card. */
  showTerm(id: string): boolean;
  /** The id of the entry that best explains `text` (whole dictionary, broad layer and own terms), or null. */
  lookupText(text: string): string | null;
  /**
   * Open the card for the selected text. The context menu sends `text` (the selection as it saw
   * it) to the one frame where the reader chose the item; the keyboard command sends no text to
   * every frame, and only the frame that has the focus answers (`focusedOnly`).
   */
  explainSelection(request: ExplainRequest): boolean;
  /** The site of the tab's top page: frames without a site of their own (about:blank, srcdoc) follow it. */
  getTopSite(): string | null;
  /** Content script (top frame) -> background: the page's state for the toolbar badge. */
  pageStatus(state: PageState): void;
  /** Open the options page, on the "add your own term" form when `addTerm` is given. */
  openOptions(addTerm: string | undefined): void;
  /** The content script's data, when storage does not hold it whole (background/page-data.ts). */
  getPageData(): StoredPageData;
}

export interface ExplainRequest {
  text?: string;
  focusedOnly?: boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();

/** Longest text a lookup or "add your own term" takes: a selection, not a page. */
export const MAX_TEXT = 1000;
/** Most entry ids one card asks for. */
export const MAX_IDS = 50;

const isShortString = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

export const isEntryIds = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= MAX_IDS && value.every((id) => isShortString(id, 200));
export const isLookupText = (value: unknown): value is string => isShortString(value, MAX_TEXT);
export const isOptionalText = (value: unknown): value is string | undefined =>
  value === undefined || isLookupText(value);
export const isExplainRequest = (value: unknown): value is ExplainRequest =>
  typeof value === 'object' &&
  value !== null &&
  isOptionalText((value as ExplainRequest).text) &&
  ['undefined', 'boolean'].includes(typeof (value as ExplainRequest).focusedOnly);

export const hasNoData = (value: unknown): value is undefined => value === undefined;

/** An abbreviation as the page defines it: short form and long form, both short texts. */
export const isPageDefinition = (value: unknown): value is { short: string; long: string } =>
  typeof value === 'object' &&
  value !== null &&
  isShortString((value as { short: unknown }).short, 20) &&
  isShortString((value as { long: unknown }).long, 300);

export interface PageState {
  status: 'ready' | 'off' | 'working';
  terms: number;
}
export const isPageState = (value: unknown): value is PageState =>
  typeof value === 'object' &&
  value !== null &&
  ['ready', 'off', 'working'].includes((value as PageState).status) &&
  Number.isInteger((value as PageState).terms) &&
  (value as PageState).terms >= 0;

interface Sender {
  id?: string;
  tab?: { id?: number; url?: string };
}

/** A message from MedGloss's own content script in a tab (not another extension, not an extension page). */
export function isOwnContentScript(sender: Sender, runtimeId: string): boolean {
  return sender.id === runtimeId && sender.tab?.id !== undefined;
}

/**
 * Wraps a background handler of content-script messages: a message from anyone else, or with
 * data of another shape, is refused (the sender's promise rejects) before `answer` sees it.
 */
export function fromContentScript<T, R>(
  isData: (data: unknown) => data is T,
  answer: (data: T, sender: Sender) => R,
  /** Also from MedGloss's own pages (the popup has no tab): for questions they ask too. */
  alsoOwnPages = false,
): (message: { data: unknown; sender: Sender & { url?: string } }) => R {
  return ({ data, sender }) => {
    const ownPage =
      alsoOwnPages && sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL('/'));
    if (!(isOwnContentScript(sender, browser.runtime.id) || ownPage) || !isData(data))
      throw new Error('MedGloss refused a message from an unexpected sender or with unexpected data.');
    return answer(data, sender);
  };
}
