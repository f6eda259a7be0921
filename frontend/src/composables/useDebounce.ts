import { onBeforeUnmount, ref, watch } from 'vue'

/**
 * Runs work after a pause: later(fn) replaces any run still waiting, so typing (through an IME,
 * many intermediate strings) sends one request per pause rather than one per keystroke. What is
 * still waiting when the component unmounts is dropped.
 */
export function useDebounce(ms = 200) {
  let timer: ReturnType<typeof setTimeout> | undefined
  const cancel = () => clearTimeout(timer)
  onBeforeUnmount(cancel)
  function later(fn: () => void, wait = ms) {
    cancel()
    timer = setTimeout(fn, wait)
  }
  return { later, cancel }
}

/**
 * A search box kept in step with a store's filter text (text that already is the filter sends
 * nothing), and a filter changed elsewhere (the header's search, "Clear filters") shows in the
 * box. A change after a quiet spell of ms searches at once, so a word typed or pasted in one go
 * shows its results without waiting out a pause (the calls take 10 ms on the large data set,
 * the pause was two thirds of the time to results); changes within ms of the one before wait for
 * the typing to pause, so a word typed letter by letter sends the first letter and the word, not
 * each letter. The stores show the newest answer only, whatever order the answers come in.
 */
export function useFilterSearch(get: () => string, set: (text: string) => void, ms = 200) {
  const search = ref(get())
  const { soon, cancel } = useQuietFirst(ms)
  watch(search, (v) => {
    if (v.trim() === get()) return cancel()
    soon(() => v.trim() !== get() && set(v.trim()))
  })
  watch(get, (v) => {
    if (v !== search.value.trim()) search.value = v
  })
  return search
}

/**
 * Runs work at once after a quiet spell of ms, else after the next pause: soon(fn) after nothing
 * for ms runs fn now (a word typed or pasted in one go, an IME's characters committed, shows its
 * results without waiting); soon(fn) within ms of the one before replaces what waits and runs
 * after a pause of ms (typing letter by letter sends the first letter and the word).
 */
export function useQuietFirst(ms: number) {
  const { later, cancel } = useDebounce(ms)
  let quietFrom = 0 // when the typing will have paused long enough
  function soon(fn: () => void) {
    cancel()
    const now = Date.now()
    const quiet = now >= quietFrom
    quietFrom = now + ms
    if (quiet) fn()
    else later(fn)
  }
  return { soon, cancel }
}
