/**
 * The typed messages between MedGloss's contexts. Reading this file tells every conversation:
 * - content script -> background: entry data for a card (and for an abbreviation the page defines);
 * - content script -> background: look up any text (a selection), open the options page;
 * - popup -> content script: what the page is, which terms it found, show one of them;
 * - background -> content script: explain the current selection (context menu, shortcut).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CompiledEntry } from './dictionary/compile';

export interface PageInfo {
  hostname: string;
  status: 'ready' | 'off' | 'working';
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
  /** Open the card for the selected text; `text` is the selection as the context menu saw it. */
  explainSelection(text: string | undefined): boolean;
  /** Open the options page, on the "add your own term" form when `addTerm` is given. */
  openOptions(addTerm: string | undefined): void;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
