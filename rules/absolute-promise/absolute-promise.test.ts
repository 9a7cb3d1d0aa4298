import rule from './index.js'
import {RuleTester} from '../../src/testing/rule-tester.js'

new RuleTester().run(rule, {
  valid: [
    'We will do our best to get it to you by Friday.',
    'Absolutely, happy to help! Could you share your order number?',
    "It's always a pleasure to hear from you.",
    'This jumper is 100% merino wool, so please hand wash it.',
    'Please charge the watch to 100% before the first use.',
    'Our 30-day money-back guarantee covers this.',
    'Delivery by Friday is likely but not guaranteed.',
    "As promised, here's the link to your invoice.",
    'Certainly! I\'ve added the gift note to your order.',
    'You can always reach us on live chat.',
    {text: 'Our Price Promise means we match any lower price.', options: {allow: ['Price Promise']}},
    '参加活动需缴纳保证金。',
    '在一定程度上，这款面膜可以帮助补水。',
    '库存不多了，早拍早付款就比较有保证一些。',
    '为了保证您的账户安全，请不要把验证码告诉任何人。',
    '亲，这款是100%纯棉的，透气性很好哦～',
    '開立期貨帳戶需要先繳交保證金。',
    // Judging the present is not a promise.
    'The remote app is definitely the easiest way to set this up.',
    "It's certainly odd that the file opened after a restart.",
    // Honest hedges are what the rule asks for.
    "We can't guarantee a delivery date during the holidays.",
    '这边不保证今天能发出，一般两天内发货。',
    '具体时间小妹保证不了，会尽快为您催促。',
    '这个我们不能完全跟您保证，但会帮您申请加急。',
    // Asking the customer to ensure something is a request, not a promise.
    '退货时请您保证配件齐全、包装完好。',
    '申请时需要保证填写的信息真实有效。',
    '为了核对身份，麻烦您提供收货人电话，保证您的账户安全。',
    // Packing, not a promise (打包好, 用泡沫纸包好的).
    '仓库已经打包好了，今天下午发出。',
    '每件都用泡沫纸包好的，路上不会磕碰。',
  ],
  invalid: [
    {text: 'We guarantee it arrives tomorrow.', findings: [{actual: 'We guarantee', suggestion: 'We expect'}]},
    {text: "Order today and it's guaranteed to arrive before Christmas.", findings: 1, output: "Order today and it's expected to arrive before Christmas."},
    {text: 'It is 100% guaranteed.', findings: [{actual: '100% guaranteed'}], output: 'It is expected.'},
    {text: "I'll do it first thing tomorrow, I promise.", findings: [{actual: ', I promise', suggestion: ''}]},
    {text: 'Trust me, this size will definitely fit you.', findings: [{actual: 'will definitely'}]},
    {text: "It'll be fixed by tonight for sure.", findings: [{actual: 'for sure'}]},
    {text: 'The new router never fails.', findings: 1},
    {text: 'The engineer will 100% be there between 8 and 10 am.', findings: 1},
    {text: '亲放心，明天一定能到！', findings: [{actual: '一定能', suggestion: '我们会尽力让它'}]},
    {text: '保证正品，假一赔十！', findings: [{actual: '保证'}]},
    {text: '按这个方法重启一下，100%能解决。', findings: 1},
    {text: '這款保養品百分之百有效，絕對不會過敏。', findings: [{actual: '百分之百', language: 'zh-Hant'}, {actual: '絕對'}]},
    {text: '这次给您换了新主板，包好。', findings: 1},
    {text: 'Your replacement is definitely on its way and will be there Monday.', findings: [{actual: ' definitely', suggestion: ''}]},
    {text: '放心，小妹跟您保证明天一定会到。', findings: [{actual: '保证'}, {actual: '一定会'}]},
  ],
})
