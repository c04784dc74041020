/**
 * Issue 11: each ambiguous abbreviation, in a sentence that points to each of its meanings, gets
 * that meaning first. Runs the ranking the card and the highlighter use (dictionary/senses.ts)
 * over the shipped entries: the sentence is the text near the term, the page is the sentence
 * (or the page text given).
 */
import { describe, expect, it } from 'vitest';
import { loadCuratedEntries } from '../../dictionary/load';
import { countWords, rankSenses } from '../../dictionary/senses';

const byId = new Map(loadCuratedEntries().map((entry) => [entry.id, entry]));

const CASES: [id: string, sentence: string, meaning: string, page?: string][] = [
  // MS
  [
    'ms',
    'Most women with MS can have a healthy pregnancy, and relapses of MS are less frequent during pregnancy.',
    'multiple sclerosis',
  ],
  [
    'ms',
    'MS is a disease in which the immune system attacks the myelin around nerves; a neurologist confirms it with an MRI.',
    'multiple sclerosis',
  ],
  ['ms', 'A narrowed mitral valve (MS) often follows rheumatic fever and causes a heart murmur.', 'mitral stenosis'],
  ['ms', 'Drug levels were measured by liquid chromatography with tandem MS (LC-MS/MS).', 'mass spectrometry'],
  [
    'ms',
    'Women with severe pre-eclampsia were given MS (magnesium sulfate) to prevent eclampsia.',
    'magnesium sulfate',
  ],
  ['ms', 'MS 10 mg by mouth every 4 hours for pain; MS Contin twice a day (morphine, an opioid).', 'morphine sulfate'],
  ['ms', 'Dr Lee holds an MS degree in nutrition and a PhD; she joined after her master thesis.', 'Master of Science'],
  // HR
  ['hr', 'Her resting HR was 110 beats per minute, a fast pulse.', 'heart rate'],
  [
    'hr',
    'Progression-free survival was longer with palbociclib (HR 0.58; 95% CI 0.46 to 0.72).',
    'hazard ratio',
    'HR-positive, HER2-negative metastatic breast cancer. Palbociclib with letrozole in HR-positive breast cancer. Progression-free survival was longer with palbociclib (HR 0.58; 95% CI 0.46 to 0.72).',
  ],
  ['hr', 'HR-positive, HER2-negative breast cancer grows in response to estrogen or progesterone.', 'hormone receptor'],
  ['hr', 'Send your CV to HR; see our careers page for jobs and vacancies.', 'human resources'],
  // PD
  ['pd', 'People with PD often have a tremor and slowness of movement; levodopa helps.', "Parkinson's disease"],
  [
    'pd',
    'With PD, fluid is put into the belly through a catheter and drained after a few hours (peritoneal dialysis for kidney failure).',
    'peritoneal dialysis',
  ],
  [
    'pd',
    'Of 40 patients, 12 had a partial response (PR), 8 stable disease (SD) and 12 PD on scans.',
    'progressive disease',
  ],
  [
    'pd',
    'Pembrolizumab blocks PD-1, an immune checkpoint; tumours with high PD-L1 expression respond more often.',
    'PD-1',
  ],
  [
    'pd',
    'The PK and PD of the drug were studied: concentration and effect at the receptor (pharmacodynamics).',
    'pharmacodynamics',
  ],
  [
    'pd',
    'Enter your PD from your glasses prescription so the lenses sit in front of your pupils.',
    'pupillary distance',
  ],
  // CI
  [
    'ci',
    'Use of the drug in early pregnancy was not linked to birth defects (risk ratio 1.05, 95% CI 0.9 to 1.2).',
    'confidence interval',
  ],
  [
    'ci',
    'CI: known hypersensitivity to penicillin. Contraindications and precautions are listed below.',
    'contraindicated',
  ],
  [
    'ci',
    'Her CI was switched on a month after surgery, and she began to hear sounds again (cochlear implant).',
    'cochlear implant',
  ],
  ['ci', 'The CI was 1.8 L/min/m2, a low cardiac output for his size, measured by thermodilution.', 'cardiac index'],
  // PE
  ['pe', 'Symptoms of PE include chest pain and shortness of breath.', 'pulmonary embolism'],
  [
    'pe',
    'On PE the lungs were clear on auscultation and the abdomen soft; examination otherwise unremarkable.',
    'physical examination',
  ],
  ['pe', 'A large malignant PE was drained by thoracentesis; the pleural fluid was an exudate.', 'pleural effusion'],
  ['pe', 'PE in pregnancy causes high blood pressure and proteinuria after 20 weeks of gestation.', 'pre-eclampsia'],
  ['pe', 'The students have PE lessons twice a week with the sports teacher in the school gym.', 'physical education'],
  // RR
  ['rr', 'Among people with hypertension, the RR of stroke was 1.8 (95% CI 1.5-2.1).', 'relative risk'],
  ['rr', 'Vital signs: RR 28 breaths per minute, oxygen saturation 92%.', 'respiratory rate'],
  [
    'rr',
    'The RR was 45%: tumours shrank in a partial or complete response in nearly half of patients.',
    'response rate',
  ],
  ['rr', 'Blood pressure (RR) 150/95 mmHg, systolic raised.', 'blood pressure'],
  // AD
  [
    'ad',
    'Living with AD: planning ahead helps people with AD and their families make decisions about care while memory allows.',
    "Alzheimer's disease",
    'Alzheimer disease, dementia and memory loss. Living with AD: planning ahead helps people with AD and their families make decisions.',
  ],
  ['ad', 'Children with AD have dry, itchy skin; eczema flares are treated with emollients.', 'atopic dermatitis'],
  [
    'ad',
    'An AD, such as a living will or health care proxy, records your wishes; name a surrogate or power of attorney.',
    'advance directive',
  ],
  [
    'ad',
    'The disease is inherited in an AD pattern: one copy of the changed gene is enough (autosomal dominant).',
    'autosomal dominant',
  ],
  // DM
  [
    'dm',
    'People with DM have a higher risk of cataracts, glaucoma and eye damage; keep blood sugar and HbA1c in range.',
    'diabetes mellitus',
  ],
  [
    'dm',
    'Juvenile DM causes a heliotrope rash on the eyelids and muscle weakness (dermatomyositis).',
    'dermatomyositis',
  ],
  [
    'dm',
    'DM1 and DM2 are types of DM caused by repeats in the DMPK or CNBP gene (myotonic dystrophy).',
    'myotonic dystrophy',
  ],
  ['dm', 'Send us a DM on Instagram or Twitter and we will reply to your message.', 'direct message'],
  // MI
  [
    'mi',
    'Patients admitted with acute MI were given aspirin and a stent within 90 minutes.',
    'myocardial infarction',
    'Grand Rapids hospital news. Patients admitted with acute MI were given aspirin and a stent within 90 minutes.',
  ],
  [
    'mi',
    'Echocardiography showed MI with a leaky mitral valve and a murmur (mitral regurgitation).',
    'mitral insufficiency',
  ],
  [
    'mi',
    'MI is a counseling style that helps clients with addiction explore ambivalence about change (motivational interviewing).',
    'motivational interviewing',
  ],
  ['mi', 'University Hospital, 1500 E Medical Center Dr, Ann Arbor, MI 48109, Michigan.', 'Michigan'],
  // OMS
  [
    'oms',
    'OMS is a rare disorder with rapid eye movements (opsoclonus) and jerks (myoclonus), sometimes with neuroblastoma.',
    'opsoclonus-myoclonus',
  ],
  ['oms', 'An OMS surgeon removed the wisdom teeth; the dental team treats jaw problems.', 'oral and maxillofacial'],
  ['oms', 'Según la OMS, la pandemia afecta a la salud mundial.', 'World Health Organization'],
  ['oms', 'Selon l’OMS, la santé mondiale est menacée par la pandémie.', 'World Health Organization'],
  // ER
  [
    'abbr-er',
    'If your child swallows any tablets or capsules that are not theirs, go to the ER straight away.',
    'emergency room',
  ],
  [
    'abbr-er',
    'ER-positive breast cancer grows with estrogen and is treated with hormone therapy such as tamoxifen.',
    'estrogen receptor',
  ],
  [
    'abbr-er',
    'Take metformin ER 500 mg once daily. Swallow the extended-release tablets whole; do not crush or chew them.',
    'extended release',
  ],
  [
    'abbr-er',
    'Misfolded proteins build up in the ER and cause ER stress in the cell (endoplasmic reticulum).',
    'endoplasmic reticulum',
  ],
  // IV
  [
    'abbr-iv',
    'You will get IV chemotherapy every 3 weeks through a cannula or port.',
    'intravenous',
    'Bowel cancer treatment. Stage III and stage IV cancer. You will get IV chemotherapy every 3 weeks through a cannula or port.',
  ],
  ['abbr-iv', 'Stage IV cancer usually means it has spread to distant organs.', 'four (Roman number), as in stage'],
  ['abbr-iv', 'Henry IV, Part 1, Act II: a play by Shakespeare about the king.', 'four (Roman number) in names'],
  // ASD
  [
    'abbr-asd',
    'Children with ASD may have trouble with social communication and repetitive behaviors (autism).',
    'autism spectrum disorder',
  ],
  [
    'abbr-asd',
    'An ASD is a hole in the wall (septum) between the upper chambers of the heart; a device can close it.',
    'atrial septal defect',
  ],
  // BPD
  [
    'abbr-bpd',
    'People with BPD have intense emotions, fear of abandonment and may self-harm; DBT helps.',
    'borderline personality disorder',
  ],
  [
    'abbr-bpd',
    'Premature infants on a ventilator in the NICU can develop BPD, a chronic lung disease (bronchopulmonary dysplasia).',
    'bronchopulmonary dysplasia',
  ],
  [
    'abbr-bpd',
    'BPD 46 mm, consistent with 20 weeks gestation.',
    'biparietal diameter',
    'Ultrasound report. BPD 46 mm, consistent with 20 weeks gestation. At 32 weeks the BPD and femur length were measured to check that the baby is growing well.',
  ],
  // AIDS, RSV, PMS: general senses
  [
    'aids',
    'Without treatment, HIV infection can progress to AIDS as the immune system fails.',
    'acquired immunodeficiency',
  ],
  ['aids', 'SHOP HEARING AIDS AND MOBILITY AIDS for daily living.', 'aids: things that help'],
  [
    'respiratory-syncytial-virus',
    'RSV causes bronchiolitis in babies; watch for fast breathing.',
    'respiratory syncytial virus',
  ],
  ['respiratory-syncytial-virus', 'John 3:16 (RSV) is a well-known verse of the Bible.', 'Revised Standard Version'],
  [
    'premenstrual-syndrome',
    'PMS symptoms such as bloating and mood changes start before your period.',
    'premenstrual syndrome',
  ],
  ['premenstrual-syndrome', 'Our logo is printed in PMS 186 red ink; send the Pantone color code.', 'Pantone'],
  // More sentences from the review of batch AB, each once put the wrong meaning first.
  ['ms', 'If you have MS and are thinking about getting pregnant, talk to your neurologist.', 'multiple sclerosis'],
  [
    'pe',
    'A PE can cause sudden shortness of breath, sharp chest pain and a cough. A PE is a medical emergency.',
    'pulmonary embolism',
    'Deep vein thrombosis (DVT) and PE. A PE can cause sudden shortness of breath, sharp chest pain and a cough. A PE is a medical emergency.',
  ],
  ['ad', 'Early in the course of AD, people can still take part in decisions about their care.', "Alzheimer's disease"],
  ['abbr-er', 'He took 20 tablets from the cupboard and was taken to the ER by ambulance.', 'emergency room'],
  ['abbr-iv', 'Chemotherapy drugs are usually given IV.', 'intravenous'],
  [
    'abbr-er',
    'During chemotherapy: if you get a fever of 38C or more, go to the ER straight away.',
    'emergency room',
    'ER-positive breast cancer. Hormone therapy such as tamoxifen or letrozole blocks estrogen. Your tumor was ER-positive and HER2-negative. During chemotherapy: if you get a fever of 38C or more, go to the ER straight away.',
  ],
  [
    'abbr-bpd',
    'At 32 weeks, the BPD and femur length were measured to check that the baby is growing well.',
    'biparietal diameter',
  ],
  [
    'oms',
    'The OMS surgeon removed the tooth under LA. The LA wears off after a few hours, so take care with hot drinks.',
    'oral and maxillofacial',
  ],
];

