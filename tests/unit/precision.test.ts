import { describe, expect, it } from 'vitest';
import {
  MEDICAL_PAGE_SCORE,
  judgeOccurrence,
  occurrenceAt,
  pageMedicalScore,
  pageMedicalScores,
  PageScores,
} from '../../dictionary/layers/precision';
import { loadCuratedEntries } from '../../dictionary/load';

// What the content script would pass: any single-word name of the curated dictionary, everyday
// ones included ("stroke", "fatigue" are good evidence of a medical page), and their plurals.
const medicalWords = new Set(
  loadCuratedEntries()
    .flatMap((entry) => [entry.term, ...(entry.aliases ?? [])])
    .filter((name) => /^\p{Ll}+$/u.test(name)),
);
const isMedicalWord = (word: string) =>
  medicalWords.has(word) || (word.endsWith('s') && medicalWords.has(word.slice(0, -1)));

const CHIP_BLOG =
  'Writing the HDL by hand is slow. The HDL code synthesizes into gates on the FPGA, and the timing report ' +
  'shows the critical path. We moved the adder into a pipeline stage and the clock went from 150 to 210 MHz. ' +
  'Next week: simulation with Verilator and a look at the register file.';
const SPACE_NEWS =
  'The spacecraft Progress MS-04 failed to reach orbit in December 2016. Roscosmos said the third stage of the ' +
  'Soyuz rocket shut down early, and the cargo ship burned up over Siberia with food, fuel and equipment for the crew.';
const MS_ARTICLE =
  'Multiple sclerosis is a disease of the brain and spinal cord. The immune system attacks myelin, the coating ' +
  'of nerve fibres, causing inflammation and lesions. Patients with MS often have fatigue, numbness and vision ' +
  'problems; a neurologist confirms the diagnosis with an MRI scan. A relapse can follow an infection.';

/** The first occurrence of `word` in `sentence`, as the highlighter would see it. */
function at(sentence: string, word: string, nameHasCapitals = false) {
  const start = sentence.indexOf(word);
  if (start < 0) throw new Error(`${word} not in ${sentence}`);
  return occurrenceAt(sentence, start, start + word.length, nameHasCapitals);
}
const judge = (sentence: string, word: string, page = sentence, nameHasCapitals = false) =>
  judgeOccurrence(at(sentence, word, nameHasCapitals), pageMedicalScore(page, isMedicalWord), isMedicalWord);

