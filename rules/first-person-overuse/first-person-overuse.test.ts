// first-person-overuse
import rule from './index.js'
import {RuleTester} from '../../src/testing/rule-tester.js'

new RuleTester().run(rule, {
  valid: [
    'I checked your order and I can see it left the warehouse today. You should have it by Friday, and we will email you the tracking link.',
    "I'm sorry about the delay. I've asked the courier to prioritise your parcel.",
    'My iPhone tip: open the iPad app, tap My Orders, then My Returns.',
    'You wrote "I paid, I waited, I called, I emailed and my money is gone", and we are looking into it now.',
    'Thanks for your patience! We have refunded your order and you will see it in 3-5 days.',
    // Three is below the default minimum of four.
    'I see the issue. I have fixed it. I hope this helps!',
    // Four "I" but as many "you / we": balanced.
    'I checked, and I can confirm your refund. I have emailed you the receipt, and I hope you enjoy your new phone, we are here if you need us.',
    '您好，我们已经帮您查询过了，您的包裹明天送达，我会持续跟进。',
    '我們已經幫您改好地址了，有問題您隨時找我們。',
    // App menu paths name pages the customer taps, not the agent.
    '电脑端：我的订单-客户服务-我的发票；手机端：我的-客户服务-我的发票，我帮您看过了。',
    {text: 'I think I can help, I will check my notes and get back to you.', options: {minFirstPerson: 6}},
    {text: 'I checked and I fixed it, I hope I got everything.', options: {ratio: 5, minFirstPerson: 10}},
  ],
  invalid: [
    {
      text: "I'm so sorry. I know I promised I would ring back and I didn't. I will ring you first thing tomorrow.",
      findings: [{actual: "I'm", column: 1, language: 'en'}],
    },
    {
      text: "I'll ask my supervisor and I'll let you know what I find.",
      findings: [{actual: "I'll", suggestion: "We'll check with the team and we'll let you know what we find."}],
    },
    {text: 'I was told by my manager that I am allowed to approve refunds myself.', findings: [{suggestion: 'We were told by our manager that we are allowed to approve refunds ourselves.'}]},
    {text: 'i checked my records and i think i can sort it out for you.', findings: [{actual: 'i'}]},
    {text: "I checked. I'm on it. I'll call. I promise nothing, but I'll try.", findings: 1},
    {
      text: 'I think I can help, I will check my notes and get back to you.',
      options: {minFirstPerson: 3, ratio: 1},
      findings: 1,
    },
    // Subject and object case, verb agreement, and the agent's own name.
    {
      text: 'Me and my team will look at order 4471 today and I will email you. I think I know what I did wrong.',
      findings: [{actual: 'Me', suggestion: 'We will look at order 4471 today and we will email you.'}],
    },
    {
      text: 'I spoke with my manager and I can refund the $38. Am I right that I should send it to the card ending 0921?',
      findings: [{suggestion: 'We checked with the team and we can refund the $38.'}],
    },
    {
      text: 'My name is Sam and I handle refunds. I checked and I really was too slow, I think I missed it.',
      findings: [{actual: 'My', suggestion: 'We checked and we really were too slow, we think we missed it.'}],
    },
    {
      text: 'My colleague and I checked it, and I was able to see where I went wrong with my notes.',
      findings: [{suggestion: 'We checked it, and we were able to see where we went wrong with our notes.'}],
    },
    // A verb after "X and I" makes it the subject even after "and"; a contraction stays one word.
    {
      text: 'I read the ticket and I chased the depot on 3 May, and my supervisor and I will keep an eye on parcel 5520 for you.',
      findings: [{suggestion: 'We read the ticket and we chased the depot on 3 May, and we will keep an eye on parcel 5520 for you.'}],
    },
    {
      text: "I know I said Friday. I rang the lab, and my colleague and I'll post the lenses on Monday, I hope that's OK.",
      findings: [{suggestion: "We rang the lab, and we'll post the lenses on Monday, we hope that's OK."}],
    },
    {
      text: 'I sorted the invoice, so if I got anything wrong just email me and my team and I will redo it.',
      findings: [{suggestion: 'We sorted the invoice, so if we got anything wrong just email us and we will redo it.'}],
    },
    {
      text: 'I am the one who handles your plan, so I know it well. I will move the start date to 1 July myself.',
      findings: [{suggestion: 'We are the ones who handle your plan, so we know it well.'}],
    },
    {
      text: 'I personally packed order 3310, I promise I checked it, and I have no idea how I missed the charger.',
      findings: [{suggestion: 'We packed order 3310, we promise we checked it, and we have no idea how we missed the charger.'}],
    },
    {text: '我查了一下，我这边看到我的系统里显示已经签收了，我再帮您问问快递。', findings: [{suggestion: '这边查了一下，我们看到系统里显示已经签收了，我们再帮您问问快递。'}]},
    // The apology stays personal while another sentence can carry the reframe.
    {
      text: "I'm sorry for the wait. I checked my notes and I can see I was wrong. I will fix it.",
      findings: [{actual: "I'm", suggestion: 'We checked our notes and we can see we were wrong.'}],
    },
    {text: '我刚刚问了我的同事，我觉得我可以帮您申请一下。', findings: [{actual: '我', column: 1, language: 'zh-Hans', suggestion: '这边刚刚问了同事，我们觉得我们可以帮您申请一下。'}]},
    {text: '我查了一下，我这边看到我的系统里显示已经发货了，我再帮您催一下。', findings: 1},
    // The agent acting is 这边; 我这边 and 我的系统 need no 我; owning up keeps 我们的; an object is 我们.
    {text: '我这边查了一下，我的系统显示已经签收了，我再去问问快递，我的同事会跟进。', findings: [{suggestion: '这边查了一下，系统显示已经签收了，我们再去问问快递，同事会跟进。'}]},
    {text: '是我的疏忽，我马上补发，我会盯着物流，有消息请告诉我。', findings: [{suggestion: '是我们的疏忽，这边马上补发，我们会盯着物流，有消息请告诉我们。'}]},
    {text: '我個人覺得這款不錯，我自己也在用，我留了一件，我的同事會聯繫。', findings: [{language: 'zh-Hant', suggestion: '我們覺得這款不錯，我們自己也在用，我們留了一件，同事會聯繫。'}]},
    {text: '我剛剛問了我的主管，我覺得我可以幫忙申請看看。', findings: [{actual: '我', language: 'zh-Hant', suggestion: '這邊剛剛問了主管，我們覺得我們可以幫忙申請看看。'}]},
  ],
})
