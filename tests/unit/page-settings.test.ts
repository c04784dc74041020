import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readPageSettings } from '../../settings/page-settings';

// The content script reads every page setting in one storage call (settings/registry.ts
// readSettings); these check it reads what the storage items would.
describe('page settings, read at once', () => {
  beforeEach(() => fakeBrowser.reset());

  it('gives the defaults on a fresh profile', async () => {
    expect(await readPageSettings('example.org')).toMatchObject({
      enabled: true,
      paused: false,
      density: 'first-per-section',
      disabledSites: [],
      hiddenCategories: [],
    });
  });

  it('migrates switched-off sites stored by version 1 in memory, as the item would', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['WWW.Example.org', 'nhs.uk'] });
    const settings = await readPageSettings('example.org');
    expect(settings.disabledSites).toEqual(['example.org', 'nhs.uk']);
    expect(settings.enabled).toBe(false);
    expect(await readPageSettings('www.nhs.uk')).toMatchObject({ enabled: false });
  });

  it('does not migrate again what version 2 stored', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['Odd.Example'], disabledSites$: { v: 2 } });
    expect((await readPageSettings('other.org')).disabledSites).toEqual(['Odd.Example']);
  });

  it('turns corrupt values and version marks into defaults, and reads storage once', async () => {
    await fakeBrowser.storage.sync.set({
      density: 'sometimes',
      paused: 'yes',
      disabledSites: 42,
      disabledSites$: { v: 'x' },
      highlightStyle: 'background',
    });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const settings = await readPageSettings('example.org');
    expect(get).toHaveBeenCalledTimes(1);
    expect(settings).toMatchObject({
      density: 'first-per-section',
      paused: false,
      disabledSites: [],
      highlightStyle: 'background',
      enabled: true,
    });
  });
});
