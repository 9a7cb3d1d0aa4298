import rule from './index.js'
import {RuleTester} from '../../src/testing/rule-tester.js'

new RuleTester().run(rule, {
  valid: [
    // What a product does not support is a fact about it.
    '这款路由器不支持WiFi7，需要的话可以看看旗舰款。',
    // A product fault described is a symptom, not our refusal.
    '已为您登记：投影仪开关按下后机器无法开机，售后会在48小时内联系您。',
    '故障点：屏幕不显示，能听到声音，home键凹陷无法还原',
    '這台電腦無法開機，我們這邊幫您安排檢測。',
    // Someone else's words passed on: news, not our refusal.
    '骑手反馈联系不上收件人，我们已经请他明天再送一次。',
    '倉庫回報這批貨調不到，我們會先幫您保留訂單。',
    "I can't wait to hear how you like it!",
    'No problem at all! Your new address is saved.',
    "There's no charge for returns within 30 days.",
    "If you can't find the confirmation email, please check your spam folder.",
    "If we can't fix it remotely, we'll send an engineer.",
    "We won't charge you for the replacement.",
    "Don't worry, we can't thank you enough for your patience.",
    'You wrote "I can\'t log in since the update", so let\'s fix that.',
    'This in no way affects your warranty.',
    // Ruling out a bad outcome reassures; it refuses nothing.
    'We definitely will not lose your parcel, it is insured and tracked.',
    "This won't affect your warranty at all.",
    "Our team won't share your details with anyone.",
    'No returns label is needed for this exchange, just drop it at the counter.',
    "That's not something we see often, so thank you for the photos.",
    '没问题，已经帮您改好地址了😊',
    '不客气，祝您购物愉快～',
    '包装拆开不会影响您的保修哦。',
    '放心，这个尺码错不了的。',
    '您下单后用不了多久就能收到啦。',
    '您放心，包裹丢不了的，全程都有保价。',
    '小店保证不了具体几点送到，一般三天左右到。',
    '如果这个尺码不行的话，我们可以免费帮您换一个。',
    '如果您在App里查不到物流信息，可以把订单号发给我们。',
    '您提到“App没办法登录”，麻烦您先更新到最新版本再试一下哦。',
    '如果還是無法上網，請將數據機重新開機後再試一次。',
    '這個顏色錯不了，跟官網的一模一樣喔。',
    // A concession that leads to what can be done.
    "While we can't issue refunds through chat, you can request one from your order page.",
    "Although we don't ship to PO boxes, we can send it to a pickup point near you.",
    '虽然这款暂时不支持货到付款，但是可以用分期付款哦。',
    // A refusal done well: apologised for, explained, and leading to what can be done.
    "I'm sorry, refunding order 12345 isn't possible because it is past our 30-day window; what I can do is offer store credit.",
    "Sorry, the parcel left our depot this morning, so we can't change the address, but we can ask the courier to hold it.",
    "I'm sorry, delivering on Sunday isn't possible because the courier doesn't run that day.",
    '非常抱歉，因为订单已经出库，地址无法修改，不过可以帮您联系快递员改派。',
    '非常抱歉，由於商品已經拆封，無法退貨，不過可以為您安排保固維修。',
    // Honest hedges: what absolute-promise asks for.
    "We can't make any promises about restock dates, but we'll email you when it's back.",
    '具体到货时间我们无法确定，到货后会第一时间通知您。',
    '这个小妹不能完全跟您保证，但会尽力帮您催促。',
    // Warmth and apologies that contain "couldn't".
    'I could not agree more, the new layout is much easier to use.',
    "Sorry I couldn't be of more help today. Have a lovely weekend!",
    // Conduct the company stands against refuses the customer nothing.
    "We don't allow harassment of our drivers, so thank you for reporting it.",
    // Reported events, questions, cautions and the customer's own difficulty.
    '快递员反馈无法联系到您，麻烦您留一个备用电话。',
    '无法登录的时候有什么提示呢？',
    '您那边无法付款是吗？可以换一张银行卡试试。',
    '温馨提示：订单一旦取消就无法恢复，请您确认后再操作哦。',
    '如果喜欢可以早点下单，以免缺货导致无法购买哦。',
    '亲，雨天路况不好，包裹预计今天可能无法送达，明天上午会优先派送。',
    '您的包裹在转运中心，今天无法到货，预计明天上午送到。',
    '这边帮您联系站点备注，不过可能无法修改成功，有结果马上告诉您。',
    '快递今天到不了您那边，预计明天中午前送达。',
    '这款外套能不能机洗呢？',
    '这款面料没得说，质量很好的。',
    '商家因为什么不给您退货的呢？麻烦您发一下截图。',
    "Don't worry, we're not going to charge you twice.",
    "Your card won't be charged until the parcel ships.",
    // Our own words not repeated are no refusal of a service (impatience, if anything).
    "I won't repeat the steps here, they're in the guide I linked.",
    "I'm not going to go over the steps again, they're in the guide.",
    // A payment declined or an API rejecting calls is an event, not our refusal.
    'Your card was declined by the bank, so please try another one.',
    'The requests were rejected by the API because the key had expired.',
    // Values, reassurance, a plan and a time condition refuse nothing.
    'We refuse to compromise on the quality of our coffee beans.',
    'A mix-up like this is not going to happen again.',
    "Thanks, can't thank you enough.",
    'If we decline the claim, you can appeal within 14 days.',
    "Your refund won't be issued until the item reaches us.",
    // 不会 ruling out a bad outcome reassures; 拒绝 said by the customer or as a slogan refuses nothing of ours.
    '放心，不会给您添麻烦的。',
    '这个是不会发错的。',
    '价格不会改变。',
    '洗了也不会退色的，放心。',
    '您的订单不会被取消。',
    '您拒绝签收的话包裹会退回。',
    '拒绝假货，只卖正品。',
    // 没门店 / 标准到 are other words; a product that won't work with a model is a fact; a bad event ruled out.
    '我们这边没门店哦，都是线上发货。',
    'This charger won\'t work with phones older than 2018.',
    'If restarting won\'t work, give us a call.',
    "Don't worry, the double charge is not happening again.",
    // 退 as fading, and 不会 after a reassurance: worries ruled out.
    '颜色是不会退的，可以放心机洗。',
    '放心，会员积分不会退回的。',
    // 无法 inside 并无 + 法律: no refusal.
    '这张截图并无法律效力，请以电子发票为准。',
  ],
  invalid: [
    // 一般来说 frames our own words: still our refusal.
    {text: '一般来说这个颜色换不了哦', findings: 1},
    // A policy about the product is still ours to say kindly.
    {text: '这款耳机不能退货哦', findings: 1},
    {text: '这款耳机不支持七天无理由退货哦', findings: 1},
    // The limit is said plainly, the reason kept, and what is offered left for the writer to fill in.
    {
      text: 'We can\'t refund order 12345 because it is past 30 days.',
      findings: [{actual: "We can't", suggestion: "I'm sorry, refunding order 12345 isn't possible because it is past 30 days; what I can do is [what you can offer instead]"}],
    },
    {
      text: "I'm unable to cancel order #5521 because it has already been packed.",
      findings: [{suggestion: "I'm sorry, canceling order #5521 isn't possible because it has already been packed; what I can do is [what you can offer instead]"}],
    },
    // No reason in the reply: the writer fills one in too.
    {
      text: "Hi Maria, we can't unlock a phone that's still under contract.",
      findings: [{line: 1, column: 11, actual: "we can't", language: 'en', suggestion: "I'm sorry, unlocking a phone that's still under contract isn't possible because [reason]; what I can do is [what you can offer instead]"}],
    },
    {text: "I won't be able to waive the late fee this month.", findings: [{actual: "I won't", suggestion: "I'm sorry, waiving the late fee this month isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: 'Unfortunately, we cannot assist with mortgage questions over social media.', findings: [{actual: 'we cannot', suggestion: "I'm sorry, assisting with mortgage questions over social media isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: "I'm afraid we can't ship to that address.", findings: [{actual: "we can't", suggestion: "I'm sorry, shipping to that address isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: "We don't do price matching, sorry.", findings: [{actual: "We don't do", suggestion: "I'm sorry, price matching isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    // An alternative the reply already offers is kept and nothing is made up.
    {
      text: "Thanks for your message. We can’t offer a refund on sale items, but you're welcome to exchange it for store credit.",
      findings: [{actual: 'We can’t', suggestion: "I'm sorry, offering a refund on sale items isn't possible because [reason], but you're welcome to exchange it for store credit"}],
    },
    // The cause that leads the sentence keeps its place; the apology goes after the greeting.
    {
      text: "Hi Jordan, the parcel left our warehouse on 3 May, so we can't change the delivery address now.",
      findings: [{suggestion: "I'm sorry, the parcel left our warehouse on 3 May, so changing the delivery address now isn't possible; what I can do is [what you can offer instead]"}],
    },
    // Paraphrases without can't / unable.
    {text: "That won't be possible, sorry.", findings: [{actual: "won't be possible", suggestion: "I'm sorry, that isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: "We're not in a position to offer compensation for the delay.", findings: [{actual: "We're not in a position to"}]},
    {text: "That's not something our team handles.", findings: [{actual: "'s not something our team handles"}]},
    {text: "There's no way to recover a deleted account.", findings: [{actual: "There's no way", suggestion: "I'm sorry, recovering a deleted account isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: "I won't.", findings: [{actual: "I won't", suggestion: "I'm sorry, that isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: 'Our store will not reissue vouchers.', findings: [{actual: 'Our store will not'}]},
    {text: "I'm not allowed to share another customer's tracking details.", findings: 1},
    {text: 'lol the listing says no returns', findings: [{actual: 'no returns'}]},
    // The refusal is the main clause, not the concession.
    {text: "Although we'd like to, we can't waive the fee.", findings: [{actual: "we can't"}]},
    {text: "While we can't refund it, we're sorry.", findings: 1},
    {text: '虽然理解您的心情，但是这个确实无法退。', findings: [{actual: '无法'}]},
    {text: '温馨提示：这款商品拆封后不支持退货哦。', findings: [{actual: '不支持'}]},
    {text: '您好，赠品不支持单独退换哦。', findings: [{actual: '不支持', suggestion: '非常抱歉，因为[原因]，赠品不支持单独退换，不过可以为您[可以提供的方案]'}]},
    {text: '小妹这边无法修改发票抬头哦。', findings: [{actual: '无法', suggestion: '非常抱歉，因为[原因]，小妹这边无法修改发票抬头，不过可以为您[可以提供的方案]'}]},
    {text: '抱歉，我們這邊無法更改收件地址喔。', findings: [{actual: '無法', language: 'zh-Hant', suggestion: '因為[原因]，我們這邊無法更改收件地址，不過可以為您[可以提供的方案]'}]},
    {text: '不支持哦亲', findings: [{actual: '不支持'}]},
    // Resultatives, bare 不能 / 不可能 and 没办法 + verb, in both scripts.
    {text: '亲，顺丰我们这边发不了哦。', findings: [{actual: '发不了', suggestion: '非常抱歉，因为[原因]，顺丰我们这边无法发货，不过可以为您[可以提供的方案]'}]},
    {text: '这款手机壳弄不来定制图案的亲', findings: [{actual: '弄不来', suggestion: '非常抱歉，因为[原因]，这款手机壳无法做定制图案，不过可以为您[可以提供的方案]'}]},
    {text: '亲亲，订单已经出库了，地址修改不了哦', findings: [{actual: '修改不了', suggestion: '非常抱歉，地址无法修改，不过可以为您[可以提供的方案]'}]},
    {text: '这个价格真的办不到', findings: [{actual: '办不到', suggestion: '非常抱歉，因为[原因]，这个价格真的无法办到，不过可以为您[可以提供的方案]'}]},
    {text: '不能哦亲，活动价已经是最低了', findings: [{actual: '不能', suggestion: '非常抱歉，这个我们这边无法做到，活动价已经是最低了，不过可以为您[可以提供的方案]'}]},
    {text: '亲，这个价格不可能的', findings: [{actual: '不可能', suggestion: '非常抱歉，因为[原因]，这个价格我们这边无法做到，不过可以为您[可以提供的方案]'}]},
    {text: '这个优惠券没办法给您补发了', findings: [{actual: '没办法', suggestion: '非常抱歉，因为[原因]，这个优惠券无法为您补发，不过可以为您[可以提供的方案]'}]},
    {text: '這款耳機退不了喔，已經拆封了。', findings: [{actual: '退不了', language: 'zh-Hant', suggestion: '非常抱歉，這款耳機無法退，已經拆封了，不過可以為您[可以提供的方案]'}]},
    {text: '不可以的喔，這是特價商品', findings: [{actual: '不可以'}]},
    {text: '實在沒辦法幫您改成宅配', findings: [{actual: '沒辦法', suggestion: '非常抱歉，因為[原因]，實在無法幫您改成宅配，不過可以為您[可以提供的方案]'}]},
    // An alternative the reply offers is kept; no placeholder is needed.
    {text: '您好，您的订单28391已经发货，没办法帮您改地址，可以帮您联系快递员改派。', findings: [{actual: '没办法', suggestion: '非常抱歉，无法帮您改地址'}]},
    {text: "Unfortunately I'm unable to cancel order #48213 because it has already been packed.", findings: 1},
    {text: "We won't be refunding this order.", findings: [{suggestion: "I'm sorry, refunding this order isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: 'Sorry, can\'t do that on a Saturday order.', findings: [{actual: "can't do that", suggestion: "that isn't possible on a Saturday order because [reason]; what I can do is [what you can offer instead]"}]},
    {text: '这个我们真是没辙了', findings: [{actual: '没辙', suggestion: '非常抱歉，因为[原因]，这个我们这边无法做到，不过可以为您[可以提供的方案]'}]},
    {text: '实在是无能为力', findings: [{actual: '无能为力'}]},
    {text: '本店食品恕不退換，請見諒。', findings: [{actual: '恕不', language: 'zh-Hant'}]},
    {text: '我们这边不能操作退款哦', findings: [{actual: '不能操作'}]},
    {text: "Sorry, that's not my department.", findings: [{actual: 'not my department'}]},
    {text: "There's nothing I can do about the exchange rate.", findings: [{suggestion: "I'm sorry, the exchange rate isn't something I can change because [reason]; what I can do is [what you can offer instead]"}]},
    {text: "It's impossible to recover chats once they've been deleted.", findings: [{actual: 'impossible', suggestion: "I'm sorry, recovering chats once they've been deleted isn't possible; what I can do is [what you can offer instead]"}]},
    {text: "No way we can refund a ticket that's already been scanned.", findings: 1},
    {text: "The app doesn't support exporting to Excel.", findings: [{actual: "doesn't support"}]},
    {text: '您的订单我这边查不到。', findings: [{actual: '查不到', language: 'zh-Hans', suggestion: '非常抱歉，因为[原因]，您的订单我这边无法查到，不过可以为您[可以提供的方案]'}]},
    {text: '亲，这个不行哦，已经发货了。', findings: [{actual: '不行'}]},
    {text: '这个不归我管，您找售后吧。', findings: [{actual: '不归我管'}]},
    {text: '抱歉，這個我們沒辦法處理。', findings: [{actual: '沒辦法', language: 'zh-Hant', suggestion: '因為[原因]，這個我們無法處理，不過可以為您[可以提供的方案]'}]},
    // Refused by a predicate rather than by "can't": the refused thing is said plainly as the limit.
    {text: 'A refund on clearance items is out of the question.', findings: [{actual: 'is out of the question', suggestion: "I'm sorry, a refund on clearance items isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: 'Returns are out of the question once the seal is broken.', findings: [{suggestion: "I'm sorry, returns aren't possible once the seal is broken; what I can do is [what you can offer instead]"}]},
    {text: 'Swapping the seats to the front row is not going to happen.', findings: [{suggestion: "I'm sorry, swapping the seats to the front row isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    // A refusal verb with the customer's request as object or passive subject.
    {text: 'We must decline your request for a second free sample.', findings: [{actual: 'We must decline', suggestion: "I'm sorry, a second free sample isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: 'Your application to upgrade the plan was rejected.', findings: [{actual: 'was rejected', suggestion: "I'm sorry, upgrading the plan isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: 'Our supervisor turned down your claim.', findings: [{suggestion: "I'm sorry, approving your claim isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: 'The technicians refuse to install units above the third floor.', findings: [{suggestion: "I'm sorry, installing units above the third floor isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    // The service's passive future denied: "won't be scheduled" becomes the plain limit "can't be scheduled".
    {text: "A courtesy call won't be scheduled for this ticket.", findings: [{actual: "won't be scheduled", suggestion: "I'm sorry, a courtesy call can't be scheduled for this ticket because [reason]; what I can do is [what you can offer instead]"}]},
    // Subjectless "can't": the writer is the one refusing; a curt "Nah," goes.
    {text: "Sorry, can't ship this to Norway.", findings: [{actual: "can't", suggestion: "shipping this to Norway isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: "Nah, can't swap the colour now.", findings: [{suggestion: "I'm sorry, swapping the colour now isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    // 不会 + the service the customer asked for, with 是…的 emphasis or for the customer (帮您).
    {text: '这款耳机的包装盒是不会给补寄的。', findings: [{actual: '不会', suggestion: '非常抱歉，因为[原因]，这款耳机的包装盒无法补寄，不过可以为您[可以提供的方案]'}]},
    {text: '我们不会帮您更改收货时间。', findings: [{actual: '不会', suggestion: '非常抱歉，因为[原因]，我们无法帮您更改收货时间，不过可以为您[可以提供的方案]'}]},
    {text: '这双鞋的运费是不会退的哦。', findings: [{actual: '不会', suggestion: '非常抱歉，因为[原因]，这双鞋的运费无法退，不过可以为您[可以提供的方案]'}]},
    {text: '小店拒绝砍价的亲。', findings: [{actual: '拒绝'}]},
    {text: '活动已经截止，不能再领优惠券了。', findings: [{actual: '不能再领'}]},
    // A claim declined: what is refused is its approval; who declined it, when said, stays as written.
    {text: 'We declined your claim for the scratched lens.', findings: [{suggestion: "I'm sorry, approving your claim for the scratched lens isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: 'Your request to pause the plan was turned down by the insurer.', findings: [{suggestion: "I'm sorry, your request to pause the plan was turned down by the insurer because [reason]; what I can do is [what you can offer instead]"}]},
    // More predicates that rule the request out: off the table, not happening, won't work, no chance of getting it.
    {text: 'Free upgrades are off the table for this fare.', findings: [{suggestion: "I'm sorry, free upgrades aren't possible for this fare because [reason]; what I can do is [what you can offer instead]"}]},
    {text: 'Sorry, a second voucher is not happening.', findings: [{actual: 'is not happening'}]},
    {text: "Changing the pickup time to 7pm won't work.", findings: [{actual: "won't work", suggestion: "I'm sorry, changing the pickup time to 7pm isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: "There's no chance of getting the launch price again.", findings: [{suggestion: "I'm sorry, getting the launch price again isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: "Unlocking an old account isn't something I'm allowed to do.", findings: 1},
    // 给您 is done for the customer, not by them; 是不会给的; 不可能了; slang doors; 拒绝 closing the clause; Taiwanese 不支援.
    {text: '给您补运费是没办法的。', findings: [{actual: '没办法'}]},
    {text: '单独补发配件是不会给的。', findings: [{actual: '不会'}]},
    {text: '过了三十天再换货不可能了哦。', findings: [{actual: '不可能'}]},
    {text: '想要折扣？没门。', findings: [{actual: '没门', suggestion: '非常抱歉，因为[原因]，这个我们这边无法做到，不过可以为您[可以提供的方案]'}]},
    {text: '改約時間？免談。', findings: [{actual: '免談', language: 'zh-Hant'}]},
    {text: '这个退款要求我们拒绝。', findings: [{actual: '拒绝', suggestion: '非常抱歉，因为[原因]，这个退款要求我们这边无法做到，不过可以为您[可以提供的方案]'}]},
    {text: '您要的到府安裝我們不支援。', findings: [{actual: '不支援'}]},
    // 拒绝 from our side: blunt however it is wrapped.
    {text: '本店拒绝您的退款申请。', findings: [{actual: '拒绝', suggestion: '非常抱歉，因为[原因]，本店无法通过您的退款申请，不过可以为您[可以提供的方案]'}]},
    {text: '抱歉，我們拒絕重寄，因為包裹已經簽收了，歡迎再聯絡。', findings: [{actual: '拒絕', language: 'zh-Hant', suggestion: '我們無法重寄'}]},
    // 不能 + an adverb before the service, after a cause.
    {text: '快递已经签收了，所以不能重发。', findings: [{actual: '不能重发', suggestion: '非常抱歉，所以无法重发，不过可以为您[可以提供的方案]'}]},
    // The refusal doubled for emphasis is one plain limit, not "无法就是不能".
    {text: '不能就是不能。', findings: [{suggestion: '非常抱歉，因为[原因]，这个我们这边无法做到，不过可以为您[可以提供的方案]'}]},
    {text: '這個不行就是不行。', findings: 2},
    {text: '特價品不可以退貨喔。', findings: [{actual: '不可以', suggestion: '非常抱歉，因為[原因]，特價品無法退貨，不過可以為您[可以提供的方案]'}]},
  ],
})
