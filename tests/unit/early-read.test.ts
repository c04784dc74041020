import { beforeEach, describe, expect, it, vi } from 'vitest';
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
    await fakeBrowser.storage.sync.set({ density: 'all', disabledSites: ['other.org'], disabledSites$: { v: 2 } });
    await fakeBrowser.storage.local.set({
      knownWords: [{ id: 'asthma', term: 'asthma', knownAt: '2026-12-01T08:00:00.000Z' }],
    });
  });

  it('hands its answers to the main script once; a later call reads for itself', async () => {
    const local = vi.spyOn(fakeBrowser.storage.local, 'get');
    const sync = vi.spyOn(fakeBrowser.storage.sync, 'get');
    startEarlyRead('example.org');
    const reads = frameReads('example.org');
    expect(await reads.pageData).toEqual({ version: 'v1', matchIndex: '{}' });
    // One storage read for the frame's settings: the page's (sync) and the reader's lists (local).
    const read = await reads.settings;
    expect(read.settings).toMatchObject({ density: 'all', enabled: true });
    expect(read.known.map((word) => word.id)).toEqual(['asthma']);
    expect(read.terms.trie).toBeDefined();
    // The settings in one call per storage area, the data in one more.
    expect(sync).toHaveBeenCalledTimes(1);
    expect(local).toHaveBeenCalledTimes(2);
    expect(reads.changedSinceRead()).toBe(false);
    // Taken: the next frame (or a second call) reads for itself, and the data is not kept.
    const again = frameReads('example.org');
    expect(again.pageData).toBeUndefined();
    expect((await again.settings).settings).toMatchObject({ density: 'all' });
    expect((await frameReads('other.org').settings).settings.enabled).toBe(false);
  });

  it('tells the main script that storage changed after the early read began', async () => {
    startEarlyRead('example.org');
    await fakeBrowser.storage.sync.set({ density: 'first-per-page' });
    const reads = frameReads('example.org');
    expect(reads.changedSinceRead()).toBe(true);
  });
});
