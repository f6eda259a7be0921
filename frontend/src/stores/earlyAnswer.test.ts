import { describe, expect, it } from 'vitest'
import { earlyAnswer, forgetEarlyAnswers } from './earlyAnswer'

describe('earlyAnswer', () => {
  function store() {
    const s = { filter: 'all', asked: [] as string[] }
    const early = earlyAnswer(async () => void s.asked.push(s.filter), () => s.filter)
    // What the page does as it opens: from the menu, the whole list.
    const open = () => {
      s.filter = 'all'
      return early.load()
    }
    return { s, early, open }
  }

  it('gives the page’s first load the answer asked for at the click, without asking again', () => {
    const { s, early, open } = store()
    s.filter = 'kept from the last visit'
    const asked = early.ask(open)
    expect(open()).toBe(asked)
    expect(s.asked).toEqual(['all'])
  })

  it('is taken once: the next load asks again', () => {
    const { s, early, open } = store()
    early.ask(open)
    open()
    open()
    expect(s.asked).toEqual(['all', 'all'])
  })

  it('is not taken by a load asking another question', () => {
    const { s, early, open } = store()
    early.ask(open)
    s.filter = 'open'
    early.load()
    expect(s.asked).toEqual(['all', 'open'])
  })

  it('is forgotten once the navigation has been drawn: a later load after a change asks anew', () => {
    const { s, early, open } = store()
    early.ask(open) // a click on the page already on screen: it loads nothing
    forgetEarlyAnswers()
    early.load() // a change made on the page reloads it
    expect(s.asked).toEqual(['all', 'all'])
  })
})
