/**
 * A page that arrives slowly is read while it loads (PageHighlighting.warmUp: its first 100,000
 * characters are scored, and its definitions found, before its DOM is complete). What the reader
 * gets must be exactly what the same page gets when it arrives at once: the same highlights, of
 * the same kinds, and the page's own text untouched, also where a text node was still growing
 * when the first part had been parsed.
 */
import type { Page } from '@playwright/test';
import { loadCuratedEntries } from '../../dictionary/load';
import { expect, serveSlowPage, servePage, test, waitForPass } from './fixtures';

// A medical page, as its score reads it: many distinct medical words (the dictionary's own).
const WORDS = loadCuratedEntries()
  .map((entry) => entry.term)
  .filter((term) => /^\p{Ll}{5,}$/u.test(term))
  .sort();
const paragraph = (i: number) =>
  `Part ${i}: the clinic notes mention ${WORDS[(3 * i) % WORDS.length]}, ${WORDS[(3 * i + 1) % WORDS.length]} ` +
  `and ${WORDS[(3 * i + 2) % WORDS.length]}; the care team explains each of them to the family in plain words, ` +
  'and the family asks what the next weeks will bring and which tests come first. ';

/**
 * Two ways a page arrives in parts. "long": over 100,000 characters of text before the break, so
 * the warm-up reads, scores and searches the text it needs before the rest comes. "growing": the
 * first part ends inside a text node that the parser goes on filling later; most of the page's
 * medical words are in the part still to come, so reading that node half-grown would take the page
 * for an ordinary one (and leave out its disease names, such as bird fancier’s lung).
 */
const PAGES = {
  long: {
    first:
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slow</title></head><body><article>' +
      '<h1>Measuring body composition</h1><p>Bioelectrical impedance analysis (BIA) sends a weak current through the body.</p>' +
      Array.from({ length: 600 }, (_, i) => `<p>${paragraph(i)}</p>`).join('') +
      '<h2>Still arriving</h2><p>The scan was repeated because the child had ataxia and',
    later:
      ' hydrocephalus, so BIA was not used.</p><h2>After the break</h2>' +
      Array.from({ length: 40 }, (_, i) => `<p>Later: BIA was repeated; ${paragraph(600 + i)}</p>`).join('') +
      '</article></body></html>',
  },
  growing: {
    first:
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Slow</title></head><body><article>' +
      '<h1>Notes</h1>' +
      Array.from(
        { length: 60 },
        (_, i) =>
          `<p>Note ${i}: the family met on Tuesday and talked about the garden, the school run and the weekend.</p>`,
      ).join('') +
      `<p>Words the team explained: ${WORDS.slice(0, 2).join(', ')}`,
    later: `, ${WORDS.slice(2, 700).join(', ')}.</p><h2>Later</h2><p>Her uncle has bird fancier’s lung.</p></article></body></html>`,
  },
};

async function highlightsAndText(page: Page): Promise<{ marks: string[]; text: string }> {
  return page.evaluate(() => ({
    marks: [...document.querySelectorAll('mark[data-medgloss-term]')].map(
      (mark) =>
        `${mark.getAttribute('data-medgloss-term')}|${mark.getAttribute('data-medgloss-kind')}|${mark.textContent}`,
    ),
    text: document.body.textContent ?? '',
  }));
}

for (const [name, { first, later }] of Object.entries(PAGES))
  test(`a page parsed while it arrives (${name}) gets the same highlights as the same page arriving at once`, async ({
    context,
    server,
  }) => {
    const whole = await context.newPage();
    await whole.goto(server.url + servePage(`${name}-at-once`, first + later));
    await waitForPass(whole);
    const expected = await highlightsAndText(whole);
    // What the page should get: the definition it makes, or the disease name of a medical page.
    expect(expected.marks).toContainEqual(
      name === 'long' ? 'page:BIA|page|BIA' : expect.stringMatching(/^disease:.*\|disease\|bird fancier’s lung$/),
    );

    const slow = await context.newPage();
    await slow.goto(server.url + serveSlowPage(`${name}-slow`, first, later, 1500), { waitUntil: 'commit' });
    // The first part has been parsed (and read) while the rest has not come.
    await expect(slow.locator('p').last()).toContainText(name === 'long' ? 'ataxia and' : WORDS[1]);
    expect(await slow.evaluate(() => document.readyState)).toBe('loading');
    await waitForPass(slow);
    const got = await highlightsAndText(slow);
    expect(got.text).toBe(expected.text);
    expect(got.marks).toEqual(expected.marks);
  });
