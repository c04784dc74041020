/**
 * Precision, both ways: a page of look-alikes (codes, product names, people's names, computing
 * and business abbreviations) gets no highlight at all; a patient's note gets every term.
 */
import { expect, highlights, servePage, test, waitForPass } from './fixtures';

const html = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><article>${body}</article></body></html>`;

const LOOK_ALIKES = html(
  '<h1>Weekly roundup</h1>' +
    '<p>The cargo ship Progress MS-04 was lost over Siberia; Roscosmos blamed the third stage of the rocket.</p>' +
    '<p>Writing the HDL by hand is slow. The HDL code synthesizes into gates on the FPGA, and the timing report ' +
    'shows the critical path. Our HDL-2 board runs the new OS at 210 MHz.</p>' +
    '<p>Reporter Alexia Jones asked the CEO about the PR campaign; Alexia said the CFO would answer by email.</p>' +
    '<p>The ITU agreed on new radio bands, and the BP share price fell after the AGM in London.</p>' +
    '<p>Download the PDF from the FAQ page, then restart the CPU fan controller from the BIOS.</p>' +
    '<p>Our allies in the league agreed; the peace held.</p>' +
    '<p>The test runner shuffles files in a randomized order, so state mutated by one test shows up.</p>' +
    '<p>We sailed from St Kitts to Nevis. Evul-art’h’s black hair and pale pink eyes appeared in the window.</p>',
);

const PATIENT_NOTE = html(
  '<h1>Clinic note</h1>' +
    '<p>Mr Brown, 67, has type 2 diabetes, hypertension and COPD. He reports dyspnea on exertion and ankle ' +
    'edema. His HbA1c is 8.1% and his creatinine has risen since March. Blood pressure today 158/94.</p>' +
    '<p>An ECG showed atrial fibrillation with tachycardia; an echocardiogram is booked. We start an ' +
    'anticoagulant and continue metformin and a statin for his cholesterol.</p>' +
    '<p>His anemia needs a biopsy of the bone marrow to rule out lymphoma before any chemotherapy. Referral ' +
    'to nephrology; MRI of the spine for neuropathy in both feet. The tumor in his colon was resected in ' +
    '2019; its cells carried a mutated gene.</p>',
);

/** Every term of the note the dictionary explains ("blood pressure" is an everyday name it does not highlight). */
const NOTE_TERMS = [
  'type 2 diabetes',
  'hypertension',
  'COPD',
  'dyspnea',
  'edema',
  'HbA1c',
  'creatinine',
  'ECG',
  'atrial fibrillation',
  'tachycardia',
  'echocardiogram',
  'anticoagulant',
  'metformin',
  'statin',
  'cholesterol',
  'anemia',
  'biopsy',
  'lymphoma',
  'chemotherapy',
  'nephrology',
  'MRI',
  'neuropathy',
  // Verb forms of an entry's noun (resection, mutation): highlighted on a medical page like this one.
  'resected',
  'mutated',
];

test('a page of look-alikes gets no highlight', async ({ context, server }) => {
  const tab = await context.newPage();
  await tab.goto(server.url + servePage('look-alikes', LOOK_ALIKES));
  await waitForPass(tab);
  expect(await highlights(tab).allTextContents()).toEqual([]);
});

test('every term of a patient’s note is highlighted', async ({ context, server }) => {
  const tab = await context.newPage();
  await tab.goto(server.url + servePage('patient-note', PATIENT_NOTE));
  await waitForPass(tab);
  const marked = await highlights(tab).allTextContents();
  const missing = NOTE_TERMS.filter((term) => !marked.some((text) => text.includes(term)));
  expect(missing).toEqual([]);
});

/**
 * Entries marked "medical-pages" (bilateral, sporadic, progressive, tremor, benign...): everyday or
 * too common words on ordinary pages, which a medical page means exactly as their cards explain.
 * "benign" was highlighted in a general sense on a saved page ("its benign programming", in a video
 * game's lore on lazy-image-2.html).
 */
const MEDICAL_PAGE = html(
  '<h1>Retinal dystrophy</h1>' +
    '<p>Retinal dystrophy is a group of inherited eye disorders that damage the retina and cause slowly ' +
    'progressive vision loss. The condition is usually bilateral, although unilateral disease occurs. Most ' +
    'cases are sporadic; a few families show autosomal dominant inheritance, and the mutation is passed on ' +
    'to children. Symptoms include night blindness, glaucoma, cataract and, in some patients, a tremor of the ' +
    'hands. A growth found in the retina at the same time is usually benign.</p>' +
    '<p>The diagnosis is confirmed by an eye examination, genetic testing of the gene involved, and an ' +
    'electroretinogram. Cases that occur sporadically need the same genetic counseling as inherited ones.</p>',
);

/** The same words, meant plainly, on a sports and news page. */
const SPORTS_PAGE = html(
  '<h1>Weekend sport</h1>' +
    '<p>The bilateral talks between the two football associations ended on Friday. Rain made play sporadic at ' +
    'the cricket ground, and the home side scored only sporadically after lunch. The club promised a ' +
    'progressive new stadium, and a unilateral decision by the league moved the final to Sunday.</p>' +
    '<p>Fans queued for tickets from early morning, and the coach praised the young striker after the match. ' +
    'Conditions stayed benign all afternoon.</p>',
);

test('a medical page highlights bilateral, sporadic, sporadically and benign; a sports page with the same words does not', async ({
  context,
  server,
}) => {
  const tab = await context.newPage();
  await tab.goto(server.url + servePage('medical-pages-words', MEDICAL_PAGE));
  await waitForPass(tab);
  const marked = await highlights(tab).allTextContents();
  for (const word of ['bilateral', 'unilateral', 'sporadic', 'progressive', 'tremor', 'sporadically', 'benign'])
    expect(marked, word).toContain(word);
  await expect(highlights(tab, 'bilateral')).toHaveAttribute('data-medgloss-kind', 'entry');
  await expect(highlights(tab).filter({ hasText: 'sporadically' })).toHaveAttribute('data-medgloss-kind', 'derived');

  await tab.goto(server.url + servePage('medical-pages-sports', SPORTS_PAGE));
  await waitForPass(tab);
  expect(await highlights(tab).allTextContents()).toEqual([]);
});
