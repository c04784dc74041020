/**
 * Terms no dictionary entry lists, recognized on the page: each highlight says how it was found
 * (data-medgloss-kind) and its card says the same in words.
 */
import { card, expect, highlights, servePage, test, waitForPass } from './fixtures';
import type { Page } from '@playwright/test';

const html = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><article>${body}</article></body></html>`;

const BODY_COMPOSITION = html(
  '<h1>Measuring body composition</h1>' +
    '<p>Body composition describes how much of the body is fat, muscle and bone. Doctors use it to judge ' +
    'obesity, malnutrition and the loss of muscle in older patients, and it guides treatment after surgery.</p>' +
    '<p>Dual-energy X-ray absorptiometry (DXA) measures bone mineral density and body fat with a low dose of ' +
    'radiation. Bioelectrical impedance analysis (BIA) sends a weak current through the body; the current ' +
    'flows more easily through muscle than through fat. Hydrodensitometry weighs the patient under water.</p>' +
    '<h2>Which test to choose</h2><p>DXA is the reference method for osteoporosis. BIA is cheap, but dehydration changes its results.</p>',
);

const CLINIC_LETTER = html(
  '<h1>Clinic letter</h1>' +
    '<p>The patient was referred to an otorhinolaryngologist for ear pain, to the urologic clinic for blood in the ' +
    'urine and for tests because she is anaemic. The tumor was non-metastatic at diagnosis, and chemotherapy was not needed. Her brother had bird ' +
    'fancier’s lung from his pigeons. She has anemia and takes iron tablets; the infection was treated ' +
    'with antibiotics and the inflammation settled.</p>',
);

async function open(context: import('@playwright/test').BrowserContext, url: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(url);
  await waitForPass(tab);
  return tab;
}

const kind = (page: Page, kindName: string, text: string | RegExp) =>
  page.locator(`mark[data-medgloss-kind="${kindName}"]`).filter({ hasText: text });

test('abbreviations the page defines are highlighted everywhere on it, with the page’s meaning', async ({
  context,
  server,
}) => {
  const tab = await open(context, server.url + servePage('body-composition', BODY_COMPOSITION));
  // Once per section, as every term: the definition's section and the next one.
  await expect(kind(tab, 'page', /^BIA$/)).toHaveCount(2);
  await expect(highlights(tab, 'page:BIA').first()).toBeVisible();
  // The dictionary already explains DXA with the same meaning: its own entry is shown.
  await expect(kind(tab, 'entry', /^DXA$/)).toHaveCount(2);
  await kind(tab, 'page', /^BIA$/).last().hover();
  await expect(card(tab).locator('.category')).toHaveText('Defined on this page');
  await expect(card(tab)).toContainText('On this page, BIA stands for Bioelectrical impedance analysis.');
  // Nothing reviewed explains the long form ("analysis" alone is psychoanalysis in WordNet): the card says so.
  await expect(card(tab).locator('.explanation')).toHaveText(
    'MedGloss has no checked explanation of “Bioelectrical impedance analysis” yet.',
  );
});

test('a word read from its parts shows each part and says where the meaning comes from', async ({
  context,
  server,
}) => {
  const tab = await open(context, server.url + servePage('body-composition', BODY_COMPOSITION));
  const word = kind(tab, 'word-parts', 'Hydrodensitometry');
  await expect(word).toHaveCount(1);
  await word.hover();
  await expect(card(tab).locator('.category')).toHaveText('Read from its word parts');
  await expect(card(tab).locator('.word-parts li')).toHaveCount(3);
  await expect(card(tab).locator('.word-parts')).toContainText('water');
  await expect(card(tab)).toContainText('Meaning read from the word’s parts');
});

test('derived words open a card composed from the entry they come from', async ({ context, server }) => {
  const tab = await open(context, server.url + servePage('clinic-letter', CLINIC_LETTER));
  const cases: [string, RegExp, RegExp][] = [
    [
      'otorhinolaryngologist',
      /^Derived from otolaryngology$/,
      /Otorhinolaryngologist: a doctor who specializes in otolaryngology:/,
    ],
    ['anaemic', /^Derived from anemia$/, /Anaemic: to do with anemia:/],
    ['non-metastatic', /^Derived from metastasis$/, /Non-metastatic: not metastatic:/],
  ];
  // "urologic" is a name the dictionary lists for urology.
  await expect(kind(tab, 'entry', 'urologic')).toHaveCount(1);
  for (const [word, basis, lead] of cases) {
    const mark = kind(tab, 'derived', word);
    await expect(mark, word).toHaveCount(1);
    await mark.hover();
    await expect(card(tab).locator('.category')).toHaveText(basis);
    await expect(card(tab).locator('.lead')).toHaveText(lead);
    await expect(card(tab).locator('.explanation')).not.toBeEmpty();
    await tab.mouse.move(0, 0);
    await tab.keyboard.press('Escape');
  }
});

test('a disease name from the Human Disease Ontology is explained as a type of its nearest explained parent', async ({
  context,
  server,
}) => {
  const tab = await open(context, server.url + servePage('clinic-letter', CLINIC_LETTER));
  const disease = kind(tab, 'disease', 'bird fancier’s lung');
  await expect(disease).toHaveCount(1);
  await disease.hover();
  // The nearest ancestor the dictionary explains (interstitial lung disease today; nearer as it grows).
  await expect(card(tab).locator('.category')).toHaveText(/^A type of .+: from the Human Disease Ontology$/);
  await expect(card(tab).locator('.lead')).toHaveText(/^Bird fancier['’]s lung: a type of .+:$/);
  await expect(card(tab).locator('.explanation')).not.toBeEmpty();
  await expect(card(tab).locator('.source')).toContainText('Human Disease Ontology');
});
