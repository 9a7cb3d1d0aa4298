// The public model of reply-lint: findings, rules and configuration.

/** How much a finding matters. `off` disables a rule. */
export type Severity = 'error' | 'warning' | 'info'
export type SeveritySetting = Severity | 'off'

/** The language of one sentence. */
export type Language = 'en' | 'zh-Hans' | 'zh-Hant'

/** The language families rules declare support for. */
export type LanguageFamily = 'en' | 'zh'

export type Range = [start: number, end: number]

export interface Suggestion {
  /** What the rewrite does, shown to the person choosing it. */
  message: string
  /** The replacement text for `range`. */
  text: string
  range: Range
  /**
   * True when `text` holds a bracketed gap the writer must fill before
   * sending ("…, but I can [what you can offer]"): such a rewrite is never
   * applied by `--fix`.
   */
  placeholder: boolean
}

export interface Fix {
  text: string
  range: Range
}

export interface Finding {
  ruleId: string
  severity: Severity
  /** Why the wording hurts the customer, one sentence. */
  message: string
  /** 1-based; end is exclusive, as in ESLint. */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** UTF-16 offsets in the linted text. */
  range: Range
  /** The flagged text. */
  actual: string
  /** The language of the sentence that holds the finding. */
  language: Language
  suggestions: Suggestion[]
  /** Present only when the rewrite keeps the meaning exactly. */
  fix?: Fix
  /** Which speaker wrote the reply, when the source knows it. */
  speaker?: string
}

/** One sentence of a reply, as rules see it. */
export interface Sentence {
  index: number
  /** The sentence as written. */
  text: string
  /** Offsets of the sentence in the reply text. */
  start: number
  end: number
  language: Language
  /**
   * The text used for matching, always the same length as `text`: curly
   * apostrophes straightened and Traditional Chinese converted to Simplified,
   * so one set of patterns covers every script while offsets stay valid.
   */
  normalized: string
}

export interface RuleMeta {
  /** One line: what the rule flags. */
  description: string
  /** Language families the rule understands. */
  languages: LanguageFamily[]
  /** Severity in the `recommended` preset. */
  defaultSeverity: Severity
  /** Whether the rule may offer `fix`es (meaning-preserving rewrites). */
  fixable?: boolean
  /** Heavy services the rule needs; the engine loads them before the rule runs. */
  needs?: Service[]
  /** Default options; a config's options are merged over them. */
  defaultOptions?: Record<string, unknown>
  /** Where the rule's documentation lives. */
  docs?: string
  /** Whether the rule looks at the reply as a whole rather than at phrases. */
  scope?: 'phrase' | 'reply'
  /**
   * What several findings of the rule in one sentence are. 'compose' (the
   * default): parts of one fault, as "will definitely … I promise" is one
   * promise, so each is offered first the sentence with all their rewrites
   * applied together. 'separate': faults of their own, each with its own
   * alternatives (a misspelt word and its candidates), offered one by one.
   */
  siblings?: 'compose' | 'separate'
}

/** Services that are expensive to load, loaded only when a rule asks for them. */
export type Service = 'english-syntax' | 'chinese-words' | 'spelling'

export interface ReportDescriptor {
  range: Range
  message: string
  /**
   * Rewrites, best first. A string replaces `range`; an object may
   * replace another range (a whole sentence, say).
   */
  suggestions: Array<string | {text: string; range?: Range; message?: string; placeholder?: boolean}>
  /** A meaning-preserving replacement for `range`, applied by `--fix`. */
  fix?: string | {text: string; range: Range}
}

export interface Rule {
  id: string
  meta: RuleMeta
  check(context: import('./context.js').RuleContext): void
}

export type RuleSetting = SeveritySetting | 0 | 1 | 2 | [SeveritySetting | 0 | 1 | 2, Record<string, unknown>?]

export interface Config {
  /** A preset name: `recommended` (the default) or `strict`. */
  extends?: string | string[]
  rules?: Record<string, RuleSetting>
  /** Rule modules to add to the built-in ones. */
  plugins?: Rule[]
}

/** A rule as configured for one run. */
export interface ActiveRule {
  rule: Rule
  severity: Severity
  options: Record<string, unknown>
}

export interface LintResult {
  /** Absent for text that did not come from a file. */
  filePath?: string
  findings: Finding[]
  errorCount: number
  warningCount: number
  infoCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  /** The text after fixes, when fixing was asked for and changed something. */
  output?: string
  /** The text that was linted. */
  source?: string
  /** Notices about the input that are not findings (a skipped binary file, say). */
  notices?: string[]
  /** How many replies the source held (after fixes), for per-reply statistics. */
  replyCount?: number
  /** Where each reply sits in the linted text, and who wrote it, for reports. */
  replies?: ReplySpan[]
  /**
   * One rewritten reply for each reply that has findings with rewrites, in
   * text order: all its findings' fixes or first suggestions applied
   * together (see docs/rewrites.md). Present when asked for (the `rewrites`
   * option, and the json, stylish and html reports).
   */
  rewrites?: ReplyRewrite[]
}

/** A whole reply with every finding's rewrite applied together. */
export interface ReplyRewrite {
  /** The rewritten reply. */
  text: string
  /** UTF-16 range in the linted text that `text` replaces (the reply). */
  range: Range
  /** True when `text` holds placeholders the writer must fill ([...], see Suggestion.placeholder). */
  needsInput: boolean
}

/** One reply's place in a linted text. */
export interface ReplySpan {
  /** UTF-16 offsets of the reply in the linted text (the fixed text, if fixed). */
  range: Range
  speaker?: string
}
