// Whether a reply owns the problem it describes: it apologises, admits the
// mistake as ours, or says what we are doing to put it right. A reply that
// does so may name who slipped up ("the courier left it at the wrong house,
// sorry, a new one ships today") without shifting the blame.

const EN_OWNERSHIP = new RegExp(
  [
    String.raw`\bsorry\b`,
    String.raw`\bapologi[sz]e`,
    String.raw`\bapologies\b`,
    String.raw`\b(?:our|my)\s+(?:mistake|fault|error|bad)\b`,
    String.raw`\b(?:we|I)(?:'ll|\s+will|'ve|\s+have|'re|\s+are|'m|\s+am)\s+(?:\w+\s+)?(?:sen[dt]|sending|re-?send|re-?sending|fix|fixing|replac\w*|refund\w*|re-?ship\w*|rebook\w*|arrang\w*|put(?:ting)?\s+it\s+right|sort\w*|reissu\w*|correct\w*|open\w*\s+a\s+claim|chas\w*|follow\w*\s+up|credit\w*|cover\w*|look\w*\s+into)`,
    String.raw`\blet\s+me\s+(?:fix|sort|put|send|arrange|correct|make)`,
    // A next step already taken: "I've already asked them to collect it", "we've opened a claim".
    String.raw`\b(?:we|I)(?:'ve|\s+have)\s+(?:already\s+|just\s+|now\s+)?(?:asked|arranged|booked|contacted|requested|opened|raised|filed|logged|escalated|ordered|issued|processed|sent|dispatched|rebooked|refunded|credited|started|put\s+in|restored|reset|fixed|updated|replaced|corrected|resent|re-sent|reissued|changed|reinstated|reversed)\b`,
    // What is on its way to the customer: "a new one ships today", "your replacement is on its way".
    String.raw`\b(?:new\s+one|replacement|another\s+one|fresh\s+one|right\s+one|correct\s+one|refund)\s+(?:ships|is\s+shipping|will\s+ship|goes\s+out|is\s+on\s+its\s+way|has\s+been\s+sent|is\s+being\s+sent|will\s+be\s+sent)\b`,
  ].join('|'),
  'i',
)

const ZH_OWNERSHIP =
  /抱歉|对不起|不好意思|添麻烦|我们的(?:失误|问题|错|责任)|(?:帮|为|给)您\p{Script=Han}{0,3}?(?:补发|重新|安排|处理|换|退|催|跟进|联系|申请|转|核实|解决)|(?:正在|已经|已)(?:重新|马上)?(?:安排|补发|重发|改派|退款|处理|联系)/u

export function ownsTheProblem(normalizedText: string): boolean {
  return EN_OWNERSHIP.test(normalizedText) || ZH_OWNERSHIP.test(normalizedText)
}
