import { describe, expect, it } from 'vitest';
import { ANKI_HEADER, csvField, wordsToAnkiCsv } from '../../settings/anki-csv';
import type { KnownWord, SavedWord } from '../../settings/my-words';
import { exportWordsFile, parseWordsFile } from '../../settings/words-file';

const words: SavedWord[] = [
  {
    id: 'opsoclonus',
    term: 'opsoclonus',
    explanation: 'Quick, "dancing" eye movements.\nThey happen in OMS.',
    pronunciation: 'op-so-KLO-nus',
    savedAt: '2026-11-20T10:00:00.000Z',
    pageTitle: 'OMS FAQ',
  },
  {
    id: 'user-zorblax',
    term: '#zorblax',
    explanation: 'A <b>test</b> word, with a comma.',
    savedAt: '2026-11-19T10:00:00.000Z',
  },
];
const known: KnownWord[] = [{ id: 'mri', term: 'MRI', knownAt: '2026-11-18T10:00:00.000Z' }];

/** A small RFC 4180 reader, to read the CSV back as Anki would (fields, quotes, line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('Anki CSV', () => {
  const csv = wordsToAnkiCsv(words);

  it("starts with Anki's header lines, no byte order mark", () => {
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n').slice(0, 3)).toEqual(ANKI_HEADER);
  });

  it('has one note per word, front the term, back the explanation and pronunciation, newest first', () => {
    const rows = parseCsv(csv).slice(ANKI_HEADER.length);
    expect(rows).toEqual([
      ['opsoclonus', 'Quick, "dancing" eye movements.\nThey happen in OMS.\n\nSay it: op-so-KLO-nus'],
      ['#zorblax', 'A <b>test</b> word, with a comma.'],
    ]);
  });

  it('quotes every field (RFC 4180): doubled quotes, line breaks inside quotes, CRLF between records', () => {
    expect(csvField('say "hi"\r\nnow')).toBe('"say ""hi""\nnow"');
    // Every record line starts with a quote: none can pass for an Anki comment ("#").
    expect(csv).toContain('\r\n"#zorblax","A <b>test</b> word, with a comma."\r\n');
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('My words file', () => {
  const empty = { words: [], known: [] };

  function refused(text: string): string {
    const result = parseWordsFile(text, empty);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/Nothing was imported\.$/);
    return result.ok ? '' : result.error;
  }

  it('round-trips an export, known words included', () => {
    const result = parseWordsFile(exportWordsFile({ words, known }), empty);
    expect(result).toEqual({ ok: true, value: { words, known, imported: { words: 2, known: 1 } } });
  });

  it('adds to the saved words; a word of the same id is replaced', () => {
    const saved = [{ ...words[0], explanation: 'Old.' }];
    const result = parseWordsFile(JSON.stringify({ words: [words[0]] }), { words: saved, known });
    expect(result.ok && result.value.words).toEqual([words[0]]);
    expect(result.ok && result.value.known).toEqual(known);
  });

  it('refuses a bad file with a message naming the problem, all or nothing', () => {
    expect(refused('{')).toBe('The file is not valid JSON. Nothing was imported.');
    expect(refused('[1,2]')).toMatch(/no list of words/);
    expect(refused(JSON.stringify({ words: [words[0], { ...words[1], explanation: '' }] }))).toBe(
      'Word 2 ("#zorblax") has no "explanation" (at most 3000 characters). Nothing was imported.',
    );
    expect(refused(JSON.stringify({ words: [words[0], words[0]] }))).toMatch(/appears more than once/);
    expect(refused(JSON.stringify({ known: [{ id: 'x', term: 'X', knownAt: 'soon' }] }))).toMatch(
      /Known word 1 \("X"\) has no valid "knownAt"/,
    );
    expect(refused(JSON.stringify({ words: [{ ...words[0], url: 'javascript:alert(1)' }] }))).toMatch(/web address/);
    expect(refused('x'.repeat(1_000_001))).toMatch(/too large/);
  });
});
