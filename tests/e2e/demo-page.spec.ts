/** The foundation, as a reader meets it: the demo page's jargon is highlighted, plain words are not. */
import { card, expect, highlights, openDemo, test } from './fixtures';

const JARGON = [
  'OMS',
  'OMAS',
  'Opsoclonus',
  'opsoclonus',
  'myoclonus',
  'ataxia',
  'cerebellar ataxia',
  'cerebellum',
  'ACTH',
  'nephroblastoma',
  'Wilms’ tumor',
  'Wilms tumor',
  'Kinsbourne syndrome',
  'paraneoplastic',
  'neuroblastoma',
  'neuroblastomas',
  'Ocular flutter',
  'Opsoclonus-myoclonus syndrome',
];
const PLAIN = ['children', 'brain', 'eyes', 'video', 'face', 'kidney', 'trunk', 'healthy', 'months', 'treatment'];

test('highlights every jargon term of the demo page and no plain word', async ({ context, server }) => {
  const page = await openDemo(context, server.url);
  const marked = await highlights(page).allTextContents();
  const markedLower = marked.map((t) => t.toLowerCase());
  for (const term of JARGON) expect(markedLower, `"${term}" should be highlighted`).toContain(term.toLowerCase());
  for (const word of PLAIN)
    expect(
      marked.map((t) => t.toLowerCase()),
      `"${word}" is plain`,
    ).not.toContain(word);
  // Highlighting adds and loses no text.
  const text = await page.locator('main').innerText();
  expect(text).toContain('Wilms’ tumor is the most common type of kidney cancer in children.');
});

test('hovering OMS opens a card with the page’s meaning first, beside the term', async ({ context, server }) => {
  const page = await openDemo(context, server.url);
  const oms = highlights(page, 'oms').first();
  await oms.scrollIntoViewIfNeeded();
  await oms.hover();
  const shown = card(page);
  await expect(shown).toBeVisible();
  const senses = shown.locator('.sense-meaning');
  await expect(senses.first()).toContainText('opsoclonus-myoclonus syndrome');
  await expect(senses.first()).toContainText('Most likely here');
  await expect(shown).toContainText('oral and maxillofacial surgery');
  await expect(shown).toContainText('Not medical advice');

  const term = (await oms.boundingBox())!;
  const box = (await shown.boundingBox())!;
  const overlaps =
    box.x < term.x + term.width &&
    term.x < box.x + box.width &&
    box.y < term.y + term.height &&
    term.y < box.y + box.height;
  expect(overlaps, 'the card must not cover the term').toBe(false);

  // The card stays while the pointer travels into it, and closes once it leaves.
  await page.mouse.move(box.x + 20, box.y + 10, { steps: 4 });
  await page.waitForTimeout(500);
  await expect(shown).toBeVisible();
  await page.mouse.move(5, 5, { steps: 2 });
  await expect(shown).toBeHidden();
});

test('a plain term’s card explains it and names its other names; Escape closes it', async ({ context, server }) => {
  const page = await openDemo(context, server.url);
  const wilms = highlights(page, 'wilms-tumor').first();
  await wilms.scrollIntoViewIfNeeded();
  await wilms.hover();
  const shown = card(page);
  await expect(shown.locator('.term')).toHaveText(/Wilms/);
  await expect(shown.locator('.explanation')).toContainText(/kidney/i);
  await expect(shown.locator('.aliases')).toContainText('nephroblastoma');
  await page.keyboard.press('Escape');
  await expect(shown).toBeHidden();
});
