/** Pauses MedGloss on every site at once; each site's own switch is kept for when it resumes. */
import { useEffect, useState } from 'preact/hooks';
import { paused } from '@/utils/storage';

export function PauseSwitch() {
  const [isPaused, setPaused] = useState<boolean>();
  useEffect(() => {
    void paused.getValue().then((value) => setPaused(value === true));
    return paused.watch((value) => setPaused(value === true));
  }, []);
  if (isPaused === undefined) return null;
  return (
    <label class="switch">
      <input
        type="checkbox"
        role="switch"
        checked={isPaused}
        onChange={(event) => {
          const on = (event.currentTarget as HTMLInputElement).checked;
          setPaused(on);
          void paused.setValue(on);
        }}
      />
      <span>Pause on all sites</span>
    </label>
  );
}
