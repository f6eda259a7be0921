import { describe, expect, it } from 'vitest'
import { createBackgroundQueue } from './background'

// An idle callback the test fires by hand.
function manualIdle() {
  const calls: (() => void)[] = []
  return { idle: (fn: () => void) => calls.push(fn), fire: () => calls.shift()?.(), pending: () => calls.length }
}
const tick = () => new Promise((r) => setTimeout(r))

describe('createBackgroundQueue', () => {
  it('runs one task at a time, in order, each when the browser is idle', async () => {
    const { idle, fire, pending } = manualIdle()
    const q = createBackgroundQueue(idle)
    const log: string[] = []
    let finishA = () => {}
    q.add(() => new Promise<void>((r) => { log.push('a'); finishA = r }))
    q.add(async () => { log.push('b') })
    expect(log).toEqual([]) // nothing before the browser is idle
    fire()
    expect(log).toEqual(['a'])
    expect(pending()).toBe(0) // b waits for a to finish
    finishA()
    await tick()
    fire()
    expect(log).toEqual(['a', 'b'])
  })

  it('starts nothing while paused, and goes on when resumed', async () => {
    const { idle, fire } = manualIdle()
    const q = createBackgroundQueue(idle)
    const log: string[] = []
    q.add(async () => { log.push('a') })
    q.pause() // a page opens before the browser was idle
    fire()
    await tick()
    expect(log).toEqual([])
    q.resume()
    fire()
    expect(log).toEqual(['a'])
  })

  it('drops a failed task and runs the next', async () => {
    const { idle, fire } = manualIdle()
    const q = createBackgroundQueue(idle)
    const log: string[] = []
    q.add(() => Promise.reject(new Error('offline')))
    q.add(async () => { log.push('b') })
    fire()
    await tick()
    fire()
    expect(log).toEqual(['b'])
  })

  it('runs a task added first before those already waiting', async () => {
    const { idle, fire } = manualIdle()
    const q = createBackgroundQueue(idle)
    const log: string[] = []
    q.pause()
    q.add(async () => { log.push('rest') })
    q.add(async () => { log.push('next page') }, true)
    q.resume()
    fire()
    await tick()
    fire()
    expect(log).toEqual(['next page', 'rest'])
  })
})
