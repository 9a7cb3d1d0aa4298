// Who wrote a message: the agent (linted), the customer (not linted), or
// someone else (system events, prompts). Exports name speakers in many ways
// ("Agent", "Anna (agent)", "客服小美", "某某旗舰店:小美", "assistant"); this
// file turns a label into a role, and decides which messages are linted.
import type {SourceProblem} from './problems.js'

export type Role = 'agent' | 'customer' | 'other' | 'unknown'

/** Words that name the company's side of a conversation, as whole labels or parts of them. */
export const AGENT_WORDS = [
  'agent', 'support', 'staff', 'assistant', 'admin', 'administrator', 'team', 'teammate', 'bot', 'chatbot',
  'operator', 'representative', 'rep', 'service', 'helpdesk', 'help desk', 'moderator', 'advisor', 'adviser',
  'specialist', 'seller', 'merchant', 'store', 'shop', 'gpt', 'model', 'waiter', 'csr', 'care',
  '客服', '商家', '卖家', '店家', '店主', '掌柜', '小二', '售后', '售前', '专员', '顾问', '助手', '机器人', '官方', '旗舰店', '专营店', '客服人员', '人工客服',
  '客服專員', '賣家', '店長',
]

/** Words that name the customer's side. */
export const CUSTOMER_WORDS = [
  'customer', 'user', 'buyer', 'client', 'visitor', 'guest', 'end-user', 'enduser', 'end user', 'requester', 'lead',
  'contact', 'human', 'consumer', 'shopper', 'member', 'patient', 'caller',
  '买家', '顾客', '用户', '客户', '访客', '会员', '消费者', '客人', '買家', '顧客', '用戶', '客戶', '訪客', '會員',
]

/** Customer words too common inside other names ("Team Lead") to count as part of a label. */
const EXACT_ONLY = new Set(['lead', 'contact', 'member', 'human', 'user', 'guest'])

/** Labels of messages nobody sends to the customer: prompts, tools, system events. */
export const OTHER_WORDS = ['system', 'developer', 'tool', 'function', 'event', 'system message', 'note', 'internal', '系统', '系統', '备注', '備註']

const normalise = (s: string) => s.trim().toLowerCase().replace(/[\s_]+/g, ' ')

const HAN = /\p{Script=Han}/u

/** Whether `word` occurs in `label` as a word (English) or as a prefix / suffix (Chinese). */
function containsWord(label: string, word: string): boolean {
  if (HAN.test(word)) return label.startsWith(word) || label.endsWith(word)
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'u').test(label)
}

/**
 * The role a speaker label names. A whole-label match wins ("User" is a
 * customer), then a role in parentheses ("Anna (agent)"), then a role word
 * inside the name ("Acme Support", "客服小美"). A Taobao sub-account
 * ("某某旗舰店:小美") is the shop's staff.
 */
export function roleOfLabel(label: string): Role {
  let role = ROLE_CACHE.get(label)
  if (role === undefined) {
    if (ROLE_CACHE.size > 10_000) ROLE_CACHE.clear()
    ROLE_CACHE.set(label, (role = computeRole(label)))
  }
  return role
}

/** Exports repeat the same few labels; a label's role is worked out once. */
const ROLE_CACHE = new Map<string, Role>()

function computeRole(label: string): Role {
  const l = normalise(label)
  if (!l) return 'unknown'
  for (const [role, words] of [['agent', AGENT_WORDS], ['customer', CUSTOMER_WORDS], ['other', OTHER_WORDS]] as const)
    if (words.includes(l)) return role
  const paren = l.match(/[(（]([^)）]+)[)）]\s*$/)
  if (paren) {
    const inner = roleOfLabel(paren[1]!)
    if (inner !== 'unknown') return inner
  }
  if (/[^:：\s]\s*[:：]\s*[^:：\s]/.test(l)) return 'agent'
  if (/\b(?:customer|client)\s+(?:service|support|care|success|experience)\b/.test(l)) return 'agent'
  const agent = AGENT_WORDS.some(w => containsWord(l, w))
  const customer = CUSTOMER_WORDS.some(w => !EXACT_ONLY.has(w) && containsWord(l, w))
  if (agent !== customer) return agent ? 'agent' : 'customer'
  return 'unknown'
}

