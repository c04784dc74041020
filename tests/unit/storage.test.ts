import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS, isSiteEnabled, setSiteEnabled, siteKey } from '../../settings/registry';

const disabledSites = SETTINGS.disabledSites.item;

describe('per-site switch', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is on everywhere by default', async () => {
    expect(isSiteEnabled(await disabledSites.getValue(), 'example.org')).toBe(true);
  });

  it('switches one site off and on, ignoring "www." and case', async () => {
    await setSiteEnabled('WWW.Example.org', false);
    expect(await disabledSites.getValue()).toEqual(['example.org']);
    expect(isSiteEnabled(await disabledSites.getValue(), 'example.org')).toBe(false);
    expect(isSiteEnabled(await disabledSites.getValue(), 'other.org')).toBe(true);
    await setSiteEnabled('example.org', true);
    expect(await disabledSites.getValue()).toEqual([]);
  });

  it('survives corrupt storage', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: 'not a list' });
    expect(isSiteEnabled(await disabledSites.getValue(), 'example.org')).toBe(true);
    await setSiteEnabled('example.org', false);
    expect(await disabledSites.getValue()).toEqual(['example.org']);
  });

  it('keys sites by hostname', () => {
    expect(siteKey('www.NHS.uk')).toBe('nhs.uk');
  });
});
