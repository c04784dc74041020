import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { repairStorage } from '../../settings/storage-repair';
import { SETTINGS, STORED, ownTerms, storageNotices as notices } from '../../settings/registry';

const { disabledSites, highlightStyle } = {
  disabledSites: SETTINGS.disabledSites.item,
  highlightStyle: SETTINGS.highlightStyle.item,
};
const userTerms = ownTerms.item;
const storageNotices = notices.item;

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('migrates switched-off sites from version 1 (hostnames as given)', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['WWW.Example.org', 'example.org', 'nhs.uk'] });
    await disabledSites.migrate();
    expect(await disabledSites.getValue()).toEqual(['example.org', 'nhs.uk']);
    expect(await fakeBrowser.storage.sync.get('disabledSites$')).toEqual({ disabledSites$: { v: 2 } });
  });

  it('resets a corrupt setting to its default and leaves a notice', async () => {
    await fakeBrowser.storage.sync.set({ highlightStyle: 42 });
    expect(await repairStorage()).toEqual(['highlight style']);
    expect(await highlightStyle.getValue()).toBe('underline');
    expect((await storageNotices.getValue())[0]).toMatch(/highlight style/);
  });

  it('keeps the readable own terms when some are corrupt', async () => {
    await fakeBrowser.storage.local.set({
      userTerms: [{ term: 'zorblax', explanation: 'fine' }, { term: 42 }, 'junk'],
    });
    const [reset] = await repairStorage();
    expect(reset).toMatch(/your terms/);
    expect((await userTerms.getValue()).map((t) => t.term)).toEqual(['zorblax']);
  });

  it('checks every setting of the registry, each reset to its default', async () => {
    for (const { item } of STORED)
      await fakeBrowser.storage[item.key.startsWith('sync:') ? 'sync' : 'local'].set({
        [item.key.split(':')[1]]: { junk: true },
      });
    expect(await repairStorage()).toEqual(STORED.map((s) => s.label));
    for (const setting of STORED) expect(await setting.item.getValue()).toEqual(setting.default);
  });

  it('changes nothing when all is well', async () => {
    await highlightStyle.setValue('background');
    await disabledSites.setValue(['example.org']);
    // Browsers may give objects back with their keys sorted: still the same terms.
    await fakeBrowser.storage.local.set({
      userTerms: [{ aliases: ['ZBX'], explanation: 'fine', id: 'user-zorblax', term: 'zorblax' }],
    });
    expect(await repairStorage()).toEqual([]);
    expect(await storageNotices.getValue()).toEqual([]);
  });

  it('repairs a corrupt version mark once, so no frame logs a failed migration again', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: ['example.org'], disabledSites$: { v: 9 } });
    // What every frame ran on every load, logging the failure:
    await expect(disabledSites.migrate()).rejects.toThrow(/downgrade/);
    await repairStorage();
    expect(await fakeBrowser.storage.sync.get('disabledSites$')).toEqual({ disabledSites$: { v: 2 } });
    await expect(disabledSites.migrate()).resolves.toBeUndefined();
    expect(await disabledSites.getValue()).toEqual(['example.org']);
  });

  it('gives own terms of MedGloss 0.1 random ids, keeping the terms, without a notice', async () => {
    const old = { id: 'user-zorblax', term: 'zorblax', aliases: ['zbx'], explanation: 'Mine.' };
    await fakeBrowser.storage.local.set({ userTerms: [old] });
    await userTerms.migrate();
    const [term] = (await fakeBrowser.storage.local.get('userTerms')).userTerms as (typeof old)[];
    expect(term).toEqual({ ...old, id: expect.stringMatching(/^user-[0-9a-f]{24}$/) });
    expect(await repairStorage()).toEqual([]);
    expect((await userTerms.getValue())[0].id).toBe(term.id);
  });
});
