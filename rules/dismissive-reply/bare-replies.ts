// The words a bare reply is made of, per language, and the warmer wording
// that replaces each kind (seed 001, C: "No" vs "I'm really sorry"; "En" vs
// "Okay, no problem :)").

/** What a bare reply says, which decides the rewrite. */
export type BareKind = 'refusal' | 'denial' | 'unknown' | 'thinking' | 'acknowledgement' | 'agreement' | 'reluctance'

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
  // A sound of thinking, not of agreeing: its rewrite must not say "no problem".
  hm: 'thinking',
  hmm: 'thinking',
  mhm: 'acknowledgement',
  'uh huh': 'acknowledgement',
  um: 'thinking',
  uh: 'thinking',
  er: 'thinking',
  erm: 'thinking',
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
  // 不是的 answers a yes-or-no question: a fact denied, not a request refused.
  不是: 'denial',
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
  额: 'thinking',
  呃: 'thinking',
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
export const ZH_SOFTENERS = ['的', '滴', '哒', '呢', '哈', '啦', '呀', '哟', '噢', '哦', '喔', '嘛', '呐', '耶', '咯', '喽', '啰', '欸']

/** Forms of address that do not make a reply less bare (没有哦亲). */
export const ZH_ADDRESS = ['亲爱的', '亲亲', '亲', '小主', '宝宝']

/**
 * A rewrite of a bare reply. A bare "No" says nothing of why or what comes
 * next, and only the agent knows both: its rewrite has bracketed gaps to
 * fill and is `placeholder: true`. No rewrite here is ever a fix: a full
 * sentence always says more than the bare word did ("Ok" does not say "no
 * problem"), so the agent chooses it.
 */
export interface BareRewrite {
  text: string
  placeholder?: boolean
}

export const EN_REWRITES: Record<BareKind, BareRewrite[]> = {
  // The refusal stays a refusal: apologise, give the reason, turn to what is really possible.
  refusal: [
    {text: "I'm really sorry, [the reason]. What we can do instead is [what you can offer].", placeholder: true},
    {text: "I'm really sorry about that: [the reason]. We can [what you can offer] if that helps.", placeholder: true},
  ],
  denial: [{text: "No, that's not the case: [what is actually the case]. Anything else I can check for you?", placeholder: true}],
  unknown: [{text: 'Good question! Let me check that for you and get back to you shortly.'}, {text: 'Let me look into that for you right away.'}],
  thinking: [{text: 'Let me check that for you, one moment please.'}, {text: 'Good question, let me look into it for you.'}],
  acknowledgement: [{text: 'Okay, no problem :)'}, {text: 'Got it, thanks! We will [next step].', placeholder: true}],
  agreement: [{text: 'Yes, of course! Happy to help :)'}, {text: 'Yes, that’s right. Anything else we can help with?'}],
  reluctance: [{text: 'Of course, no problem :)'}, {text: 'Sure, happy to help with that.'}],
}

export const ZH_REWRITES: Record<BareKind, BareRewrite[]> = {
  refusal: [
    {text: '非常抱歉，[原因]。这边可以为您[能提供的方案]，您看可以吗？', placeholder: true},
    {text: '真的很抱歉呢，[原因]，这边给您[能提供的方案]好吗～', placeholder: true},
  ],
  denial: [{text: '不是的呢，[实际的情况]，您看还有什么可以帮您的吗？', placeholder: true}],
  unknown: [{text: '这边帮您查一下，请您稍等～'}, {text: '好的，这边帮您确认一下，马上回复您～'}],
  thinking: [{text: '请您稍等，这边帮您确认一下～'}, {text: '这边帮您看一下，马上回复您～'}],
  acknowledgement: [{text: '好的，没问题呢～'}, {text: '好的，收到啦，这边马上为您[下一步]～', placeholder: true}],
  // {word} is the bare word itself: 有 -> 有的呢, 对 -> 对的呢.
  agreement: [{text: '{word}的呢，亲～还有什么可以帮您的吗？'}, {text: '{word}的呢，这边帮您确认过了～'}],
  reluctance: [{text: '好的，没问题呢～'}, {text: '好的，这边按您说的为您处理～'}],
}
