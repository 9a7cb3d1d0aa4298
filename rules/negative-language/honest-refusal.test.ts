// The refusal rewrites over many phrasings: none promises what was refused,
// each keeps the reply's facts and reason, says the limit, stays in the
// script of the input and lints clean when pasted.
import {describe, expect, it, beforeAll} from 'vitest'
import {Linter, wholeText} from '../../src/engine.js'
import {toTraditional} from '../../src/text/chinese.js'
import type {Finding} from '../../src/types.js'

/** "Let's see if we can": wordings that turn a refusal into a hope. */
const FALSE_HOPE =
  /\blet's\s+(?:see|look|find|try)|\bsee\s+what\s+we\s+can\s+do|\boptions\s+(?:for|we\s+do\s+have)|\bwe'll\s+(?:see|try)|\bmight\s+be\s+able|\bwork\s+something\s+out|看看(?:能|有什么|还有|怎么)|想想办法|尽量(?:帮|为)您|争取|想办法|看看能否/i
/** The limit, said plainly. */
const LIMIT = /isn't possible|cannot be|can't be|against our policy|aren't possible|won't be possible|not something|isn't something I can|handled by another team|无法|無法|不支持|不支援|不接受|不予|由其他部门负责|由其他部門負責/

const ENGLISH = [
  "We can't refund order 12345 because it is past 30 days.",
  'We are unable to make exceptions to the 30 day wait.',
  "Hi Priya, we can't swap the colour on order #A-7741 because it has already been dispatched.",
  "I'm afraid we cannot extend your return window past 14 days.",
  "Unfortunately, we won't be able to reimburse the £12.50 delivery charge.",
  "We're not in a position to offer compensation for the delay on flight BA117.",
  "I'm not allowed to share the tracking details of another customer's order.",
  'Our warehouse cannot hold parcels for longer than 7 days.',
  "That won't be possible for orders placed before 1 March.",
  "There's no way to recover a deleted account after 30 days.",
  "It's impossible to change the name on a ticket once it has been issued.",
  "Sorry, we don't accept returns on earrings for hygiene reasons.",
  "We can't price match Amazon, as our prices already include installation.",
  "I won't be able to cancel the subscription today since the billing cycle has started.",
  'We cannot ship to P O boxes in Alaska.',
  "That's not something our team handles. You'll need to contact the bank on 0800 123 4567.",
  "We can't offer a refund on the jacket, but you're welcome to exchange it for another size.",
  "Thanks for your patience, Maria. We can't reinstate the coupon SAVE20 because it expired on 5 May.",
  "The parcel left our depot on Monday, so we can't change the delivery address.",
  'We will not reissue the gift card without the original receipt.',
  "I can't do anything about the exchange rate on your transfer.",
  "There's nothing we can do about the customs fee of $34.",
  "Sorry, that's not my department.",
  "No way we can refund a ticket that's already been scanned at the gate.",
  "I'm unable to unlock the phone while it is still under contract.",
  "We can't deliver on Sundays. Our couriers run Monday to Saturday.",
  "We don't have the ability to edit reviews once they're published.",
  'Gift cards cannot be refunded or exchanged for cash.',
  "Sorry, can't do that on a Saturday order.",
  "We're not going to reopen the claim for order 30211.",
  "It's against our policy to refund opened software.",
  '@sam_k Hi Sam, it wouldn’t be possible to do so, since you can only add the entire folder.',
  'Hi Tom, a second replacement for order 88120 is out of the question, since the first one was delivered on 2 June.',
  'We have to decline your request to move the booking to 14 August.',
  'Your claim for the £40 voucher has been declined.',
  'The warehouse refused to reship parcel ZX-551 to the new address.',
  "Nope, can't add a gift note after dispatch.",
  'A loan car will not be arranged while the repair is under warranty.',
]

const SIMPLIFIED = [
  '亲，订单12345已经超过30天了，退不了哦。',
  '这款沙发发不了偏远地区的哦。',
  '定制的刻字我们这边弄不来的。',
  '这个价格真的办不到啦。',
  '不能哦亲，活动价已经是最低了。',
  '这个价格不可能的亲。',
  '没办法给您改地址了，包裹已经在路上了。',
  '您好，您的订单28391已经发货，没办法帮您改地址，可以帮您联系快递员改派。',
  '我们这边无法修改已经提交的贷款申请。',
  '亲，定制款做不到七天无理由退货的呢。',
  '不好意思，这个我们办不了，您去营业厅问问吧。',
  '小店不可以开专票的哦。',
  '这个不归我管，您找售后吧。',
  '满减券过期了就补不了了呢。',
  '这款特价商品没得退的哦。',
  '本店食品类恕不退换，请您谅解。',
  '这个问题我们这边搞不定呢。',
  '不能哦买二份送湿巾',
  '那您很机智呢~ 不过仓库一般来说没法单独分拣出您的商品呢~ 您咨询一下仓库的工作人员呢?',
  '赠送的试用装是不会给补发的哦。',
  '我们拒绝您的加急申请。',
  '订单已经出库了，所以不能再改地址。',
  '不行就是不行。',
]