/** The abbreviations the issue names, with the meanings the audit found missing. */
const ISSUE: [id: string, meanings: string[]][] = [
  ['ms', ['magnesium sulfate']],
  ['hr', ['hormone receptor']],
  ['pd', ['progressive disease', 'PD-1']],
  ['ci', ['contraindicated']],
  ['pe', ['pleural effusion']],
  ['rr', ['response rate']],
  ['ad', ['advance directive']],
  ['dm', ['myotonic dystrophy']],
  ['oms', ['World Health Organization']],
  ['mi', ['Michigan']],
];

const firstMeaning = (id: string, near: string, page?: string) => {
  const senses = byId.get(id)?.senses ?? [];
  const [best] = rankSenses(senses, { near, pageWords: countWords(page ?? near) });
  return senses[best]?.meaning;
};

describe('ambiguous abbreviations rank the meaning the sentence points to', () => {
  it.each(CASES)('%s: "%s" -> %s', (id, sentence, meaning, page) => {
    const got = firstMeaning(id, sentence, page) ?? '(no entry)';
    expect(got.startsWith(meaning), `ranked first: ${got}`).toBe(true);
  });

  it('has a sentence for every meaning of every abbreviation it covers', () => {
    for (const id of new Set(CASES.map(([id]) => id))) {
      const wanted = CASES.filter(([other]) => other === id).map(([, , meaning]) => meaning);
      for (const sense of byId.get(id)?.senses ?? [])
        expect(
          wanted.some((w) => sense.meaning.startsWith(w)),
          `${id}: ${sense.meaning}`,
        ).toBe(true);
    }
  });

  it.each(ISSUE)('%s has the meanings issue 11 asks for', (id, meanings) => {
    const senses = byId.get(id)?.senses ?? [];
    for (const meaning of meanings) expect(senses.map((s) => s.meaning).join(' | ')).toContain(meaning);
  });

  it('marks the meanings outside medicine as general, so pages about them stay plain', () => {
    const general = (id: string, meaning: string) =>
      byId.get(id)?.senses?.find((s) => s.meaning.includes(meaning))?.general;
    expect(general('oms', 'World Health Organization')).toBe(true);
    expect(general('mi', 'Michigan')).toBe(true);
    expect(general('aids', 'things that help')).toBe(true);
    expect(general('ms', 'magnesium sulfate')).toBeFalsy();
  });
});
