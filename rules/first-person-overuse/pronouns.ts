// The pronouns the rule counts and how each first-person-singular form is
// said in the team's voice (seed 001, D.1: less "I", more "you" and "we").

/** English first-person-singular words and their "we" form. */
export const EN_SINGULAR: Record<string, string> = {
  i: 'we',
  me: 'us',
  my: 'our',
  mine: 'ours',
  myself: 'ourselves',
  "i'm": "we're",
  "i'll": "we'll",
  "i've": "we've",
  "i'd": "we'd",
  im: "we're",
}

/** English words that speak to the customer or as the team. */
export const EN_OTHER = new Set([
  'you',
  'your',
  'yours',
  'yourself',
  'yourselves',
  "you're",
  "you'll",
  "you've",
  "you'd",
  'ya',
  'u',
  'ur',
  'we',
  'us',
  'our',
  'ours',
  'ourselves',
  "we're",
  "we'll",
  "we've",
  "we'd",
  "let's",
])

/** After "I" becomes "we", these verbs follow it: "I was" -> "we were". */
export const EN_VERB_AGREEMENT: Record<string, string> = {am: 'are', was: 'were', "wasn't": "weren't"}
/** "the one who handles" after "we are": the ones who handle. */
export const EN_THE_ONE_WHO = /^\s+the\s+one\s+(who|that)\s+([a-z]+)\b/i
/** Adverbs that may stand between "I" and its verb: "I really was", "I also am". */
export const EN_SKIPPABLE_ADVERBS = new Set(['really', 'also', 'just', 'still', 'truly', 'so', 'very', 'honestly', 'certainly', 'only', 'always', 'never', 'already'])
/** A word right before a pronoun that makes it an object: "with me", "call me". */
export const EN_OBJECT_BEFORE =
  /\b(?:with|to|for|from|by|about|at|of|on|call|email|tell|ask|contact|reach|help|let|message|text|give|send|show|join|phone|ring|and)\s+$/i
/**
 * A verb right after a pronoun makes it a subject, whatever came before:
 * "…, and my manager and I will check" is "and we will check", not "and us".
 */
export const EN_SUBJECT_AFTER =
  /^\s+(?:(?:really|also|just|still|both|personally|already)\s+)?(?:will|would|can|could|shall|should|must|may|might|are|am|were|was|have|had|do|did|need|want|'ll|'re|'ve|'d|[a-z]+ed)\b|^'(?:ll|re|ve|d)\b/i
/**
 * First-person words that stay as they are: the agent's own name ("My name
 * is Anna", "I'm Anna from billing") belongs to one person, not the team.
 */
