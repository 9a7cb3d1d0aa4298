import rule from './index.js'
import {RuleTester} from '../../src/testing/rule-tester.js'

new RuleTester().run(rule, {
  valid: [
    "I can't wait to hear how you like it!",
    'No problem at all! Your new address is saved.',
    "There's no charge for returns within 30 days.",
    "If you can't find the confirmation email, please check your spam folder.",
    "If we can't fix it remotely, we'll send an engineer.",
    "We won't charge you for the replacement.",
    "Don't worry, we can't thank you enough for your patience.",
    'You wrote "I can\'t log in since the update", so let\'s fix that.',
    'This in no way affects your warranty.',
    '没问题，已经帮您改好地址了😊',
    '不客气，祝您购物愉快～',
    '如果这个尺码不行的话，我们可以免费帮您换一个。',
    '如果您在App里查不到物流信息，可以把订单号发给我们。',
    '您提到“App没办法登录”，麻烦您先更新到最新版本再试一下哦。',
    '如果還是無法上網，請將數據機重新開機後再試一次。',
    // A concession that leads to what can be done.
    "While we can't issue refunds through chat, you can request one from your order page.",
    "Although we don't ship to PO boxes, we can send it to a pickup point near you.",
    '虽然这款暂时不支持货到付款，但是可以用分期付款哦。',
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
    // 无法 inside 并无 + 法律: no refusal.
    '这张截图并无法律效力，请以电子发票为准。',
  ],
  invalid: [
    // The reason leads when the refusal gives one; a pronoun is no topic; a short topic is kept.
    {text: "I'm unable to cancel order #5521 because it has already been packed.", findings: [{suggestion: "It has already been packed, so let's look at the options for canceling order #5521"}]},
    {text: "Sorry, I can't do anything about it.", findings: [{suggestion: "let's see what we can do for you"}]},
    {text: '抱歉，我們這邊沒辦法幫您改地址。', findings: [{language: 'zh-Hant', suggestion: '關於改地址，這邊幫您看看有什麼辦法'}]},
    {text: '不好意思，这边无法退运费的哦', findings: [{suggestion: '关于退运费，这边帮您看看有什么办法'}]},
    {
      text: "Hi Maria, we can't unlock a phone that's still under contract.",
      findings: [{line: 1, column: 11, actual: "we can't", language: 'en', suggestion: "let's look at the options for unlocking a phone that's still under contract"}],
    },
    {text: "I won't be able to waive the late fee this month.", findings: [{actual: "I won't", suggestion: "Let's look at the options for waiving the late fee this month"}]},
    {text: 'Unfortunately, we cannot assist with mortgage questions over social media.', findings: [{actual: 'we cannot', suggestion: "Let's look at the options for mortgage questions over social media"}]},
    {text: "I'm afraid we can't ship to that address.", findings: [{actual: "we can't", suggestion: "Let's look at the options for shipping to that address"}]},
    // The refusal is the main clause, not the concession.
    {text: "Although we'd like to, we can't waive the fee.", findings: [{actual: "we can't"}]},
    {text: "While we can't refund it, we're sorry.", findings: 1},
    {text: '虽然理解您的心情，但是这个确实无法退。', findings: [{actual: '无法'}]},
    {text: '温馨提示：这款商品拆封后不支持退货哦。', findings: [{actual: '不支持'}]},
    {text: '您好，赠品不支持单独退换哦。', findings: [{actual: '不支持'}]},
    // The topic is kept when nothing but "we / on our side" stands before the refusal.
    {text: '小妹这边无法修改发票抬头哦。', findings: [{actual: '无法', suggestion: '关于修改发票抬头，这边帮您看看有什么办法'}]},
    {text: '抱歉，我們這邊無法更改收件地址喔。', findings: [{actual: '無法', language: 'zh-Hant', suggestion: '關於更改收件地址，這邊幫您看看有什麼辦法'}]},
    {text: '不支持哦亲', findings: [{actual: '不支持', suggestion: '非常抱歉，这边帮您看看还有什么其他办法'}]},
    {text: "We don't do price matching, sorry.", findings: [{actual: "We don't do", suggestion: "Let's look at the options for price matching"}]},
    {text: "Unfortunately I'm unable to cancel order #48213 because it has already been packed.", findings: 1},
    {text: "Sorry, that's not my department.", findings: [{actual: 'not my department'}]},
    {text: "There's nothing I can do about the exchange rate.", findings: 1},
    {text: "It's impossible to recover chats once they've been deleted.", findings: [{actual: 'impossible', suggestion: "Let's look at the options for recovering chats once they've been deleted"}]},
    {text: "No way we can refund a ticket that's already been scanned.", findings: 1},
    {text: "The app doesn't support exporting to Excel.", findings: [{actual: "doesn't support", suggestion: "Let's look at the options for exporting to Excel"}]},
    {text: 'We can’t offer a refund on sale items.', findings: [{actual: 'We can’t', column: 1, suggestion: "Let's look at the options for a refund on sale items"}]},
    {text: '您的订单我这边查不到。', findings: [{actual: '查不到', language: 'zh-Hans', suggestion: '这边帮您看看能怎么处理'}]},
    {text: '亲，这个不行哦，已经发货了。', findings: [{actual: '不行'}]},
    {text: '这个不归我管，您找售后吧。', findings: [{actual: '不归我管'}]},
    {text: '抱歉，這個我們沒辦法處理。', findings: [{actual: '沒辦法', language: 'zh-Hant', suggestion: '這邊幫您看看能怎麼處理'}]},
    {text: '特價品不可以退貨喔。', findings: [{actual: '不可以'}]},
  ],
})
