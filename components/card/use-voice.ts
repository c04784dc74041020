/**
 * The local voice to say terms with, as component state: voices load late in Chrome
 * (`voiceschanged`), so the card waits a moment before it says there is none.
 */
import { useEffect, useState } from 'preact/hooks';
import { pickVoice, synthesis, type Synthesis, type VoiceLike } from './speech';

export type VoiceState = { synth: Synthesis; voice: VoiceLike } | 'waiting' | 'none';

const WAIT_FOR_VOICES_MS = 1200;

export function useVoice(): VoiceState {
  const [state, setState] = useState<VoiceState>('waiting');
  useEffect(() => {
    const synth = synthesis();
    if (!synth) return setState('none');
    const check = (final: boolean) => {
      const voice = pickVoice(synth.getVoices());
      if (voice) setState({ synth, voice });
      else if (final) setState('none');
    };
    const onChange = () => check(false);
    synth.addEventListener('voiceschanged', onChange);
    check(false);
    const timer = setTimeout(() => check(true), WAIT_FOR_VOICES_MS);
    return () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', onChange);
    };
  }, []);
  return state;
}
