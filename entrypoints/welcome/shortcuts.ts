/** The keyboard shortcuts as the browser has them now (the reader may have changed them). */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

export function useShortcuts(): { name: string; keys: string; description: string }[] {
  const [list, setList] = useState<{ name: string; keys: string; description: string }[]>([]);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) =>
        setList(
          commands
            .filter((c) => c.name && c.description)
            .map((c) => ({ name: c.name!, keys: c.shortcut || 'not set', description: c.description! })),
        ),
      );
  }, []);
  return list;
}
