/** Stops highlighting on every site at once, without losing the per-site choices (popup and options). */
import { paused } from '@/settings/storage';
import { useStored } from './use-stored';

export function PauseSwitch({ explain = false }: { explain?: boolean }) {
  const isPaused = useStored(paused, (v) => v === true);
  if (isPaused === undefined) return null;
  return (
    <>
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={isPaused}
          onChange={(event) => void paused.setValue((event.currentTarget as HTMLInputElement).checked)}
        />
        <span>Pause highlighting on all sites</span>
      </label>
      {explain && isPaused && (
        <p class="hint">Paused: no page is highlighted. The lookup box in the toolbar popup still works.</p>
      )}
    </>
  );
}
