/**
 * Pure: the US spellings a British-spelled word may stand for. The dictionary lists the common
 * pairs as aliases ("tumour"); these rules catch the rest and every derived form ("anaemic",
 * "haematologist", "oesophageal"). Each candidate is only a guess until the dictionary knows it.
 */

/** [British pattern, US replacement]: each tried on its own, then all together. */
const RULES: readonly [RegExp, string][] = [
  // haem-, anaemia, paediatric, leukaemia, aetiology, caecum, gynaecology
  [/ae(?=[bcdfghlmnpstv])/g, 'e'],
  // oesophagus, oestrogen, oedema, foetus, coeliac, homoeopathy; diarrhoea at the end. Never "toe", "poem".
  [/oe(?=[sdtlcp])|oe(?=a$)/g, 'e'],
  // tumour, humour, tumours (not "four", "pour": too short to reach the dictionary's names)
  [/our(?=$|s$|al$)/g, 'or'],
  // immunise, hospitalisation, paralyse
  [/(?<=\p{L}{3})is(?=e$|es$|ed$|ing$|ation)/gu, 'iz'],
  [/ys(?=e$|es$|ed$|ing$)/g, 'yz'],
  // centre, litre, fibre, millimetre
  [/tre(?=$|s$)/g, 'ter'],
  [/bre(?=$|s$)/g, 'ber'],
];

const ANY_RULE = new RegExp(RULES.map(([pattern]) => pattern.source).join('|'), 'u');

/** US spellings of a lower-case word, most specific first; empty when no rule applies. */
export function usSpellings(word: string): string[] {
  // Most words match no rule: one test of them all, instead of two replacements per rule.
  if (!ANY_RULE.test(word)) return [];
  const variants = new Set<string>();
  let all = word;
  for (const [pattern, replacement] of RULES) {
    const one = word.replace(pattern, replacement);
    if (one !== word) variants.add(one);
    all = all.replace(pattern, replacement);
  }
  if (all !== word) variants.add(all);
  return [...variants].sort((a, b) => a.length - b.length || a.localeCompare(b));
}
