/**
 * The background refuses what does not come from MedGloss's own content script, and data of any
 * other shape than each message expects (a compromised page process could send anything).
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromContentScript, isEntryIds, isExplainRequest, isLookupText, isOptionalText } from '../../messages';

const ownId = fakeBrowser.runtime.id;
const tab = { id: 3, url: 'https://example.org/' };

describe('messages to the background', () => {
  const answer = fromContentScript(isLookupText, (text) => `looked up ${text}`);

  it('answers our content script with well-formed data', () => {
    expect(answer({ data: 'stroke', sender: { id: ownId, tab } })).toBe('looked up stroke');
  });

  it('refuses another sender: another extension, or no tab (not a content script)', () => {
    expect(() => answer({ data: 'stroke', sender: { id: 'someone-else', tab } })).toThrow(/refused/);
    expect(() => answer({ data: 'stroke', sender: { id: ownId } })).toThrow(/refused/);
  });

  it('refuses malformed payloads', () => {
    for (const data of [42, null, { text: 'x' }, ['x'], 'x'.repeat(1001)])
      expect(() => answer({ data, sender: { id: ownId, tab } })).toThrow(/refused/);
    expect(isEntryIds(['oms', 'user-0123456789abcdef01234567'])).toBe(true);
    expect(isEntryIds('oms')).toBe(false);
    expect(isEntryIds([1])).toBe(false);
    expect(isEntryIds(Array.from({ length: 51 }, () => 'oms'))).toBe(false);
    expect(isOptionalText(undefined)).toBe(true);
    expect(isOptionalText({})).toBe(false);
    expect(isExplainRequest({ text: 'x' })).toBe(true);
    expect(isExplainRequest({ focusedOnly: true })).toBe(true);
    expect(isExplainRequest('x')).toBe(false);
    expect(isExplainRequest({ focusedOnly: 'yes' })).toBe(false);
  });
});
