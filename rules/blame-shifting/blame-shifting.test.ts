import rule from './index.js'
import {RuleTester} from '../../src/testing/rule-tester.js'

new RuleTester().run(rule, {
  valid: [
    // Neutral facts about another party
    'The courier will bring your parcel on Monday between 9 am and 1 pm.',
    "The driver couldn't get a signature, so the parcel is at the Hill Road pickup point.",
    'Your bank may take 3–5 working days to show the refund.',
    // Owning the problem, even when a party is named
    'Our warehouse packed the wrong size, sorry about that; the right one ships today.',
    'The courier left it at the wrong house. Sorry for the trouble, we have sent a replacement.',
    "It isn't the driver's fault; we gave him the wrong address, and we're sorry.",
    // The customer is not blamed
    'The code you entered has expired, so here is a fresh one.',
    "If you entered the wrong address, just reply and we'll update it.",
    'It looks like the card number may have a typo; could you check the last four digits?',
    'Did you forget your password? Here is how to reset it.',
    "It's not your fault at all, and we're sorry for the confusion.",
    'You should have received a confirmation email with the tracking link.',
    "Don't forget to bring the receipt when you visit the store.",
    // A quote of the customer
    'You wrote "the courier must have lost it", so we have opened a trace with them.',
    {text: 'Thanks for choosing DHL Express.', options: {parties: ['DHL']}},
    // Chinese
    '快递小哥正在派送中，今天就能送到，我们也会帮您持续关注。',
    '我们核对了一下，是我们仓库发错了尺码，非常抱歉！这边马上给您补发。',
    '不是您的问题，是我们这边处理慢了，给您添麻烦了。',
    '如果是快递的问题，我们会帮您向快递公司索赔。',
    '您是不是记错了订单号呢？麻烦您再核对一下。',
    '请问您填错的地址离收货地址远吗？',
    '如果您忘记了密码，可以点击“忘记密码”重新设置。',
    '亲，别忘了确认收货哦～',
    '難怪您著急，非常抱歉讓您久等了。',
    '请问是物流的问题吗？这边帮您查一下。',
    '您可能把手机号填错了一位，麻烦您再核对一下。',
    '发票是商家开具的，这边帮您联系商家补开。',
    'Please post the return to the seller, not us, so it reaches them faster.',
  ],
  invalid: [
    {
      text: "Sorry, it's the carrier's fault, they lost it.",
      findings: [{actual: "the carrier's fault", language: 'en', suggestion: "we're sorry about the mix-up, and we'll put it right for you"}],
    },
    {text: 'The hold-up is on their end, so you will have to wait.', findings: [{actual: 'hold-up is on their end'}]},
    {text: 'Your bank rejected it. That is their problem, not ours.', findings: 1},
    {text: 'The warehouse always sends the wrong colour.', findings: [{actual: 'The warehouse always sends the wrong'}]},
    {text: 'Your local branch gave you the wrong leaflet.', findings: 1},
    {text: "That wasn't us, the system did it.", findings: [{actual: "That wasn't us"}]},
    {text: "It isn't our fault that the payment bounced.", findings: [{actual: "isn't our fault"}]},
    {text: 'You typed the wrong postcode, which is why it came back.', findings: [{actual: 'You typed the wrong postcode'}]},
    {text: 'You forgot to attach the receipt, so we could not refund you.', findings: [{actual: 'You forgot to'}]},
    {text: "You should've checked the size guide first.", findings: 1},
    {text: "Honestly, that's user error.", findings: [{actual: 'user error'}]},
    {text: 'Complain to the courier, not us.', findings: 1},
    {text: 'Your card issuer is the one declining it, not us.', findings: [{actual: ', not us'}]},
    {text: 'DHL always loses parcels around Christmas.', options: {parties: ['DHL']}, findings: [{actual: 'DHL always loses'}]},
    {text: '这是快递公司的问题，您找他们吧。', findings: [{actual: '是快递公司的问题', language: 'zh-Hans', suggestion: '给您添麻烦了，这边马上帮您处理'}]},
    {text: '肯定是仓库那边拿错了货。', findings: [{actual: '肯定是仓库那边拿错'}]},
    {text: '他们老是送错，我们也没办法。', findings: [{actual: '他们老是送错'}]},
    {text: '这个跟我们店没有任何关系。', findings: [{actual: '跟我们店没有任何关系'}]},
    {text: '又不是我们发错的，您去问厂家。', findings: 1},
    {text: '您自己没仔细看活动规则。', findings: [{actual: '您自己没仔细看'}]},
    {text: '是你自己把电话号码留错了。', findings: [{actual: '你自己把电话号码留错了'}]},
    {text: '你肯定记错了，我们没发过这个券。', findings: [{actual: '你肯定记错了'}]},
    // Neighbouring clauses that carry the same blame are one finding, rewritten together.
    {text: '這是財務部門的事，跟我們沒關係。', findings: [{actual: '這是財務部門的事', language: 'zh-Hant', suggestion: '給您添麻煩了，這邊馬上幫您處理'}]},
    {text: '问题不在我们这边，是快递耽误了。', findings: [{actual: '问题不在我们', suggestion: '非常抱歉给您添麻烦了，这边马上帮您处理'}]},
    {text: '您当时没有仔细核对收货地址。', findings: [{actual: '您当时没有仔细核对'}]},
    {text: '系統出錯了，不是我們的錯。', findings: [{actual: '不是我們的錯', language: 'zh-Hant'}]},
    {text: '都怪順豐，送得太慢。', options: {parties: ['顺丰']}, findings: [{actual: '怪順豐'}]},
  ],
})
