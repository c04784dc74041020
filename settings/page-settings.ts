/**
 * The settings that shape highlighting on this page, read together and watched together, so the
 * content script can react to any change at once without a reload.
 */
import type { Category } from '../dictionary/schema';
import {
  density,
  disabledSites,
  hiddenCategories,
  highlightStyle,
  isSiteEnabled,
  paused,
  readCategories,
  readDensity,
  readPaused,
  readStyle,
  type Density,
  type HighlightStyle,
} from './storage';

export interface PageSettings {
  enabled: boolean;
  style: HighlightStyle;
  density: Density;
  hiddenCategories: Category[];
}

export async function readPageSettings(hostname: string): Promise<PageSettings> {
  const [sites, isPaused, style, dens, hidden] = await Promise.all([
    disabledSites.getValue(),
    paused.getValue(),
    highlightStyle.getValue(),
    density.getValue(),
    hiddenCategories.getValue(),
  ]);
  return {
    enabled: !readPaused(isPaused) && isSiteEnabled(sites, hostname),
    style: readStyle(style),
    density: readDensity(dens),
    hiddenCategories: readCategories(hidden),
  };
}

/** Calls `onChange` with fresh settings whenever any of them changes; returns the unwatch. */
export function watchPageSettings(hostname: string, onChange: (settings: PageSettings) => void): () => void {
  const reread = () => void readPageSettings(hostname).then(onChange);
  const unwatchers = [disabledSites, paused, highlightStyle, density, hiddenCategories].map((item) =>
    item.watch(reread),
  );
  return () => unwatchers.forEach((unwatch) => unwatch());
}
