// The words a bare reply is made of, per language, and the warmer wording
// that replaces each kind (seed 001, C: "No" vs "I'm really sorry"; "En" vs
// "Okay, no problem :)").

/** What a bare reply says, which decides the rewrite. */
export type BareKind = 'refusal' | 'unknown' | 'acknowledgement' | 'agreement' | 'reluctance'

/** English words and phrases that, alone, make a curt reply. */
export const EN_BARE: Record<string, BareKind> = {
  no: 'refusal',
  nope: 'refusal',
  nah: 'refusal',
  "can't": 'refusal',
  cannot: 'refusal',
  'no can do': 'refusal',
  'not possible': 'refusal',
  'no idea': 'unknown',
  'not sure': 'unknown',
  "don't know": 'unknown',
  "i don't know": 'unknown',
  dunno: 'unknown',
  idk: 'unknown',
  ok: 'acknowledgement',
  okay: 'acknowledgement',
  k: 'acknowledgement',
  kk: 'acknowledgement',
  en: 'acknowledgement',
  mm: 'acknowledgement',
  mmm: 'acknowledgement',
  hm: 'acknowledgement',
  hmm: 'acknowledgement',
  mhm: 'acknowledgement',
  'uh huh': 'acknowledgement',
  um: 'acknowledgement',
  oh: 'acknowledgement',
  noted: 'acknowledgement',
  yes: 'agreement',
  yeah: 'agreement',
  yep: 'agreement',
  yup: 'agreement',
  ya: 'agreement',
  yea: 'agreement',
  fine: 'reluctance',
  whatever: 'reluctance',
  'if you say so': 'reluctance',
  so: 'reluctance',
}

/** Words of address that do not make a reply less bare ("No, sir."). */
export const EN_ADDRESS = new Set(['sir', 'madam', "ma'am", 'maam', 'mate', 'dear', 'buddy'])

/** Chinese units a bare reply is made of (Simplified; the text is normalised first). */
export const ZH_BARE: Record<string, BareKind> = {
  不行: 'refusal',
  不可以: 'refusal',
  不能: 'refusal',
  不是: 'refusal',
  没有: 'refusal',
  没: 'refusal',
  不: 'refusal',
  没了: 'refusal',
  做不到: 'refusal',
  办不了: 'refusal',
  不知道: 'unknown',
  不清楚: 'unknown',
  不晓得: 'unknown',
  嗯: 'acknowledgement',
  恩: 'acknowledgement',
  哦: 'acknowledgement',
  喔: 'acknowledgement',
  噢: 'acknowledgement',
  额: 'acknowledgement',
  呃: 'acknowledgement',
  唔: 'acknowledgement',
  嗯哼: 'acknowledgement',
  哦了: 'acknowledgement',
  知道了: 'acknowledgement',
  知道: 'acknowledgement',
  好: 'acknowledgement',
  行: 'acknowledgement',
  可以: 'acknowledgement',
  有: 'agreement',
  是: 'agreement',
  对: 'agreement',
  在: 'agreement',
  好吧: 'reluctance',
  行吧: 'reluctance',
  随便: 'reluctance',
  随你: 'reluctance',
  无所谓: 'reluctance',
  然后呢: 'reluctance',
  所以呢: 'reluctance',
}

/**
 * Sentence-final particles that turn a curt word into the ordinary polite
 * form of Chinese chat: 好的, 是的, 有的呢, 嗯呢, 好哒. They soften an
 * acknowledgement, never a refusal (没有呢 still says no and nothing else).
 */
export const ZH_SOFTENERS = ['的', '滴', '哒', '呢', '哈', '啦', '呀', '哟', '噢', '哦', '喔', '嘛', '呐']

/** Forms of address that do not make a reply less bare (没有哦亲). */
export const ZH_ADDRESS = ['亲爱的', '亲亲', '亲', '小主', '宝宝']

export const EN_REWRITES: Record<BareKind, string[]> = {
  refusal: ["I'm really sorry about that. Let's see what we can do for you.", "I'm really sorry, here's what we can do for you instead."],
  unknown: ["Good question! Let me check that for you and get back to you shortly.", "Let me look into that for you right away."],
  acknowledgement: ['Okay, no problem :)', 'Got it, thanks! We’ll take care of it.'],
  agreement: ['Yes, of course! Happy to help :)', 'Yes, that’s right. Anything else we can help with?'],
  reluctance: ['Of course, no problem :)', 'Sure, happy to help with that.'],
}

export const ZH_REWRITES: Record<BareKind, string[]> = {
  refusal: ['非常抱歉，这边帮您看看还有什么其他办法～', '非常抱歉，这边为您说明一下原因，再看看能怎么帮您～'],
  unknown: ['这边帮您查一下，请您稍等～', '好的，这边帮您确认一下，马上回复您～'],
  acknowledgement: ['好的，没问题呢～', '好的，收到啦，这边马上为您处理～'],
  // {word} is the bare word itself: 有 -> 有的呢, 对 -> 对的呢.
  agreement: ['{word}的呢，亲～还有什么可以帮您的吗？', '{word}的呢，这边帮您确认过了～'],
  reluctance: ['好的，没问题呢～', '好的，这边按您说的为您处理～'],
}
