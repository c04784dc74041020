import { describe, expect, it } from 'vitest';
import { pickVoice } from '../../components/card/speech';

const voice = (name: string, lang: string, localService: boolean, isDefault = false) => ({
  name,
  lang,
  localService,
  default: isDefault,
});

describe('choosing a voice', () => {
  it('uses only a voice on this machine, never a remote one', () => {
    expect(pickVoice([voice('Google US English', 'en-US', false, true)])).toBeUndefined();
    expect(pickVoice([voice('Google US English', 'en-US', false, true), voice('eSpeak', 'en', true)])?.name).toBe(
      'eSpeak',
    );
  });

  it('prefers the default English voice, then US, then British English; not other languages', () => {
    expect(
      pickVoice([voice('fr', 'fr-FR', true, true), voice('gb', 'en-GB', true), voice('us', 'en_US', true)])?.name,
    ).toBe('us');
    expect(pickVoice([voice('us', 'en-US', true), voice('au', 'en-AU', true, true)])?.name).toBe('au');
    expect(pickVoice([voice('de', 'de-DE', true)])).toBeUndefined();
  });
});
