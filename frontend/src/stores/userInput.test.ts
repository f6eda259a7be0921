import { beforeEach, describe, expect, it, vi } from 'vitest'

const api = vi.hoisted(() => ({ UserInput: vi.fn() }))
vi.mock('@/wailsjs/go/api/System', () => api)

import { INPUT_NOTE_EVERY_MS, listenForUserInput } from './userInput'

function press(target: EventTarget, type: string, timeStamp: number) {
  const e = new Event(type)
  Object.defineProperty(e, 'timeStamp', { value: timeStamp })
  target.dispatchEvent(e)
}

describe('the user input Go hears of', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    api.UserInput.mockResolvedValue(undefined)
  })

  // A click or a key press tells Go at once; presses close together (typing) once per interval.
  it('tells Go of a press, at most once per interval', () => {
    const page = new EventTarget()
    const stop = listenForUserInput(page)
    press(page, 'pointerdown', 1000)
    expect(api.UserInput).toHaveBeenCalledTimes(1)
    press(page, 'keydown', 1000 + INPUT_NOTE_EVERY_MS / 2)
    press(page, 'keydown', 1000 + INPUT_NOTE_EVERY_MS - 1)
    expect(api.UserInput).toHaveBeenCalledTimes(1)
    press(page, 'keydown', 1000 + INPUT_NOTE_EVERY_MS)
    expect(api.UserInput).toHaveBeenCalledTimes(2)
    press(page, 'pointermove', 5000) // moving the pointer is not a press
    expect(api.UserInput).toHaveBeenCalledTimes(2)
    stop()
    press(page, 'pointerdown', 9000)
    expect(api.UserInput).toHaveBeenCalledTimes(2)
  })

  it('does not fail the page when Go cannot be told', async () => {
    api.UserInput.mockRejectedValue(new Error('no backend'))
    const page = new EventTarget()
    listenForUserInput(page)
    press(page, 'pointerdown', 1000) // an unhandled rejection would fail the run
    await new Promise((r) => setTimeout(r))
    expect(api.UserInput).toHaveBeenCalledTimes(1)
  })
})
