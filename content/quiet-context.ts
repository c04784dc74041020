/**
 * WXT 0.21's ContentScriptContext announces every start to the page: `window.postMessage(..., '*')`
 * with the extension id in it, and a CustomEvent on `document` which, fired by anyone who knows
 * that id (store ids are public), invalidates the running script. So any page could learn that
 * MedGloss is installed and switch it off. (WXT 0.21.4's `noScriptStartedPostMessage` drops the
 * message but keeps the event.) Both are replaced here, before WXT constructs the context: a newer
 * copy of this script in the same frame stops the older one through a global of the content
 * script's isolated world, which pages cannot reach. Import this module for its effect, first.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

const CURRENT = Symbol.for('medgloss.contentScriptContext');

interface StartUp {
  stopOldScripts(this: ContentScriptContext): void;
  listenForNewerScripts(this: ContentScriptContext): void;
}

const startUp = ContentScriptContext.prototype as unknown as StartUp;
startUp.stopOldScripts = function () {
  const world = globalThis as unknown as Record<symbol, ContentScriptContext | undefined>;
  const previous = world[CURRENT];
  if (previous && previous !== this) previous.notifyInvalidated();
  world[CURRENT] = this;
};
startUp.listenForNewerScripts = () => undefined;
