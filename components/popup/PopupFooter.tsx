/** The popup's footer, sticky at the bottom however long the list: Settings, and the welcome page. */
import { browser } from 'wxt/browser';

export function PopupFooter() {
  return (
    <footer class="popup-footer">
      <a
        href={browser.runtime.getURL('/options.html')}
        onClick={(event) => {
          event.preventDefault();
          void browser.runtime.openOptionsPage().then(() => window.close());
        }}
      >
        Settings
      </a>
      <a
        href={browser.runtime.getURL('/welcome.html')}
        onClick={(event) => {
          event.preventDefault();
          void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).then(() => window.close());
        }}
      >
        Welcome and tips
      </a>
    </footer>
  );
}
