/**
 * Puts every setting back to its default. The reader's own terms are work, not settings, so they
 * stay; the confirm step is in the page (window.confirm blocks, and is unstyled and easy to miss).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { SETTINGS } from '@/settings/registry';
import { StatusMessage } from './StatusMessage';

export function ResetDefaults() {
  const [step, setStep] = useState<'idle' | 'confirm' | 'done' | 'failed'>('idle');
  const confirmButton = useRef<HTMLButtonElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  // Keyboard focus follows the step, instead of falling to the page when a button goes away.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) return void (firstRender.current = false);
    (step === 'confirm' ? confirmButton : resetButton).current?.focus();
  }, [step]);

  const reset = async () => {
    try {
      await Promise.all(Object.values(SETTINGS).map(({ item }) => item.removeValue()));
      setStep('done');
    } catch {
      setStep('failed');
    }
  };

  if (step === 'confirm')
    return (
      <div class="confirm" role="group" aria-label="Confirm reset">
        <p>
          Highlighting will be on for every site, with the default style, density and all kinds of terms. Your own terms
          are kept.
        </p>
        <div class="actions">
          <button ref={confirmButton} type="button" class="danger" onClick={() => void reset()}>
            Yes, reset settings
          </button>
          <button type="button" onClick={() => setStep('idle')}>
            Cancel
          </button>
        </div>
      </div>
    );
  return (
    <>
      <button ref={resetButton} type="button" onClick={() => setStep('confirm')}>
        Reset settings to defaults…
      </button>
      {step === 'done' && (
        <StatusMessage ok>Settings are back to their defaults. Your own terms were kept.</StatusMessage>
      )}
      {step === 'failed' && (
        <StatusMessage ok={false}>The settings could not be reset. Please try again.</StatusMessage>
      )}
    </>
  );
}
