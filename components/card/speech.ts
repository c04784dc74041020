/**
 * Saying a term aloud with the browser's own speech synthesis. Only a voice that runs on this
 * machine (`localService`) is used: a remote voice would send the word to a speech service, and
 * nothing the reader looks at leaves the browser. Without a local voice the card says so.
 */

/** The part of SpeechSynthesisVoice that choosing a voice needs. */
export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
}

/** The part of speechSynthesis the card uses, so tests can stand in for it. */
export interface Synthesis {
  getVoices(): VoiceLike[];
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

/** Pure: the local English voice to use (the system's default first, then US, then British, then any), or undefined. */
export function pickVoice<T extends VoiceLike>(voices: readonly T[]): T | undefined {
  // Some systems write "en_US".
  const lang = (v: T) => v.lang.replace('_', '-');
  const english = voices.filter((v) => v.localService && /^en\b/i.test(lang(v)));
  const rank = (v: T) => (v.default ? 0 : /^en-US/i.test(lang(v)) ? 1 : /^en-GB/i.test(lang(v)) ? 2 : 3);
  return [...english].sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * Only in the end-to-end tests' build: a page (or the popup) that sets
 * `<html data-medgloss-test-voices='[...]'>` gets a stand-in synthesis with those voices, which
 * writes what it was asked to say into `data-medgloss-test-spoken`. Vite drops this branch from
 * the production build (import.meta.env.MODE is replaced at build time).
 */
function testSynthesis(): Synthesis | undefined {
  if (import.meta.env.MODE !== 'e2e') return undefined;
  const html = document.documentElement;
  const voices = html.getAttribute('data-medgloss-test-voices');
  if (voices === null) return undefined;
  return {
    getVoices: () => JSON.parse(voices) as VoiceLike[],
    speak: (u) => html.setAttribute('data-medgloss-test-spoken', JSON.stringify({ text: u.text, lang: u.lang })),
    cancel: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
}

export function synthesis(): Synthesis | undefined {
  return (
    testSynthesis() ?? (typeof speechSynthesis === 'undefined' ? undefined : (speechSynthesis as unknown as Synthesis))
  );
}

/** Says `text` with `voice` (a voice this synthesis listed), stopping anything still being said. */
export function say(synth: Synthesis, text: string, voice: VoiceLike): void {
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  // The test double's voices are plain objects, which `utterance.voice` refuses.
  if (typeof SpeechSynthesisVoice !== 'undefined' && voice instanceof SpeechSynthesisVoice) utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.85;
  synth.speak(utterance);
}
