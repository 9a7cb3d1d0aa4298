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
  ],
  invalid: [
    {
      text: "Hi Maria, we can't unlock a phone that's still under contract.",
      findings: [{line: 1, column: 11, actual: "we can't", language: 'en', suggestion: "let's see what we can do for you"}],
    },
    {text: "I won't be able to waive the late fee this month.", findings: [{actual: "I won't"}]},
    {text: "We don't do price matching, sorry.", findings: [{actual: "We don't do"}]},
    {text: "Unfortunately I'm unable to cancel order #48213 because it has already been packed.", findings: 1},
    {text: "Sorry, that's not my department.", findings: [{actual: 'not my department'}]},
    {text: "There's nothing I can do about the exchange rate.", findings: 1},
    {text: "It's impossible to recover chats once they've been deleted.", findings: [{actual: 'impossible'}]},
    {text: "No way we can refund a ticket that's already been scanned.", findings: 1},
    {text: "The app doesn't support exporting to Excel.", findings: [{actual: "doesn't support"}]},
    {text: 'We can’t offer a refund on sale items.', findings: [{actual: 'We can’t', column: 1}]},
    {text: '您的订单我这边查不到。', findings: [{actual: '查不到', language: 'zh-Hans', suggestion: '这边帮您看看能怎么处理'}]},
    {text: '亲，这个不行哦，已经发货了。', findings: [{actual: '不行'}]},
    {text: '这个不归我管，您找售后吧。', findings: [{actual: '不归我管'}]},
    {text: '抱歉，這個我們沒辦法處理。', findings: [{actual: '沒辦法', language: 'zh-Hant', suggestion: '這邊幫您看看能怎麼處理'}]},
    {text: '特價品不可以退貨喔。', findings: [{actual: '不可以'}]},
  ],
})
