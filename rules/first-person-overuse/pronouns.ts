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
export const EN_VERB_AGREEMENT: Record<string, string> = {am: 'are', was: 'were'}

/**
 * Wordings that read better reframed around the team than swapped word for
 * word: "I'll ask my supervisor" -> "we'll check with the team".
 */
export const EN_REFRAMES: Array<{pattern: RegExp; text: (m: RegExpExecArray) => string}> = [
  {
    pattern: /\b(ask|asked|check\s+with|checked\s+with|talk\s+to|talked\s+to|speak\s+(?:to|with)|spoke\s+(?:to|with)|consult|consulted)\s+my\s+(?:supervisor|manager|boss|team\s*lead|lead|colleagues?|team)\b/gi,
    text: m => (/ed\b|spoke/i.test(m[1]!) ? 'checked with the team' : 'check with the team'),
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
export const ZH_PAGE_NAME =
  /^我的(?:\s*[-—–>→/»|·:：]|订单|京东|淘宝|天猫|发票|钱包|账户|帐户|账号|优惠券|红包|收藏|足迹|售后|退换货|积分|设置|资产|卡包|主页)/u
const MENU_SEPARATOR_BEFORE = /[-—–>→/»|·:：]\s*$/u

/** Whether the 我 at `index` of a sentence is part of an app page's name. */
export function isPageName(sentence: string, index: number): boolean {
  return ZH_PAGE_NAME.test(sentence.slice(index)) || (sentence.startsWith('我的', index) && MENU_SEPARATOR_BEFORE.test(sentence.slice(0, index)))
}

/** 我 becomes 我们: 我帮您查一下 -> 我们帮您查一下. */
export const ZH_PLURAL_SUFFIX = '们'
