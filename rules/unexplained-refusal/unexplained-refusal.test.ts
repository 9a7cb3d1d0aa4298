import rule from './index.js'
import {RuleTester} from '../../src/testing/rule-tester.js'

new RuleTester().run(rule, {
  valid: [
    // A reason, anywhere in the reply.
    "We can't change the delivery address because the parcel has already left our depot.",
    "We can't refund a ticket that has been scanned. Our policy is that a scanned ticket counts as used.",
    "For your security, we can't share account details over chat.",
    "We can't unlock the phone as it is still under contract.",
    "I'm unable to cancel the order since it has been packed. I can set up a free return instead.",
    // No refusal at all.
    "I can't wait to hear how you like it!",
    "If we can't fix it remotely, we'll send an engineer.",
    "We can't make any promises on timing, but we'll keep you posted.",
    'No problem at all! Your new address is saved.',
    // The customer's difficulty, not ours.
    "If you can't find the confirmation email, please check your spam folder.",
    '由于订单已经出库，这边无法帮您修改地址，我们可以帮您联系快递员改派。',
    '根据平台规定，定制商品不支持七天无理由退货。',
    '因為包裹已經寄出，地址沒辦法修改了。',
    '具体到货时间我们无法确定，到货后会第一时间通知您。',
    '您好，您这边无法登录是吗？麻烦您先清理一下缓存再试试。',
    '定制商品拆封之后不支持退货，质量问题可以免费维修。',
    "I'm sorry, refunding order 12345 isn't possible because it is past our 30-day window.",
    '非常抱歉，因为订单已经出库，地址无法修改，不过可以帮您联系快递员改派。',
  ],
  invalid: [
    {
      text: "Sorry, that's not my department.",
      findings: [{actual: 'not my department', language: 'en', suggestion: 'this is handled by another team; what I can do is [how you can connect them with that team]'}],
    },
    // The same honest rewrite as negative-language gives, with the reason to fill in.
    {text: "We don't do price matching.", findings: [{actual: "We don't do", suggestion: "I'm sorry, price matching isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: "That won't be possible.", findings: [{actual: "won't be possible", suggestion: "I'm sorry, that isn't possible because [reason]; what I can do is [what you can offer instead]"}]},
    {text: '顺丰我们这边发不了哦', findings: [{actual: '发不了', suggestion: '非常抱歉，因为[原因]，顺丰我们这边无法发货，不过可以为您[可以提供的方案]'}]},
    // A concession already leads to what can be done: only the reason is missing.
    {text: "While we can't refund sale items, you can exchange them for store credit.", findings: [{actual: "we can't", suggestion: "While we can't refund sale items because [reason]"}]},
    {text: "Hi Tom, we can't offer a refund on sale items. You're welcome to exchange it for store credit.", findings: 1},
    {text: "While we can't help with account questions here, you can reach us through the help centre.", findings: [{actual: "we can't"}]},
    {text: 'I am afraid the app does not support exporting to Excel.', findings: [{actual: 'does not support'}]},
    {text: '这个不归我管，您找售后吧。', findings: [{actual: '不归我管', language: 'zh-Hans', suggestion: '非常抱歉，这个问题由其他部门负责'}]},
    {text: '亲，这个价格做不到哦。', findings: [{actual: '做不到'}]},
    {text: '抱歉，這個我們沒辦法處理。', findings: [{actual: '沒辦法', language: 'zh-Hant', suggestion: '因為[原因]，這個我們無法處理，不過可以為您[可以提供的方案]'}]},
    {text: '您好，赠品不支持单独退换哦。', findings: [{actual: '不支持'}]},
    // Chat messages run together with spaces: the reason goes with the refusing message.
    {text: '帮您查过了 赠品不可以单独退哦 还有其他问题吗', findings: [{actual: '不可以', suggestion: '非常抱歉，因为[原因]，赠品无法单独退，不过可以为您[可以提供的方案]'}]},
  ],
})
