/**
 * Checks every stored setting (the registry's STORED list) once when the background starts. A value that is not what its
 * setting expects (corrupt storage, a hand-edited profile, a foreign extension's key) is reset to
 * the default and the reader is told, on the options page, which setting was reset.
 */
import { STORED, storageNotices } from './registry';

/** JSON with object keys sorted: storage may hand objects back with their keys in another order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

/** Resets every invalid setting (keeping the valid part of a list); returns what was reset. */
export async function repairStorage(): Promise<string[]> {
  const reset: string[] = [];
  for (const { label, item, read, version } of STORED) {
    let value: unknown;
    try {
      value = await item.getValue(); // after the item's migrations
    } catch {
      value = Symbol('unreadable');
    }
    // A corrupt version mark (say, higher than this MedGloss knows) fails the item's migration in
    // every frame on every load, and never heals: set it right once, here.
    const meta = (await item.getMeta().catch(() => undefined)) as { v?: unknown } | undefined;
    const v = meta?.v;
    if (v !== undefined && !(Number.isInteger(v) && (v as number) >= 1 && (v as number) <= version))
      await item.setMeta({ v: version } as never);
    const readable = read(value);
    if (canonical(readable) === canonical(value)) continue;
    const kept = Array.isArray(value) && Array.isArray(readable) ? readable.length : 0;
    if (kept > 0 && kept === (value as unknown[]).length) {
      await item.setValue(readable); // every entry was readable; only ids were missing
    } else if (kept > 0) {
      await item.setValue(readable);
      reset.push(`${label} (the unreadable entries were dropped, ${kept} kept)`);
    } else {
      await item.removeValue();
      reset.push(label);
    }
  }
  if (reset.length) {
    const notices = storageNotices.read(await storageNotices.item.getValue());
    const notice = `Some saved settings could not be read and were reset to their defaults: ${reset.join(', ')}.`;
    await storageNotices.item.setValue([...notices, notice].slice(-5));
  }
  return reset;
}
