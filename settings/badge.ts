/**
 * Pure: what the toolbar badge says for a tab. "off" where the site is switched off or MedGloss
 * is paused (so Alt+Shift+H gives a visible sign), else how many different terms the page has.
 */
export interface Badge {
  text: string;
  color: string;
}

export function badgeFor(state: { status: 'ready' | 'off' | 'working'; terms: number }): Badge | undefined {
  if (state.status === 'off') return { text: 'off', color: '#5f6b7a' };
  if (state.status === 'working' && state.terms === 0) return undefined; // keep what it showed
  return { text: state.terms === 0 ? '' : state.terms > 99 ? '99+' : String(state.terms), color: '#0b5cad' };
}

/** Shows `badgeFor(state)` on a tab's toolbar button (the background calls this for each page report). */
export function showBadge(
  action: {
    setBadgeText(details: { tabId: number; text: string }): Promise<void>;
    setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  },
  tabId: number | undefined,
  state: Parameters<typeof badgeFor>[0],
): void {
  const badge = badgeFor(state);
  if (tabId === undefined || !badge) return;
  void action.setBadgeText({ tabId, text: badge.text }).catch(() => undefined);
  void action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(() => undefined);
}