/** What a source knows about one message's author. */
export interface SpeakerInfo {
  /** The name to show (a label, a name, a role). */
  name?: string
  /** The role the export states or the label implies. */
  role: Role
  /** Every string that describes the speaker (name, role, type, id), for --speaker. */
  aliases: string[]
}

/** A SpeakerSelection's counts, as plain data. */
export interface SpeakerCounts {
  linted: number
  sawSpeakers: boolean
  skipped: Array<[string, number]>
}

/**
 * Decides which messages are linted. By default: agent messages, and
 * messages with no speaker at all (canned replies, macros). With `--speaker`,
 * exactly the speakers named there (by name, role or id, case-insensitive)
 * count as the agent.
 */
export class SpeakerSelection {
  private readonly wanted?: Set<string>
  /** Speakers seen that were not linted, for the "no agent found" notice. */
  readonly skipped = new Map<string, number>()
  linted = 0
  sawSpeakers = false

  constructor(speakers?: readonly string[]) {
    const names = (speakers ?? []).flatMap(s => s.split(',')).map(normalise).filter(Boolean)
    if (names.length) this.wanted = new Set(names)
  }

  /** Whether a message by this speaker (undefined: no speaker information) is linted. */
  accepts(speaker: SpeakerInfo | undefined): boolean {
    if (!speaker) {
      this.linted++
      return true
    }
    this.sawSpeakers = true
    const ok = this.wanted
      ? [speaker.name, speaker.role, ...speaker.aliases].some(a => a !== undefined && this.wanted!.has(normalise(a)))
      : speaker.role === 'agent'
    if (ok) this.linted++
    else if (speaker.role !== 'other') {
      const key = speaker.name ?? speaker.aliases[0] ?? speaker.role
      this.skipped.set(key, (this.skipped.get(key) ?? 0) + 1)
    }
    return ok
  }

  /** What this selection saw, as plain data: a file read in segments (in several threads) adds up its segments' counts. */
  counts(): SpeakerCounts {
    return {linted: this.linted, sawSpeakers: this.sawSpeakers, skipped: [...this.skipped]}
  }

  /** Adds the counts of a selection that read another part of the same file. */
  absorb(counts: SpeakerCounts): void {
    this.linted += counts.linted
    this.sawSpeakers ||= counts.sawSpeakers
    for (const [name, n] of counts.skipped) this.skipped.set(name, (this.skipped.get(name) ?? 0) + n)
  }

  /** A notice when a file had speakers but none of them counted as the agent. */
  private notice(): string | undefined {
    if (this.linted || !this.sawSpeakers || !this.skipped.size) return undefined
    const seen = [...this.skipped.keys()].slice(0, 6).map(s => `'${s}'`).join(', ')
    const more = this.skipped.size > 6 ? ', ...' : ''
    return this.wanted
      ? `no message was written by the speakers given with --speaker (speakers seen: ${seen}${more})`
      : `no agent messages recognised, nothing was linted (speakers seen: ${seen}${more}); pass --speaker <name> to say who the agent is`
  }

  /** Hands the notice, if there is one, to a source's problem receiver (not fatal: the file was read). */
  reportNotice(onProblem: ((problem: SourceProblem) => void) | undefined): void {
    const message = this.notice()
    if (message) onProblem?.({message, fatal: false})
  }
}

/** A speaker described by one label. */
export function speakerFromLabel(label: string, ...aliases: string[]): SpeakerInfo {
  const name = label.trim()
  const paren = name.match(/^(.*?)\s*[(（]([^)）]+)[)）]\s*$/)
  return {name, role: roleOfLabel(name), aliases: [...(paren ? [paren[1]!, paren[2]!] : []), ...aliases]}
}
