import { afterEach, describe, expect, it, vi } from 'vitest'
import { call } from './call'

describe('call', () => {
  afterEach(() => vi.useRealTimers())

  it('turns a JSON error text from Go into a normalized error', async () => {
    const rejected = Promise.reject(new Error('{"code":"invalid","message":"This field is required.","field":"name","reason":"required"}'))
    await expect(call(rejected)).rejects.toMatchObject({ code: 'invalid', field: 'name', reason: 'required' })
  })

  it('gives up on a call that never answers, with an error the user can read', async () => {
    vi.useFakeTimers()
    const pending = call(new Promise(() => {}), 1000)
    const seen = expect(pending).rejects.toMatchObject({ code: 'internal', reason: 'no_answer' })
    await vi.advanceTimersByTimeAsync(1000)
    await seen
  })

  it('returns the answer of a call that answers in time', async () => {
    await expect(call(Promise.resolve(42), 1000)).resolves.toBe(42)
  })
})
