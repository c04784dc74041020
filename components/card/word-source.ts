/**
 * Where the card is read, for "My words": on a page the card's own document tells it; the popup
 * (an extension page) provides the tab's title and address instead.
 */
import { createContext } from 'preact';
import type { WordSource } from '@/settings/my-words';

const fromThisPage = async (): Promise<WordSource> =>
  /^https?:$/.test(location.protocol) ? { title: document.title, url: location.href } : {};

export const WordSourceContext = createContext<() => Promise<WordSource>>(fromThisPage);
