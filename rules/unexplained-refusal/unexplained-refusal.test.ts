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
  ],
  invalid: [
    {
      text: "Sorry, that's not my department.",
      findings: [{actual: 'not my department', language: 'en', suggestion: "that's not my department because [reason]"}],
    },
    {text: "We don't do price matching.", findings: [{actual: "We don't do", suggestion: "We don't do price matching because [reason]"}]},
    {text: "Hi Tom, we can't offer a refund on sale items. You're welcome to exchange it for store credit.", findings: 1},
    {text: "While we can't help with account questions here, you can reach us through the help centre.", findings: [{actual: "we can't"}]},
    {text: 'I am afraid the app does not support exporting to Excel.', findings: [{actual: 'does not support'}]},
    {text: '这个不归我管，您找售后吧。', findings: [{actual: '不归我管', language: 'zh-Hans', suggestion: '因为[原因]，这个不归我管'}]},
    {text: '亲，这个价格做不到哦。', findings: [{actual: '做不到'}]},
    {text: '抱歉，這個我們沒辦法處理。', findings: [{actual: '沒辦法', language: 'zh-Hant', suggestion: '因為[原因]，這個我們沒辦法處理'}]},
    {text: '您好，赠品不支持单独退换哦。', findings: [{actual: '不支持'}]},
    // Chat messages run together with spaces: the reason goes with the refusing message.
    {text: '帮您查过了 赠品不可以单独退哦 还有其他问题吗', findings: [{actual: '不可以', suggestion: '因为[原因]，赠品不可以单独退哦'}]},
  ],
})
