import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { frameReads, startEarlyRead } from '../../content/early-read';

// The top page's settings and matching data are asked for by a script that runs before the main
// content script (entrypoints/early-read.content.ts); the main script must get those same answers,
// and a change stored in between must not be lost (the main script reads again when told so).
describe('the early read of a page’s settings and data', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    frameReads('reset.example'); // takes whatever an earlier test left
    await fakeBrowser.storage.local.set({ pageData: { version: 'v1', matchIndex: '{}' } });
    await fakeBrowser.storage.sync.set({ density: 'all' });
  });

  it('hands its answers to the main script once, for the site it read', async () => {
    startEarlyRead('example.org');
    const reads = frameReads('example.org');
    expect(await reads.pageData).toEqual({ version: 'v1', matchIndex: '{}' });
    expect((await reads.settings).settings).toMatchObject({ density: 'all', enabled: true });
    expect(reads.changedSinceRead()).toBe(false);
    // Taken: the next frame (or a second call) reads for itself, and the data is not kept.
    const again = frameReads('example.org');
    expect(again.pageData).toBeUndefined();
    expect((await again.settings).settings).toMatchObject({ density: 'all' });
  });

  it('tells the main script that storage changed after the early read began', async () => {
    startEarlyRead('example.org');
    await fakeBrowser.storage.sync.set({ density: 'first-per-page' });
    const reads = frameReads('example.org');
    expect(reads.changedSinceRead()).toBe(true);
  });

  it('is not used for another site than the one it read for', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['other.org'], disabledSites$: { v: 2 } });
    startEarlyRead('example.org');
    const reads = frameReads('other.org');
    expect(reads.pageData).toBeUndefined();
    expect((await reads.settings).settings.enabled).toBe(false);
  });
});