export const EN_KEEP_AFTER_MY = /^\s+name\b/i
export const EN_KEEP_AFTER_IM = /^\s+[A-Z][a-z]+(?:\s+(?:from|with|at|in|here|and)\b|[,.!]|\s*$)/
/** Apologies read as one person's: their sentences are reframed last. */
export const EN_APOLOGY = /\b(?:i'm|i\s+am)\s+(?:(?:so|really|very|truly|terribly|deeply)\s+)?sorry\b|\bi\s+(?:sincerely\s+|really\s+|do\s+)?apologi[sz]e\b/i

/**
 * Wordings that read better reframed around the team than swapped word for
 * word: "I'll ask my supervisor" -> "we'll check with the team".
 */
export const EN_REFRAMES: Array<{pattern: RegExp; text: (m: RegExpExecArray) => string}> = [
  {
    pattern: /\b(ask|asked|check\s+with|checked\s+with|talk\s+to|talked\s+to|speak\s+(?:to|with)|spoke\s+(?:to|with)|consult|consulted)\s+my\s+(?:supervisor|manager|boss|team\s*lead|lead|colleagues?|team)\b/gi,
    text: m => (/ed\b|spoke/i.test(m[1]!) ? 'checked with the team' : 'check with the team'),
  },
  {
    // "Me and my team will…" / "my colleague and I" is the team: "we" as a
    // subject, "us" after a verb or preposition ("with me and my team"),
    // never "Us and our team".
    pattern: /\b(?:(?:me|i)\s+and\s+my\s+(?:team|colleagues?|manager|supervisor|lead|coworkers?|co-workers?)|my\s+(?:team|colleagues?|manager|supervisor|lead|coworkers?|co-workers?)\s+and\s+(?:i|me|myself))\b(['’](?:ll|ve|d|m)\b)?/gi,
    // "my colleague and I'll" keeps its contraction: "we'll", never "wewe'll".
    text: m =>
      m[1] ? 'we' + (m[1].slice(1).toLowerCase() === 'm' ? "'re" : "'" + m[1].slice(1))
      : !EN_SUBJECT_AFTER.test(m.input.slice(m.index + m[0].length)) && EN_OBJECT_BEFORE.test(m.input.slice(0, m.index)) ? 'us' : 'we',
  },
]

// Chinese. Matching runs on the Simplified text, so 們 is 们 here.
/** 我, but not 我们 (we), 自我 (self) or the company's 我司/我方/我店. */
export const ZH_SINGULAR = /(?<!自)我(?!们|司|方|店|公司)/gu
/** 您, 你 (not 迷你, mini), 我们, 咱们, and the company speaking as 我司/我方/我店. */
export const ZH_OTHER = /您|(?<!迷)你|我们|咱们|咱|我司|我方|我店|我公司/gu
/**
 * 我的 as the name of an app page in a menu path (我的-我的订单, 我的京东,
 * APP端:我的—客户服务) is a button the customer taps, not the agent.
 */
const ZH_PAGE_NAME =
  /^我的(?:\s*[-—–>→/»|·:：]|订单|京东|淘宝|天猫|发票|钱包|账户|帐户|账号|优惠券|红包|收藏|足迹|售后|退换货|积分|设置|资产|卡包|主页)/u
const MENU_SEPARATOR_BEFORE = /[-—–>→/»|·:：]\s*$/u

/** Whether the 我 at `index` of a sentence is part of an app page's name. */
export function isPageName(sentence: string, index: number): boolean {
  return ZH_PAGE_NAME.test(sentence.slice(index)) || (sentence.startsWith('我的', index) && MENU_SEPARATOR_BEFORE.test(sentence.slice(0, index)))
}

/** 我 becomes 我们 where the team is meant as a whole: 告诉我 -> 告诉我们, 我觉得 -> 我们觉得. */
export const ZH_PLURAL_SUFFIX = '们'
/**
 * The agent acting for the customer is 这边 in Chinese service chat
 * (这边帮您查一下), which reads more naturally than 我们 at every turn.
 */
export const ZH_AGENT = '这边'
/** What the agent does for the customer, after which 这边 fits: 这边帮您…, 这边已经…. */
export const ZH_SERVICE_AFTER =
  /^(?:帮|给|为|替|先|再|马上|立即|已经|刚刚|刚才|这就|稍后|会|可以|来|去|查|看|问|核实|确认|处理|申请|联系|跟进|安排|反馈|登记|记录|提交|催|转)/u
/** 我 as an object: 告诉我, 帮我, 跟我说 keep the team (我们). */
export const ZH_OBJECT_BEFORE = /(?:帮|给|跟|和|让|叫|找|问|告诉|对|向|为|替|陪|联系|通知)$/u
/** Thinking and feeling: 我们觉得, not 这边觉得. */
export const ZH_MENTAL_AFTER = /^(?:觉得|认为|想|希望|理解|明白|知道|相信|建议|猜|估计|感觉|看来|也觉得|很理解|非常理解)/u
/** 我同事, 我这边: the 我 adds nothing (同事, 这边). */
export const ZH_DROPPED_BEFORE = /^(?:这边|这里|同事|主管|领导|组长|经理|上级|家人|家里人|师傅)/u
