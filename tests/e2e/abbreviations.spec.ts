/** Abbreviations with an everyday meaning are jargon only where the page points to a medical one. */
import type { Page } from '@playwright/test';
import { card, expect, highlights, servePage, test, waitForPass } from './fixtures';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>`;

/** Serves `body` as an English page, opens it in `tab` and waits for MedGloss's pass. */
async function show(tab: Page, baseUrl: string, name: string, body: string): Promise<void> {
  await tab.goto(baseUrl + servePage(name, page(body)));
  await waitForPass(tab);
}

test('"OS" on a page about computers is not highlighted', async ({ context, server }) => {
  const tab = await context.newPage();
  await show(
    tab,
    server.url,
    'os-computers',
    '<p>Install the OS update on your computer: Windows and Linux devices get the new software version.</p>',
  );
  await expect(highlights(tab)).toHaveCount(0);
});

test('"OS" in a cancer trial report is highlighted and explained as overall survival', async ({ context, server }) => {
  const tab = await context.newPage();
  await show(
    tab,
    server.url,
    'os-trial',
    '<p>In the trial, median OS was 31 months and the hazard ratio for survival was 0.7.</p>',
  );
  const os = highlights(tab).filter({ hasText: /^OS$/ });
  await expect(os).toHaveCount(1);
  await os.hover();
  await expect(card(tab).locator('.sense-meaning').first()).toContainText('overall survival');
});

test('"HR" in a job advert is not highlighted, and in a clinic note it is', async ({ context, server }) => {
  const tab = await context.newPage();
  await show(
    tab,
    server.url,
    'hr',
    '<h2>Careers</h2><p>Send your CV to HR; our hiring staff reply to every employee referral.</p>' +
      '<h2>Clinic</h2><p>Resting HR was 110 beats per minute (tachycardia).</p>',
  );
  const hr = highlights(tab).filter({ hasText: /^HR$/ });
  await expect(hr).toHaveCount(1);
  // The card ranks the meanings from the same context as the highlighter: heart rate first.
  await hr.hover();
  await expect(card(tab).locator('.sense-meaning').first()).toContainText('heart rate');
  await expect(tab.locator('h2:has-text("Careers") + p mark')).toHaveCount(0);
});

/** Issue 11: the meanings the audit found missing, each ranked first where a page points to it. */
const POINTED: [term: string, paragraph: string, meaning: string][] = [
  [
    'MS',
    'Women with severe pre-eclampsia were given MS (magnesium sulfate) to prevent eclampsia.',
    'magnesium sulfate',
  ],
  ['HR', 'HR-positive, HER2-negative breast cancer grows in response to estrogen or progesterone.', 'hormone receptor'],
  ['PD', 'Of 40 patients, 12 had a partial response, 8 stable disease and 12 PD on scans.', 'progressive disease'],
  [
    'CI',
    'CI: known hypersensitivity to penicillin. Contraindications and precautions are listed below.',
    'contraindicated',
  ],
  ['PE', 'A large malignant PE was drained by thoracentesis; the pleural fluid was an exudate.', 'pleural effusion'],
  [
    'RR',
    'The RR was 45%: tumours shrank in a partial or complete response in nearly half of patients.',
    'response rate',
  ],
  [
    'AD',
    'An AD, such as a health care proxy, names a surrogate; a DNR order is another directive.',
    'advance directive',
  ],
  ['DM', 'DM1 and DM2 are types of DM caused by repeats in the DMPK or CNBP gene.', 'myotonic dystrophy'],
];

test('each ambiguous abbreviation opens with the meaning its page points to', async ({ context, server }) => {
  const tab = await context.newPage();
  for (const [i, [term, paragraph, meaning]] of POINTED.entries()) {
    await show(tab, server.url, `pointed-${i}`, `<p>${paragraph}</p>`);
    const mark = highlights(tab)
      .filter({ hasText: new RegExp(`^${term}$`) })
      .first();
    await mark.hover();
    await expect(card(tab).locator('.sense-meaning').first(), term).toContainText(meaning);
  }
});

test('OMS in Spanish and MI in an address are not medical jargon there', async ({ context, server }) => {
  const tab = await context.newPage();
  await show(
    tab,
    server.url,
    'general-senses',
    '<p>Según la OMS, la pandemia afecta a la salud mundial.</p>' +
      '<p>University Hospital, 1500 E Medical Center Dr, Ann Arbor, MI 48109, Michigan.</p>',
  );
  await expect(highlights(tab).filter({ hasText: /^(OMS|MI)$/ })).toHaveCount(0);
  // The same letters where the page is about medicine are highlighted.
  await show(
    tab,
    server.url,
    'medical-senses',
    '<p>OMS is a rare disorder with fast eye movements (opsoclonus), sometimes with neuroblastoma.</p>' +
      '<p>Patients admitted with acute MI were given aspirin and a stent within 90 minutes.</p>',
  );
  await expect(highlights(tab).filter({ hasText: /^(OMS|MI)$/ })).toHaveCount(2);
});

test('the meanings are ranked by the words the reader sees, not by the words in the page’s scripts', async ({
  context,
  server,
}) => {
  // A framework's state in an inline script, before the article: its words must not vote.
  const state = `<script>window.__STATE__ = ${JSON.stringify({ tags: 'survival median months trial hazard ratio '.repeat(20) })};</script>`;
  const tab = await context.newPage();
  await show(
    tab,
    server.url,
    'os-script-words',
    `${state}<h1>Eye care after osteosarcoma</h1>` +
      '<p>Your ophthalmologist checks the vision in each eye; eye drops help, and glasses correct acuity.</p>' +
      '<p>Next visit: OS.</p>',
  );
  const os = highlights(tab).filter({ hasText: /^OS$/ });
  await expect(os).toHaveCount(1);
  await os.hover();
  await expect(card(tab).locator('.sense-meaning').first()).toContainText('left eye');
});
