import {fileURLToPath} from 'node:url'
import rule from './index.js'
import {RuleTester} from '../../src/testing/rule-tester.js'

const projectWords = fileURLToPath(new URL('./fixtures/project-words.txt', import.meta.url))

new RuleTester().run(rule, {
  valid: [
    'Thanks for your patience, we will update you shortly.',
    // British spellings are not mistakes.
    'We apologise; the colour you ordered was cancelled at our distribution centre.',
    'Your fibre line is centred on the new exchange.',
    'Your favourite jewellery catalogue is in the post, and whilst you wait, enjoy the programme.',
    // Names, brands, acronyms, codes, handles and signatures.
    'Hi Anin, your Zoom link and iPhone backup are ready. -Massiel',
    'Your order ABC123 ships with UPS from our NYC hub.',
    'Follow @acmesupprt or use #AcmeHlp for updates.',
    'Thanks for waiting! ^KM',
    // Not the agent's own prose: URLs, quotes, code.
    'Visit https://exampel.com/reciept for details.',
    'You wrote "I never recieved it", and we are sorry about that.',
    'Run `npm instal` again and let us know.',
    // Chat slang is for internet-slang to report, not spelling.
    'thx for waiting, pls check ur inbox',
    // Hyphenated prefixes, web words and lower-case names of days.
    "We'll re-send the pre-order e-gift card.",
    'Please restart your wifi router and try the signup page again.',
    'Your order ships on monday.',
    // Everyday abbreviations of units are not misspellings.
    'The courier is 10 mins away; the depot opens in 2 hrs, approx.',
    'Haha, glad that worked! Hmm, one more thing: oops, the link was old.',
    // Another language in the same reply is not English misspelt.
    'Wir helfen dir gerne weiter, klicke auf diesen Link für weitere Informationen.',
    // The project word list: in the options or in a file.
    {text: 'Try the flumbr app again.', options: {words: ['flumbr']}},
    {text: 'Please book a sendle pickup or use shippit for the label.', options: {wordListFile: projectWords}},
  ],
  invalid: [
    {text: 'Thanks for the feeback, we will pass it on.', findings: [{actual: 'feeback', suggestion: 'feedback', language: 'en'}]},
    {text: 'We have recieved your return and the refund is on its way.', findings: [{actual: 'recieved', suggestion: 'received'}]},
    {text: 'Recieved your message, thank you!', findings: [{actual: 'Recieved', suggestion: 'Received'}]},
    {text: 'Your paymnet went through and the reciept is in your inbox.', findings: [{actual: 'paymnet', suggestion: 'payment'}, {actual: 'reciept', suggestion: 'receipt'}]},
    {text: 'Please check wich size you ordered.', findings: [{actual: 'wich', suggestion: 'which'}]},
    {text: 'Sorry, teh link was broken.', findings: [{actual: 'teh', suggestion: 'the'}]},
    {text: 'Plase check your inbox for the label.', findings: [{actual: 'Plase', suggestion: 'Please'}]},
    {text: 'Try the flumbr app again.', findings: 1},
    // A compound written as one word gets its hyphen back, not a shorter word.
    {text: 'Sorry about the mixup with your seats on flight 2210.', findings: [{actual: 'mixup', suggestion: 'mix-up'}]},
    {text: '您好，我们已经收到。We have recieved your return.', findings: [{actual: 'recieved'}]},
    {text: 'Your colour choise is saved.', options: {british: false}, findings: [{actual: 'colour'}, {actual: 'choise'}]},
  ],
})
