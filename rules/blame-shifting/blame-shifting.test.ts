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
      findings: [{actual: "the carrier's fault", language: 'en', suggestion: "We're sorry about the mix-up, and we'll put it right for you"}],
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

    // Rewrites cover what only carries the blame further, so nothing is left dangling.
    {text: "That's the parcel depot's fault, not ours.", findings: [{suggestion: "We're sorry about the mix-up, and we'll put it right for you"}]},
    {text: 'The mix-up was made by the carrier, not by us.', findings: [{suggestion: "We're sorry about the trouble, and we'll put it right for you"}]},
    {text: 'Not our fault, the courier lost it.', findings: [{suggestion: "We're sorry about the trouble, and we'll put it right for you"}]},
    {text: "Well, that's the installer's fault, I'm afraid.", findings: [{suggestion: "We're sorry about the mix-up, and we'll put it right for you"}]},
    {text: 'The supplier must have damaged it, we only sell it.', findings: [{suggestion: "We're sorry about the mix-up, and we'll put it right for you"}]},
    {text: 'It was the bank’s error, so there is nothing more we can say.', findings: [{suggestion: "We're sorry about the mix-up, and we'll put it right for you"}]},
    // …the next sentence too, when it only sends the customer to the other party.
    {text: "It's the carrier's fault. Please contact them directly.", findings: [{suggestion: "We're sorry about the mix-up, and we'll put it right for you"}]},
    // An effect of the blame is kept, and apologised for.
    {text: 'You typed your postcode wrong, that is why the label failed.', findings: [{suggestion: "It looks like the details didn't match, so the label failed; let's correct them together"}]},
    {text: 'You picked the wrong plan, so of course you were charged twice.', findings: [{suggestion: "It looks like the details didn't match, so you were charged twice; let's correct them together"}]},
    {text: 'The depot keeps mixing up the labels, which is why you got two.', findings: [{suggestion: "We're sorry you got two, and we'll put it right for you"}]},
    {text: 'You should have measured the door first, that is why the sofa does not fit.', findings: [{suggestion: "We're sorry the sofa does not fit; let me walk you through the details so we can sort this out"}]},
    {text: "You didn't read the booking terms, which is why the fee applied.", findings: [{suggestion: "We're sorry the fee applied; let me go over the key details with you"}]},
    {text: 'You never told us about the step-free access, so we could not plan for it.', findings: [{suggestion: "Thanks for letting us know, and we'll take it from here"}]},
    // A clause of our own stays; the rewrite follows as a sentence.
    {text: 'We looked at the photos and the courier left it at the wrong door.', findings: [{suggestion: ". We're sorry about the mix-up, and we'll put it right for you"}]},
    {text: 'Your parcel is late because the carrier messed up, not because of us.', findings: [{suggestion: ". We're sorry about the mix-up, and we'll put it right for you"}]},
    {text: 'I checked the order, but it is the warehouse’s mistake.', findings: [{suggestion: ". We're sorry about the mix-up, and we'll put it right for you"}]},
    // Chinese, Simplified and Traditional
    {text: '是物流那边的问题，我们也没办法。', findings: [{suggestion: '给您添麻烦了，这边马上帮您处理'}]},
    {text: '是仓库系统的错，您直接联系仓库吧。', findings: [{suggestion: '给您添麻烦了，这边马上帮您处理'}]},
    {text: '都怪快递，送得也太慢了。', findings: [{suggestion: '给您添麻烦了，这边马上帮您处理'}]},
    {text: '是您自己把尺码选错了，所以才发了小号。', findings: [{suggestion: '可能信息有些出入，所以发了小号，这边帮您核对一下，一起改过来'}]},
    {text: '你忘了领券，所以没有打折。', findings: [{suggestion: '这一步好像还没完成，所以没有打折，这边陪您一起操作一下'}]},
    {text: '這是快遞公司的問題，您自己去找他們吧。', findings: [{language: 'zh-Hant', suggestion: '給您添麻煩了，這邊馬上幫您處理'}]},
    {text: '是您自己把電話填錯了，所以才聯繫不上。', findings: [{language: 'zh-Hant', suggestion: '可能信息有些出入，所以聯繫不上，這邊幫您核對一下，一起改過來'}]},
    {text: '不是我們的錯，是銀行那邊的問題。', findings: [{language: 'zh-Hant', suggestion: '非常抱歉給您添麻煩了，這邊馬上幫您處理'}]},
  ],
})
