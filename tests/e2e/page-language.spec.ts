/**
 * The dictionary is English. A page that declares another language gets the reader's own terms
 * only: its words that look like English ones ("Anemia", "Migraine" in a German text) are not
 * explained as if they were. Also while such a page is still loading, when only <html lang> is known.
 */
import { expect, highlights, serveSlowPage, servePage, setStorage, test, waitForPass } from './fixtures';

const OWN_TERM = 'user-00000000000000000000b1b1';
const TEXT =
  '<p>Die Patientin hat Anemia und Migraine. Der Arzt empfiehlt eine Kontrolle beim Centrum, sagt Oma.</p>' +
  '<p>The same words in English: anemia and migraine.</p>';
const page = (lang: string) =>
  `<!doctype html><html${lang}><head><meta charset="utf-8"><title>t</title></head><body>${TEXT}</body></html>`;

test('a page in another language gets your own terms only; the same text in English gets the dictionary too', async ({
  context,
  background,
  server,
}) => {
  await setStorage(background, 'local', {
    userTerms: [{ id: OWN_TERM, term: 'Oma', aliases: [], explanation: 'My grandmother.' }],
  });
  const english = await context.newPage();
  await english.goto(server.url + servePage('language-en', page(' lang="en"')));
  await waitForPass(english);
  await expect(highlights(english, 'anemia').first()).toBeVisible();
  await expect(highlights(english, OWN_TERM)).toHaveCount(1);

  for (const [name, url] of [
    ['at once', servePage('language-de', page(' lang="de"'))],
    // Slow: the set-up starts while only the first part (with <html lang>) has arrived.
    ['slowly', serveSlowPage('language-de-slow', page(' lang="de"').slice(0, 120), page(' lang="de"').slice(120), 800)],
  ] as const) {
    const german = await context.newPage();
    await german.goto(server.url + url);
    await waitForPass(german);
    await expect(highlights(german, OWN_TERM), name).toHaveCount(1);
    await expect(highlights(german), name).toHaveCount(1);
  }
});
