/**
 * The typed messages between MedGloss's contexts. Reading this file tells every conversation:
 * - content script -> background: entry data for a card;
 * - popup -> content script: what the page is, which terms it found, show one of them.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CompiledEntry } from '../dictionary/compile';

export interface PageInfo {
  hostname: string;
  status: 'ready' | 'off' | 'working';
  terms: { id: string; term: string; count: number }[];
}

interface ProtocolMap {
  /** Entries by id, for a card: the entry and those its senses point to. */
  getEntries(ids: string[]): CompiledEntry[];
  getPageInfo(): PageInfo;
  /** Scroll to the first highlight of an entry and open its card. */
  showTerm(id: string): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
