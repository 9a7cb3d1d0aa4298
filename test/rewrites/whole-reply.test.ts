import {describe, expect, it} from 'vitest'
import {rewriteReplies, rewriteText} from '../../src/rewrite/reply-rewrite.js'
import {tidySeams} from '../../src/rewrite/tidy.js'
import {extractFacts, loadFactChecks, missingFacts, scriptKept} from '../../src/rewrite/facts.js'

const suggest = (range: [number, number], text: string, placeholder = false) => ({suggestions: [{range, text, placeholder}]})
const fix = (range: [number, number], text: string) => ({suggestions: [{range, text}], fix: {range, text}})

describe('whole-reply rewrite', () => {
  it('applies word fixes of one sentence together, with a capital at the start', () => {
    const text = 'pls chk ur email'
    expect(rewriteText(text, [fix([0, 3], 'please'), fix([4, 7], 'check'), fix([8, 10], 'your')]).text).toBe('Please check your email')
  })

  it('carries an inner edit into an outer sentence rewrite that kept its words', () => {
    const text = 'No. u must wait 3 days.'
    const r = rewriteText(text, [suggest([4, 22], 'Thanks for waiting: u will hear from us in 3 days'), fix([4, 5], 'you')])
    expect(r.text).toBe('No. Thanks for waiting: you will hear from us in 3 days.')
  })

  it('lets the larger rewrite win when the inner words are gone, and never mixes overlapping ranges', () => {
    const text = 'That is not our problem at all.'
    const r = rewriteText(text, [suggest([0, 23], "We're sorry about the trouble"), suggest([8, 11], 'surely')])
    expect(r.text).toBe("We're sorry about the trouble at all.")
  })

  it('marks a rewrite with a placeholder as needing input', () => {
    const [w] = rewriteReplies('We cannot do that.', [{range: [0, 17], ...suggest([0, 17], 'We cannot do that, but I can [what you can offer]', true)}])
    expect(w).toEqual({text: 'We cannot do that, but I can [what you can offer].', range: [0, 18], needsInput: true})
  })

  it('gives one rewrite per reply with findings, in text order, and none without findings', () => {
    const text = 'thx a lot\nAll good here\nk'
    const replies = [{range: [0, 10] as [number, number]}, {range: [10, 23] as [number, number]}, {range: [23, 24] as [number, number]}]
    const rewrites = rewriteReplies(text, [{range: [23, 24], ...fix([23, 24], 'OK')}, {range: [0, 3], ...fix([0, 3], 'thanks')}], replies)
    expect(rewrites.map(r => r.range)).toEqual([[0, 10], [23, 24]])
    expect(rewrites[0]!.text).toBe('Thanks a lot\n')
    expect(rewriteReplies(text, [], replies)).toEqual([])
  })
})

describe('seam tidying', () => {
  it('removes doubled spaces, punctuation and words at a seam', () => {
    expect(tidySeams('We will  send it..', [[8, 9]])).toBe('We will send it..')
    expect(tidySeams('Sorry,, we will send it', [[5, 6]])).toBe('Sorry, we will send it')
    expect(tidySeams('we will will send it', [[3, 8]])).toBe('we will send it')
  })

  it('fixes a/an before the next word and keeps full-width punctuation in Chinese', () => {
    expect(tidySeams('This is a order for you', [[10, 15]])).toBe('This is an order for you')
    expect(tidySeams('这边马上处理,请稍等', [[0, 6]])).toBe('这边马上处理，请稍等')
  })

  it("turns the writer's space between Chinese clauses into a comma, and drops spaces an edit left on both sides", () => {
    // "无法发货" replaced "发不了哦"; the space after it was the writer's clause break.
    expect(tidySeams('无法发货 建议换个地址', [[0, 4]])).toBe('无法发货，建议换个地址')
    // A word removed from between two spaces: the clause goes on.
    expect(tidySeams('价格很划算  哈', [[5, 5]])).toBe('价格很划算哈')
  })
})

describe('script', () => {
  it('judges a Traditional rewrite by its phrases and by the characters the writer used', async () => {
    await loadFactChecks()
    expect(scriptKept('這個價格真的是yyds', '這個價格真的很划算')).toBe(true)
    expect(scriptKept('改成台中市了', '已經改成台中市了')).toBe(true)
    expect(scriptKept('這個價格真的是yyds', '这个价格真的很划算')).toBe(false)
  })
})

describe('facts', () => {
  it('finds ids, amounts, dates, URLs, e-mails and names', () => {
    const facts = extractFacts('Your order #A12345 for $49.99 ships on May 3 from Acme; see https://x.example/t or mail help@acme.com.').map(f => f.text)
    expect(facts).toEqual(expect.arrayContaining(['#A12345', '$', '49.99', 'May', '3', 'https://x.example/t', 'help@acme.com', 'Acme']))
  })

  it('reports the facts a rewrite lost', () => {
    expect(missingFacts('Order 12345 ships in 3 days.', 'Your order ships soon.').map(f => f.text)).toEqual(['12345', '3'])
    expect(missingFacts('订单「小米手环」3天内发货', '订单「小米手环」三天内发货').map(f => f.text)).toEqual(['3'])
  })

  it('does not count the wording being rewritten as a fact: certainty as a share, digits standing for words, a word after a greeting', () => {
    expect(extractFacts('It will 100% be there by 10 am, 2u b4 noon, 3Q, 2333').map(f => f.text)).toEqual(['10'])
    expect(extractFacts('百分之百有效，三天内见效').map(f => f.text)).toEqual(['三'])
    expect(extractFacts('已經跟您講過兩次了，您放一百個心，7 個工作天').map(f => f.text)).toEqual(['7'])
    expect(extractFacts('thx 4 the photos, 4 photos').map(f => f.text)).toEqual(['4'])
    expect(extractFacts('Hello, Unfortunately Anna is away').map(f => f.text)).toEqual(['Anna'])
    expect(extractFacts('@sam_k Sadly Anna is away').map(f => f.text)).toEqual(['@sam_k', 'Anna'])
    // A share that is not 100, and ids with digits, stay facts.
    expect(extractFacts('Save 20% on order AB12345').map(f => f.text)).toEqual(expect.arrayContaining(['20', 'AB12345']))
  })
})