const TRADITIONAL = [
  '親，訂單66120已經簽收超過七天，退不了了喔。',
  '這款沙發寄不了離島喔。',
  '客製刻字我們這邊弄不來的。',
  '這個價格真的辦不到啦。',
  '不能喔，贈品是隨機出貨的。',
  '沒辦法幫您單獨寄一個配件喔，只能整組販售。',
  '抱歉，這個我們沒辦法處理。',
  '特價品不可以退貨喔。',
  '發票已經開立，改不了的喔。',
  '這個不歸我管，您找客服吧。',
  '本店食品恕不退換，請見諒。',
  '這款耳機退不了喔，已經拆封了。',
  '優惠期已過，我們不會幫您補差價。',
  '很抱歉本店拒絕補寄贈品，活動已經結束了。',
]

/** Numbers, ids, amounts, e-mails, URLs and capitalised names of a reply. */
function facts(text: string): string[] {
  const found = text.match(/[#£$]?[A-Z]*-?\d[\w.,-]*\d|\d|[\w.]+@[\w.]+|https?:\/\/\S+|(?<![.!?]\s|^)\b[A-Z][a-z]+\b/g) ?? []
  return found.map(f => f.replace(/[.,]$/, '')).filter(f => !/^(?:I|I'm|Sorry|Thanks|Hi|Our|We|The|That|This|There|It)$/.test(f))
}

/** The reason a reply gives: "because …", "since …", "as …", 因为/由于/已经 … up to the clause's end. */
function reasons(text: string): string[] {
  const english = text.match(/\b(?:because|since|as)\s+[^.,;!?]+/g) ?? []
  const chinese = text.match(/(?:因为|因為|由于|由於|已经|已經)[^，。！？,]+/g) ?? []
  return [...english, ...chinese].map(r => r.trim())
}

let linter: Linter
const lint = async (text: string) => (await linter.lintSource(text, wholeText)).findings
/** The first suggestion of the reply's refusal finding. */
const first = async (text: string) => (await lint(text)).find(f => f.ruleId === 'negative-language')!.suggestions[0]!.text
const apply = (text: string, f: Finding) => {
  const s = f.suggestions[0]!
  return text.slice(0, s.range[0]) + s.text + text.slice(s.range[1])
}

beforeAll(async () => {
  linter = await Linter.create({})
})

describe('honest refusal rewrites', () => {
  for (const [script, replies] of [
    ['en', ENGLISH],
    ['zh-Hans', SIMPLIFIED],
    ['zh-Hant', TRADITIONAL],
  ] as const)
    for (const reply of replies)
      it(`${script}: ${reply}`, async () => {
        const before = await lint(reply)
        const refusals = before.filter(f => f.ruleId === 'negative-language')
        expect(refusals.length, 'the refusal is found').toBeGreaterThan(0)
        const finding = refusals[0]!
        const suggestion = finding.suggestions[0]!
        const rewritten = apply(reply, finding)
        expect(suggestion.text).not.toMatch(FALSE_HOPE)
        expect(suggestion.text, 'the limit is said, not hidden').toMatch(LIMIT)
        for (const fact of facts(reply)) expect(rewritten, `keeps ${fact}`).toContain(fact)
        for (const reason of reasons(reply)) expect(rewritten, `keeps the reason “${reason}”`).toContain(reason)
        expect(suggestion.placeholder, 'a bracketed gap is marked as one').toBe(/\[[^\]]+\]/.test(suggestion.text))
        if (suggestion.placeholder) expect(finding.fix).toBeUndefined()
        if (script === 'zh-Hant') expect(toTraditional(suggestion.text), 'stays Traditional').toBe(suggestion.text)
        if (script === 'zh-Hans') expect(suggestion.text).not.toMatch(/[這個們沒辦處們為說]/)
        // Pasted, it draws no refusal finding and no new finding of any rule.
        const after = await lint(rewritten)
        const refusalIds = new Set(['negative-language', 'unexplained-refusal'])
        const refusalsLeft = after.filter(f => refusalIds.has(f.ruleId) && f.range[0] >= suggestion.range[0] && f.range[0] < suggestion.range[0] + suggestion.text.length)
        expect(refusalsLeft.map(f => `${f.ruleId}: ${f.actual}`)).toEqual([])
        const count = (fs: Finding[], id: string) => fs.filter(f => f.ruleId === id).length
        for (const f of after) expect(count(after, f.ruleId), `no new ${f.ruleId} in: ${rewritten}`).toBeLessThanOrEqual(count(before, f.ruleId))
      })

  it('asks for no reason where a state before the refusal gives it, and for no offer the reply already makes', async () => {
    expect(await first('订单还没发货不能开发票哦')).not.toContain('[原因]')
    expect(await first('不是同一个仓库的商品没办法合并发货')).not.toContain('[原因]')
    expect(await first('這款沒有庫存了發不了貨')).not.toContain('[原因]')
    // No state of its own: the reason is still to be given.
    expect(await first('这个颜色改不了哦')).toContain('[原因]')
    // What will be done is said inside the refusing run of words: no offer gap.
    expect(await first('赠品暂时没法给您寄出因为缺货了到货后马上给您补寄')).not.toContain('[可以提供的方案]')
    // With an apology too, the refusal is a considerate one and left alone.
    expect((await lint('抱歉呢赠品暂时没法给您寄出因为缺货了到货后马上给您补寄')).map(f => f.ruleId)).not.toContain('negative-language')
    // A reason in the next chat clause, after a space, stays beside the limit.
    expect(await first('此单无法拆分 整单移交仓库发货的')).toBe('非常抱歉，此单无法拆分，整单移交仓库发货，不过可以为您[可以提供的方案]')
    // 已 + a verb is a state too; a 的 that makes "different ones" is kept, a closing one goes.
    expect(await first('快递已发改不了地址了')).not.toContain('[原因]')
    expect(await first('不支持换不同的')).toContain('不支持换不同的')
    expect(await first('无法开具发票的哦')).toContain('无法开具发票，')
    // Calling the customer opens the message; the apology follows it.
    expect(await first('亲爱的这个活动没有开始都是无法查询的')).toMatch(/^亲爱的，非常抱歉，这个活动/)
    // A condition or state in the clause just before gives the reason too, and the rewrite re-lints clean.
    expect(await first('亲爱的~如果有差价的话~是换不了的呢~')).not.toContain('[原因]')
    expect(await first('活动还没开始，这边确实无法查询的')).not.toContain('[原因]')
    expect((await lint('活动还没开始，非常抱歉，这边确实无法查询，不过可以为您换成别的活动')).map(f => f.ruleId)).toEqual([])
    // A hedge keeps its doubt, where it reads naturally.
    expect(await first('应该是不可以的呢')).toContain('这个我们这边应该无法做到')
    // Nobody with the unexplained-refusal rule asks for the reason either.
    expect((await lint('订单还没发货不能开发票哦')).map(f => f.ruleId)).not.toContain('unexplained-refusal')
  })

  it('reads a chat message as a careful agent would: steps and conditions before it, a run-on reason, apologies around it', async () => {
    // A step, a time limit or a condition just before the refusal is its reason.
    expect(await first('优惠券被领取后就改不了面额的')).not.toContain('[原因]')
    expect(await first('签收过15天是不支持换货的哦')).not.toContain('[原因]')
    expect(await first('预约单提交成功是不能修改时间的')).not.toContain('[原因]')
    expect(await first('收件人不在同一个城市没法转寄哦')).not.toContain('[原因]')
    expect(await first('这张卡的额度 没有审批 是不可以提额的')).not.toContain('[原因]')
    // A new subject after a resultative starts the reason, said without a break.
    expect(await first('寄不了我们这边没有合作的物流哦')).toBe('非常抱歉，无法寄出，我们这边没有合作的物流，不过可以为您[可以提供的方案]')
    // 说不了算 is whose call it is.
    expect(await first('这个价格我说不了算的')).toContain('无法决定')
    // The writer's apology opens the clause: the reason asked for follows it; one closing it is replaced by ours.
    expect(await first('非常抱歉我们这边无法延长保修')).toMatch(/^非常抱歉，因为\[原因\]，我们这边无法延长保修/)
    const closing = await first('这个尺码我们换不了呢 很抱歉')
    expect(closing.match(/抱歉/g)).toHaveLength(1)
    // A conjunction keeps its 是, and calling the customer stays whole.
    expect(await first('但是不能退货的')).toMatch(/^但是非常抱歉，因为\[原因\]，无法退货/)
    expect(await first('亲爱的没法')).toMatch(/^亲爱的，非常抱歉，因为\[原因\]，这个我们这边无法做到/)
    // A condition clause goes after the apology, with the refusal it leads to.
    expect(await first('积分只要过期了，就不能补发了')).toMatch(/^非常抱歉，积分只要过期了，就无法补发/)
    // Inside brackets, the apology goes inside too.
    expect(await first('（安卓8以下的手机暂不支持下载）')).toMatch(/^（非常抱歉，[^）]+，不过可以为您\[可以提供的方案\]）$/)
    // An alternative given after the refusal is the offer; a second refusal later makes its own.
    expect(await first('这个不可以退 仅支持换货')).not.toContain('[可以提供的方案]')
    expect(await first('这个不能退哦 麻烦您重新下单')).not.toContain('[可以提供的方案]')
    // A mismatch is a reason; so is a state said before a run of dots; a greeting stays in front.
    expect(await first('收货地址与开票地址不一致不支持合并开票的呦')).not.toMatch(/\[原因\]|呦/)
    expect(await first('这个颜色我们已经没有货了..没办法给您换')).not.toContain('[原因]')
    expect(await first('您好这边是不能改价的呢')).toMatch(/^您好，非常抱歉，/)
    // Asking someone else, or a return the shop does take, is the way on.
    expect(await first('不过门店一般没法查线上的库存呢~ 您咨询一下在线客服呢')).not.toContain('[可以提供的方案]')
    expect(await first('不能换其他款式的 商品支持7天无理由退货')).not.toContain('[可以提供的方案]')
    // A cause clause goes after the apology too; a condition said after the refusal (要…才可以) is its reason.
    expect(await first('因为您的会员已经到期，不可以续领优惠券了')).toMatch(/^非常抱歉，因为您的会员已经到期，无法续领优惠券/)
    expect(await first('现在无法合并开票的 要两个订单都完成后才可以的')).not.toContain('[原因]')
    // Something in progress, a step done (取消了就…), a promise to get back (会联系您) and 送不了 said plainly.
    expect(await first('您的退款正在审核中，现在无法为您加急')).not.toContain('[原因]')
    expect(await first('券退回了就无法再用了哦')).not.toContain('[原因]')
    expect(await first('这个暂时无法查询的 明天会通知您结果')).not.toContain('[可以提供的方案]')
    expect(await first('大件送不了哦')).toContain('无法配送')
    // A reason said over two chat clauses stays whole, before the offer.
    expect(await first('这个是指定不了仓库的 因为我们有好几个仓库 每个仓库发的快递都不一样')).toBe('非常抱歉，这个无法指定仓库，因为我们有好几个仓库，每个仓库发的快递都不一样，不过可以为您[可以提供的方案]')
    // A two-character verb stays whole; 没办法给您 says what is not done.
    expect(await first('这张券跟满减叠加不了哦')).toContain('无法叠加')
    expect(await first('运费险这件事没办法给您')).toContain('无法为您办理')
    expect(await first('運費險這件事沒辦法給您')).toContain('無法為您辦理')
    // A bare refusal keeps the writer's apology first, and a caution before the customer acts is no refusal.
    expect(await first('不好意思咱们这边没办法的 咱们这边最晚可以延期到5号的')).toBe('不好意思，因为[原因]，这个我们这边无法做到')
    expect((await lint('温馨提示：订单一旦取消，就无法恢复，请您确认后再操作')).map(f => f.ruleId)).not.toContain('negative-language')
    expect(await first('發不了我們這邊沒有合作的物流喔')).toBe('非常抱歉，無法發貨，我們這邊沒有合作的物流，不過可以為您[可以提供的方案]')
  })

  it('asks for no reason where the refusal follows from what the sentence said before it, and refuses joined nouns together', async () => {
    expect(await first('Final sale means no refunds or exchanges on the clearance rack.')).toBe("I'm sorry, final sale means refunds or exchanges aren't possible on the clearance rack; what I can do is [what you can offer instead]")
    expect(await first("Your parcel has already shipped, so we can't change the address.")).not.toContain('[reason]')
    // "sorry" is not "so".
    expect(await first("I'm sorry but we cannot provide account details here.")).toContain('[reason]')
  })

  it('drops a turn-opening word before the apology instead of keeping it capitalised after it', async () => {
    expect(await first("Look, we can't hold the table past 8 pm.")).toMatch(/^I'm sorry, holding the table past 8 pm isn't possible/)
    expect(await first("Honestly, we cannot refund the deposit on booking 7781.")).toMatch(/^I'm sorry, refunding the deposit on booking 7781 isn't possible/)
  })

  it('keeps a closing place phrase with what is refused, not dangling after the rewrite', async () => {
    expect(await first('I would not be able to comment on stock at any particular store, in your country.')).toMatch(/^I'm sorry, commenting on stock at any particular store in your country isn't possible/)
    expect(await first("We can't refund it, in any case.")).toMatch(/^I'm sorry, refunding it isn't possible/)
  })

  it('a second, plain suggestion is offered where the reply gives the reason and no alternative', async () => {
    const [finding] = (await lint("We can't refund order 12345 because it is past 30 days.")).filter(f => f.ruleId === 'negative-language')
    const plain = finding!.suggestions[1]!
    expect(plain.placeholder).toBe(false)
    expect(plain.text).toBe("I'm sorry, refunding order 12345 isn't possible because it is past 30 days")
    expect(await lint(apply("We can't refund order 12345 because it is past 30 days.", {...finding!, suggestions: [plain]}))).toEqual([])
  })
})
