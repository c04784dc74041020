/** Stops highlighting on every site at once, without losing the per-site choices (popup and options). */
import { SETTINGS } from '@/settings/registry';
import { useSetting } from './use-setting';

export function PauseSwitch({ explain = false }: { explain?: boolean }) {
  const isPaused = useSetting(SETTINGS.paused);
  if (isPaused === undefined) return null;
  return (
    <>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={isPaused}
          onChange={(event) => void SETTINGS.paused.item.setValue((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>Pause highlighting on all sites</span>
      </label>
      {explain && isPaused && (
        <p class="hint">Paused: no page is highlighted. The lookup box in the toolbar popup still works.</p>
      )}
    </>
  );
}