describe('pageMedicalScore', () => {
  it('tells a health article from a chip-design blog and a space story', () => {
    expect(pageMedicalScore(MS_ARTICLE, isMedicalWord)).toBeGreaterThanOrEqual(MEDICAL_PAGE_SCORE);
    expect(pageMedicalScore(CHIP_BLOG, isMedicalWord)).toBeLessThan(MEDICAL_PAGE_SCORE);
    expect(pageMedicalScore(SPACE_NEWS, isMedicalWord)).toBeLessThan(MEDICAL_PAGE_SCORE);
  });

  it('does not let the words highlighted on medical pages only vouch for the page', () => {
    const sports =
      'The bilateral talks ended on Friday. Rain made play sporadic, and the club promised a progressive ' +
      'new stadium after a unilateral decision by the league.';
    const inDoubt = (word: string) => ['bilateral', 'sporadic', 'progressive', 'unilateral'].includes(word);
    const { score, firmScore } = pageMedicalScores(sports, isMedicalWord, inDoubt);
    expect(score).toBeGreaterThanOrEqual(MEDICAL_PAGE_SCORE);
    expect(firmScore).toBeLessThan(MEDICAL_PAGE_SCORE);
    expect(pageMedicalScores(MS_ARTICLE, isMedicalWord, inDoubt).firmScore).toBeGreaterThanOrEqual(MEDICAL_PAGE_SCORE);
  });

  it('scores a page read piece by piece (as it loads) exactly as the whole text', () => {
    const inDoubt = (word: string) => word === 'fatigue';
    for (const page of [MS_ARTICLE, CHIP_BLOG, `${SPACE_NEWS} ${MS_ARTICLE} ${MS_ARTICLE.toUpperCase()}`]) {
      const pieces = new PageScores(isMedicalWord, inDoubt);
      // Text nodes are joined with spaces: cut between words, as nodes would be.
      for (const piece of page.split(/(?<=\. )/u)) pieces.add(piece);
      expect(pieces.result()).toEqual(pageMedicalScores(page, isMedicalWord, inDoubt));
    }
    expect(new PageScores(isMedicalWord, inDoubt).result()).toEqual({ score: 0, firmScore: 0 });
  });

  it('reads the page before the dictionary is there, and judges each distinct word once, when asked', () => {
    // The content script reads the page while the dictionary's data is still on its way from storage.
    let dictionaryIn = false;
    const asked: string[] = [];
    const judge = (word: string) => {
      if (!dictionaryIn) throw new Error(`"${word}" was judged before the dictionary was read`);
      asked.push(word);
      return isMedicalWord(word);
    };
    const pieces = new PageScores(judge, () => false);
    for (const piece of `${MS_ARTICLE} ${MS_ARTICLE}`.split(/(?<=\. )/u)) pieces.add(piece);
    dictionaryIn = true;
    expect(pieces.result()).toEqual(pageMedicalScores(`${MS_ARTICLE} ${MS_ARTICLE}`, isMedicalWord, () => false));
    expect(asked.length).toBeGreaterThan(10);
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('keeps every distinct word of the page in lower case, short ones too, in the same pass', () => {
    const words = new Set<string>();
    const scores = new PageScores(isMedicalWord, () => false, words);
    scores.add('The MRI showed an MRI lesion.');
    scores.add('the Lesion, an eye');
    expect([...words]).toEqual(['the', 'mri', 'showed', 'an', 'lesion', 'eye']);
  });

  it('counts distinct words, so one word repeated does not make a page medical', () => {
    const repeated = `${'The vaccine for the server is a patch. '.repeat(30)}`;
    expect(pageMedicalScore(repeated, () => true)).toBeLessThan(pageMedicalScore(MS_ARTICLE, isMedicalWord));
    expect(pageMedicalScore('', isMedicalWord)).toBe(0);
  });
});

describe('look-alikes that are refused', () => {
  it.each([
    ['the spacecraft Progress MS-04 failed to reach orbit', 'MS', SPACE_NEWS, 'code'],
    ['Cholesterol is fine, but HDL-2 is a model number here.', 'HDL', CHIP_BLOG, 'code'],
    ['MS-DOS 6.22 shipped with a disk utility.', 'MS', CHIP_BLOG, 'code'],
    ['The HDL code synthesizes into gates.', 'HDL', CHIP_BLOG, 'general-abbreviation'],
    ['We rewrote the HDL by hand.', 'HDL', CHIP_BLOG, 'general-abbreviation'],
    ['The MS team shipped the update on Friday.', 'MS', SPACE_NEWS, 'general-abbreviation'],
    ['reporter Alexia Jones wrote the story', 'Alexia', SPACE_NEWS, 'person'],
    ['Alexia Smith is our new editor.', 'Alexia', SPACE_NEWS, 'person'],
    ['An interview with Dr. Alexia about the launch.', 'Alexia', SPACE_NEWS, 'person'],
    ['The story was written by Alexia for the weekend edition.', 'Alexia', SPACE_NEWS, 'proper-noun'],
    ['Alexia Putellas Wins the Ballon d’Or Again', 'Alexia', SPACE_NEWS, 'proper-noun'],
    // A long capitalized word mid-text is a term only on a medical page.
    ['The newsletter Photophobia ran for ten years.', 'Photophobia', SPACE_NEWS, 'proper-noun'],
    // On a medical page a short one still reads as a name.
    ['The nurse said Alexia would call back.', 'Alexia', MS_ARTICLE, 'proper-noun'],
  ])('%s: "%s" is not medical here (%s)', (sentence, word, page, reason) => {
    expect(judge(sentence, word, page)).toEqual({ medical: false, reason });
  });
});

describe('medical uses that are kept', () => {
  it.each([
    ['Patients with MS often have fatigue.', 'MS', MS_ARTICLE],
    ['Raising HDL cholesterol may lower heart risk.', 'HDL', CHIP_BLOG],
    ['Her HDL level rose after the diet.', 'HDL', MS_ARTICLE],
    ['alexia after a stroke means losing the ability to read', 'alexia', SPACE_NEWS],
    ['Alexia after a stroke is rare.', 'Alexia', SPACE_NEWS],
    ['Pure alexia is also called word blindness.', 'alexia', SPACE_NEWS],
    ['Anemia Treatment Options', 'Anemia', MS_ARTICLE],
    ['Living With Multiple Sclerosis', 'Multiple Sclerosis', SPACE_NEWS],
    ['A neurologist confirms the diagnosis with an MRI scan.', 'MRI', MS_ARTICLE],
    ['Type 2 diabetes and COVID-19 raise the risk.', 'diabetes', SPACE_NEWS],
    // A list flattened into one line on a medical page: a long capitalized term starts each item.
    ['Male pseudohermaphroditism 90% Nephroblastoma 90% Nephropathy 90%', 'Nephroblastoma', MS_ARTICLE],
    ['High fever Severe headache Stiff neck Photophobia Altered mental state', 'Photophobia', MS_ARTICLE],
  ])('%s: "%s" is medical', (sentence, word, page) => {
    expect(judge(sentence, word, page)).toEqual({ medical: true });
  });

  it('lets capitals pass when the dictionary writes the name with them', () => {
    expect(judge('He was told he has Crohn disease.', 'Crohn disease', SPACE_NEWS, true)).toEqual({ medical: true });
    expect(judge('Ask about Parkinson.', 'Parkinson', SPACE_NEWS, true)).toEqual({ medical: true });
  });
});
