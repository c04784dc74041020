import { describe, expect, it } from 'vitest';
import parts from '../../dictionary/data/word-parts.json';
import shippedEveryday from '../../dictionary/data/word-parts-everyday.json';
import { type WordPart, WordParts, describePieces } from '../../dictionary/layers/word-parts';
import { everydayWords } from '../../dictionary/rules/everyday-words';
import { everydaySplits } from '../../scripts/dictionary/word-parts-everyday';

const table = parts as WordPart[];
const splitter = new WordParts(table, new Set(shippedEveryday));
const pieces = (word: string) => splitter.split(word)?.map(({ text, part }) => `${text}=${part.part}`);

describe('words read from their parts', () => {
  it.each([
    ['hydrodensitometry', ['hydro=hydr-', 'densito=densit-', 'metry=-metry']],
    ['nephroblastoma', ['nephro=nephr-', 'blast=-blast', 'oma=-oma']],
    ['nephroblastomas', ['nephro=nephr-', 'blast=-blast', 'omas=-oma']],
    ['hepatosplenomegaly', ['hepato=hepat-', 'spleno=splen-', 'megaly=-megaly']],
    ['osteoarthritis', ['osteo=oste-', 'arthr=arthr-', 'itis=-itis']],
    ['myocarditis', ['myo=my-', 'card=cardi-', 'itis=-itis']],
    ['leukocytosis', ['leuko=leuk-', 'cyt=cyt-', 'osis=-osis']],
    ['thrombocytopenia', ['thrombo=thromb-', 'cyto=cyt-', 'penia=-penia']],
    ['gastroenteritis', ['gastro=gastr-', 'enter=enter-', 'itis=-itis']],
    ['cholecystectomy', ['cholecyst=cholecyst-', 'ectomy=-ectomy']],
    ['hyperglycemia', ['hyper=hyper-', 'glyc=gluc-', 'emia=-emia']],
    ['hyperglycaemia', ['hyper=hyper-', 'glyc=gluc-', 'aemia=-emia']],
    ['haematuria', ['haemat=hem-', 'uria=-uria']],
    ['polyneuropathy', ['poly=poly-', 'neuro=neur-', 'pathy=-pathy']],
    ['electrocardiogram', ['electro=electr-', 'cardio=cardi-', 'gram=-gram']],
    ['bronchiectasis', ['bronchi=bronch-', 'ectasis=-ectasis']],
    ['erythroblastosis', ['erythro=erythr-', 'blast=-blast', 'osis=-osis']],
    ['hypertrophy', ['hyper=hyper-', 'trophy=-trophy']],
    ['hemiplegia', ['hemi=hemi-', 'plegia=-plegia']],
    ['tachypnea', ['tachy=tachy-', 'pnea=-pnea']],
    ['pyelonephritis', ['pyelo=pyel-', 'nephr=nephr-', 'itis=-itis']],
    ['osteosarcoma', ['osteo=oste-', 'sarc=sarc-', 'oma=-oma']],
    ['lymphadenopathy', ['lymph=lymph-', 'adeno=aden-', 'pathy=-pathy']],
    // Glossed by NIH editors on MedQuAD pages and left plain before these parts were added.
    ['hypercalciuria', ['hyper=hyper-', 'calci=calc-', 'uria=-uria']],
    ['hyperkalemia', ['hyper=hyper-', 'kal=kal-', 'emia=-emia']],
    ['microstomia', ['micro=micro-', 'stomia=-stomia']],
    ['anosmia', ['an=an-', 'osmia=-osmia']],
    ['menorrhagia', ['meno=men-', 'rrhagia=-rrhage']],
    ['megakaryocytes', ['mega=mega-', 'karyo=kary-', 'cytes=-cyte']],
    ['anisocoria', ['aniso=aniso-', 'coria=-coria']],
    ['intracranial', ['intra=intra-', 'crani=crani-', 'al=-al']],
    ['cardiovascular', ['cardio=cardi-', 'vascul=vas-', 'ar=-al']],
  ])('%s', (word, expected) => {
    expect(pieces(word)).toEqual(expected);
  });

  it('says what each part means, for the card', () => {
    expect(describePieces(splitter.split('nephroblastoma')!)).toBe(
      'nephro (kidney) + blast (young, immature cell) + oma (a tumor, a lump)',
    );
  });
});

describe('words that are not read from parts', () => {
  it.each([
    'hydrant', // hydr- + "ant"
    'method',
    'theme',
    'pathway', // path- + "way"
    'blastoff', // -blast + "off"
    'apathy', // a- + -pathy: feeling, not disease
    'antipathy',
    'analytic', // an- + a- + -lytic
    'anatomies',
    'myopia', // "my" only with its vowel
    'thermoses',
    'orthotics',
    'lithography', // only general parts
    'micrometer',
    'polygraph',
    'hydrophobia',
    'hepatitis', // an everyday word (SUBTLEX top 20,000)
    'neurologist',
    'vasectomy',
    'nephr', // a part alone
    'itis',
    'hepatic', // "-ic" is not a part
    'menial', // "-al" closes only a word of two parts or more: not "men-" + "-al"
    'visceral',
    'mammal',
    'metamorphosis', // a false friend: no condition of shape
    'cryogenic',
    'trichotomy', // "trich-" (hair) is not in the table
    'Cardiff',
    'osteopath',
  ])('%s', (word) => {
    expect(splitter.split(word)).toBeUndefined();
  });

  it('splits no everyday word: the shipped list is what the SUBTLEX top 20,000 needs', () => {
    expect(shippedEveryday).toEqual(everydaySplits());
    expect([...everydayWords()].filter((word) => splitter.split(word))).toEqual([]);
  });
});

describe('the word-parts table', () => {
  it('has about 150 reviewed parts or more, each with a kind, plain meaning and source', () => {
    expect(table.length).toBeGreaterThanOrEqual(150);
    for (const part of table) {
      expect(['prefix', 'root', 'suffix']).toContain(part.kind);
      expect(part.part).toMatch(part.kind === 'suffix' ? /^-[a-z]+$/ : /^[a-z]+-$/);
      expect(part.forms.length).toBeGreaterThan(0);
      for (const form of part.forms) expect(form).toMatch(/^[a-z]+$/);
      expect(part.meaning.length).toBeGreaterThan(2);
      expect(part.meaning.length).toBeLessThanOrEqual(80);
      expect(part.source).toMatch(/MedlinePlus|Merriam-Webster/);
    }
    expect(new Set(table.map((p) => p.part)).size).toBe(table.length);
  });

  it('lists the parts the brief names', () => {
    const names = new Set(table.map((p) => p.part));
    for (const part of ['hydr-', 'nephr-', 'hepat-', 'cardi-', 'neur-', 'oste-', 'arthr-', 'derm-', 'gastr-', 'hem-'])
      expect(names).toContain(part);
    for (const part of ['leuk-', 'erythr-', 'my-', 'myel-', '-blast', '-oma', '-itis', '-ectomy', '-otomy', '-ostomy'])
      expect(names).toContain(part);
    for (const part of ['-metry', '-scopy', '-graphy', '-algia', '-emia', '-pathy', '-plasia', '-trophy', '-osis'])
      expect(names).toContain(part);
    for (const part of ['-penia', '-uria', '-logy']) expect(names).toContain(part);
  });
});
