/**
 * One setting as component state: read on load, then followed with `watch`, so every open options
 * page (and the popup) shows the same value. The setting's own `read` validates what storage holds,
 * so a foreign or corrupt value shows as the default instead of breaking the page.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Setting } from '@/settings/registry';

export function useSetting<T>({ item, read }: Setting<T>): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    let live = true;
    // A change seen by the watcher is newer than a first read still on its way: the read must not undo it.
    let changed = false;
    void item.getValue().then((v) => live && !changed && setValue(read(v)));
    const unwatch = item.watch((v) => {
      changed = true;
      setValue(read(v));
    });
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
