/**
 * The welcome page, opened once after install (and from the popup): what MedGloss does, a live
 * paragraph whose terms open the real card, the keyboard shortcuts, and where to switch a site off.
 * Content scripts do not run on extension pages, so the paragraph wires the card itself.
 */
import { browser } from 'wxt/browser';
import { LiveParagraph } from './LiveParagraph';
import { useShortcuts } from './shortcuts';

export function App() {
  const shortcuts = useShortcuts();
  return (
    <main class="options welcome">
      <div class="brand">
        <img src="/icon/48.png" width="48" height="48" alt="" />
        <h1>Welcome to MedGloss</h1>
      </div>
      <section class="panel" aria-labelledby="what">
        <h2 id="what">What it does</h2>
        <p>
          MedGloss underlines medical words on the pages you read and explains each one in plain language when you rest
          the pointer on it. Everything it knows is inside the extension: nothing you read leaves your browser.
        </p>
        <LiveParagraph />
      </section>
      <section class="panel" aria-labelledby="keys">
        <h2 id="keys">Keyboard</h2>
        <ul>
          <li>
            <kbd>Alt+Shift+M</kbd>: go to the first term on screen; arrows or <kbd>n</kbd>/<kbd>p</kbd> move, Tab enters
            the card, Escape closes it.
          </li>
          {shortcuts.map((s) => (
            <li key={s.name}>
              <kbd>{s.keys}</kbd>: {s.description.toLowerCase()}.
            </li>
          ))}
        </ul>
      </section>
      <section class="panel" aria-labelledby="off">
        <h2 id="off">Switching it off</h2>
        <p>
          Click the MedGloss icon in the toolbar: the switch at the top turns highlighting off for that site (the icon
          then says “off”), and the pause switch stops it everywhere. Switched-off sites are listed in the{' '}
          <a
            href={browser.runtime.getURL('/options.html')}
            onClick={(event) => {
              event.preventDefault();
              void browser.runtime.openOptionsPage();
            }}
          >
            settings
          </a>
          .
        </p>
      </section>
    </main>
  );
}
