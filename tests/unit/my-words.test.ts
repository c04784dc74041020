import { describe, expect, it } from 'vitest';
import type { CompiledEntry } from '../../dictionary/compile';
import {
  markKnown,
  readKnownWords,
  readSavedWords,
  removeWord,
  saveWord,
  searchWords,
  wordFromEntry,
  type SavedWord,
} from '../../settings/my-words';

const entry: CompiledEntry = {
  id: 'opsoclonus',
  term: 'opsoclonus',
  aliases: [],
  category: 'symptom',
  explanation: 'Quick, jerky eye movements.',
  related: [],
  source: 'NINDS',
  reviewed: true,
  pronunciation: 'op-so-KLO-nus',
};

const word = (id: string, savedAt: string, extra: Partial<SavedWord> = {}): SavedWord => ({
  id,
  term: id,
  explanation: `About ${id}.`,
  savedAt,
  ...extra,
});

describe('My words', () => {
  const now = new Date('2026-11-20T10:00:00Z');

  it('saves the explanation, pronunciation, date and page title, and the address only when allowed', () => {
    const source = { title: 'OMS FAQ', url: 'https://example.org/oms' };
    expect(wordFromEntry(entry, new Map(), source, { keepAddress: false, now })).toEqual({
      id: 'opsoclonus',
      term: 'opsoclonus',
      explanation: 'Quick, jerky eye movements.',
      pronunciation: 'op-so-KLO-nus',
      savedAt: '2026-11-20T10:00:00.000Z',
      pageTitle: 'OMS FAQ',
    });
    expect(wordFromEntry(entry, new Map(), source, { keepAddress: true, now }).url).toBe('https://example.org/oms');
    // An extension page or a file is not an address worth keeping.
    expect(
      wordFromEntry(entry, new Map(), { url: 'chrome-extension://x/popup.html' }, { keepAddress: true, now }).url,
    ).toBeUndefined();
  });

  it('explains an ambiguous abbreviation by its meanings', () => {
    const oms: CompiledEntry = {
      ...entry,
      id: 'oms',
      term: 'OMS',
      explanation: undefined,
      senses: [
        { meaning: 'opsoclonus myoclonus syndrome', entry: 'oms-syndrome', cues: [] },
        { meaning: 'oral and maxillofacial surgery', explanation: 'Surgery of the mouth and jaw.', cues: [] },
      ],
    };
    const linked = new Map([['oms-syndrome', { ...entry, id: 'oms-syndrome', explanation: 'A rare condition.' }]]);
    expect(wordFromEntry(oms, linked, {}, { keepAddress: false, now }).explanation).toBe(
      'opsoclonus myoclonus syndrome: A rare condition.\noral and maxillofacial surgery: Surgery of the mouth and jaw.',
    );
  });

  it('keeps a word once, newest first, and removes one', () => {
    let list = saveWord([], word('a', '2026-01-01T00:00:00.000Z'));
    list = saveWord(list, word('b', '2026-01-02T00:00:00.000Z'));
    list = saveWord(list, word('a', '2026-01-03T00:00:00.000Z'));
    expect(list.map((w) => w.id)).toEqual(['a', 'b']);
    expect(removeWord(list, 'a').map((w) => w.id)).toEqual(['b']);
  });

  it('searches term, explanation and page title, ignoring case and accents, newest first', () => {
    const list = [
      word('anemia', '2026-01-01T00:00:00.000Z', { pageTitle: 'Blood tests' }),
      word('ataxia', '2026-01-03T00:00:00.000Z', { explanation: 'Clumsy movement; the café kind.' }),
      word('apnea', '2026-01-02T00:00:00.000Z'),
    ];
    expect(searchWords(list, '').map((w) => w.id)).toEqual(['ataxia', 'apnea', 'anemia']);
    expect(searchWords(list, 'BLOOD').map((w) => w.id)).toEqual(['anemia']);
    expect(searchWords(list, 'cafe clumsy').map((w) => w.id)).toEqual(['ataxia']);
    expect(searchWords(list, 'nothing')).toEqual([]);
  });

  it('marks a word known once', () => {
    const once = markKnown([], { id: 'oms', term: 'OMS' }, now);
    expect(markKnown(once, { id: 'oms', term: 'OMS' }, now)).toHaveLength(1);
    expect(once[0]).toEqual({ id: 'oms', term: 'OMS', knownAt: '2026-11-20T10:00:00.000Z' });
  });

  it('reads only valid words from storage', () => {
    const good = word('a', '2026-01-01T00:00:00.000Z');
    expect(readSavedWords([good, { term: 'x' }, 'junk', { ...good, id: '<b>' }])).toEqual([good]);
    expect(readSavedWords({ nope: 1 })).toEqual([]);
    expect(readKnownWords([{ id: 'oms', term: 'OMS', knownAt: 'yesterday' }])).toEqual([]);
  });
});
