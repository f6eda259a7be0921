import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { firstAnswer } from './firstAnswer'

describe('firstAnswer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  const state = (p: Promise<void>) => {
    const s = { done: false, failed: false }
    p.then(() => (s.done = true), () => (s.failed = true))
    return s
  }

  it('resolves once every load has answered, not before', async () => {
    let answerA!: () => void
    let answerB!: () => void
    const s = state(firstAnswer(new Promise<void>((r) => (answerA = r)), new Promise<void>((r) => (answerB = r))))
    answerA()
    await vi.advanceTimersByTimeAsync(10)
    expect(s.done).toBe(false)
    answerB()
    await vi.advanceTimersByTimeAsync(0)
    expect(s.done).toBe(true)
  })

  it('resolves, without rejecting, when a load fails: the page shows its own error', async () => {
    const s = state(firstAnswer(Promise.reject(new Error('no')), Promise.resolve()))
    await vi.advanceTimersByTimeAsync(0)
    expect(s).toEqual({ done: true, failed: false })
  })

  it('lets the page show without its answer after a tenth of a second', async () => {
    const s = state(firstAnswer(new Promise(() => {})))
    await vi.advanceTimersByTimeAsync(99)
    expect(s.done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(s.done).toBe(true)
  })
})
