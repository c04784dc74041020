/**
 * The outcome of an action on the options page (an import, a reset): said politely when it worked,
 * announced at once when it failed.
 */
import type { ComponentChildren } from 'preact';

export function StatusMessage({ ok, children }: { ok: boolean; children: ComponentChildren }) {
  return ok ? (
    <p class="status ok" role="status">
      {children}
    </p>
  ) : (
    <p class="status error" role="alert">
      {children}
    </p>
  );
}
