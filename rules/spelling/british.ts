// British spellings for an American dictionary. The Hunspell dictionary is
// en_US, but many support teams write British English ("colour",
// "apologise", "cancelled", "centre"): those are not misspellings. A word the
// dictionary rejects is accepted when its American form is in it.

/** Suffix rewrites from British to American spelling, tried one at a time. */
const SUFFIXES: Array<[RegExp, string]> = [
  // colour, favourite, behaviour, honourable
  [/our(?=s?$|ed$|ing$|ite|ites|able|ably|ful|less|ly|er|ers)/, 'or'],
  // apologise, organisation, realised, analyse
  [/is(?=e$|es$|ed$|ing$|er$|ers$|ation|able$)/, 'iz'],
  [/ys(?=e$|es$|ed$|ing$|er$|ers$)/, 'yz'],
  // centre, metres, fibre, meagre, centred
  [/(?<=[bgtv])re(?=s?$)/, 'er'],
  [/(?<=[bgtv])red$/, 'ered'],
  // cancelled, travelling, labeller
  [/ll(?=ed$|ing$|er$|ers$)/, 'l'],
  // catalogue, dialogues
  [/ogue(?=s?$)/, 'og'],
  // licence, defence, offence
  [/ence(?=s?$)/, 'ense'],
  // programme
  [/mme(?=s?$)/, 'm'],
  // enrol, fulfil, instalment
  [/l(?=$|s$|ment$|ments$)/, 'll'],
  // paediatric, anaemia, manoeuvre
  [/ae/, 'e'],
  [/oe(?=[^s]|$)/, 'e'],
  // ageing, judgement, acknowledgement
  [/ge(?=ing$|ment$|ments$)/, 'g'],
]

/** Words whose British form differs in the stem. */
const WHOLE: Record<string, string> = {
  cheque: 'check',
  cheques: 'checks',
  tyre: 'tire',
  tyres: 'tires',
  grey: 'gray',
  aluminium: 'aluminum',
  jewellery: 'jewelry',
  pyjamas: 'pajamas',
  sceptical: 'skeptical',
  plough: 'plow',
  kerb: 'curb',
  storey: 'story',
  draught: 'draft',
  mould: 'mold',
  moult: 'molt',
  whilst: 'while',
  amongst: 'among',
  enquiry: 'inquiry',
  enquiries: 'inquiries',
  enquire: 'inquire',
  manoeuvre: 'maneuver',
}

/** American forms to try for a lower-case word the dictionary rejected. */
export function americanVariants(word: string): string[] {
  const out = new Set<string>()
  const whole = WHOLE[word]
  if (whole) out.add(whole)
  for (const [pattern, replacement] of SUFFIXES) {
    if (pattern.test(word)) out.add(word.replace(pattern, replacement))
  }
  // A second pass covers words with two British traits ("colourised").
  for (const variant of [...out]) for (const [pattern, replacement] of SUFFIXES) if (pattern.test(variant)) out.add(variant.replace(pattern, replacement))
  out.delete(word)
  return [...out]
}
