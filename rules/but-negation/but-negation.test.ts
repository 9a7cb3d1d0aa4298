import rule from './index.js'
import {RuleTester} from '../../src/testing/rule-tester.js'

new RuleTester().run(rule, {
  valid: [
    // Bad news first, good news last: the order the rule asks for.
    "Sorry for the wait, but your parcel is on its way and should arrive on Thursday.",
    "The courier is running late, but your parcel will arrive tomorrow.",
    // "but" that is no contrast.
    'The jacket is not only waterproof but also breathable.',
    'We have all but finished setting up your account.',
    'It was nothing but a small display glitch, and it is fixed now.',
    "You're right, but of course we'll double-check the invoice for you.",
    // A positive word that does not open the clause before "but".
    'The package you said was right at the door was a different order, but we found yours.',
    "I see your order shipped this morning, and it's due on Friday.",
    // Thanks with no contrast.
    "Thank you for your patience! Your refund has gone through.",
    'You\'re right that the link expired. Here is a new one.',
    // A quote of the customer.
    'You wrote "you are right, but I still want a refund", so I have started the refund.',
    '抱歉让您久等了，不过包裹已经发出，预计周四送达。',
    '这款外套不但防水，而且透气。',
    '感谢您的耐心等待，包裹已经发出了。',
    '您說得對，我們已經幫您把地址改好了。',
  ],
  invalid: [
    {
      text: "You're right, but we can only refund the original payment method.",
      findings: [{actual: ', but', column: 13, language: 'en', suggestion: '. W'}],
    },
    {text: "That's a great question, but the answer depends on your plan.", findings: [{actual: ', but', suggestion: '. T'}]},
    // What follows has no subject of its own: the clauses are joined instead.
    {text: "You're right, but only for orders placed this week.", findings: [{actual: ', but', suggestion: ', and'}]},
    {text: "Thanks for flagging it, but I can't see the order on my side yet.", findings: [{actual: ', but', suggestion: '. I'}]},
    {text: 'I understand how frustrating this is, but the order has already shipped.', findings: [{actual: ', but'}]},
    {text: 'Hi Maria, thank you for your patience, but the part is still on back order.', findings: [{actual: ', but'}]},
    {text: 'I completely agree with you, but the warranty covers only the battery.', findings: 1},
    {text: 'Good point, but the discount applies to new orders only.', findings: 1},
    {text: 'We appreciate your feedback but the app update comes later this year.', findings: [{actual: ' but'}]},
    {text: '您说得对，但是这个订单已经发货了，我们帮您联系快递员。', findings: [{actual: '，但是', language: 'zh-Hans', suggestion: '，'}]},
    {text: '亲，理解您的心情，不过已经发货了，明天就能到哦。', findings: [{actual: '，不过'}]},
    {text: '非常感谢您的建议，可是这个功能暂时还在开发中。', findings: [{actual: '，可是'}]},
    {text: '您的心情我們非常理解，但是包裹已經在路上了。', findings: [{actual: '，但是', language: 'zh-Hant', suggestion: '，'}]},
    {text: '您說的沒錯，不過這個活動只限新會員參加。', findings: [{actual: '，不過', language: 'zh-Hant'}]},
  ],
})
