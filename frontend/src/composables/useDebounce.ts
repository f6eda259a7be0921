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
 * A search box kept in step with a store's filter text: typing sets the filter after a pause
 * (text that already is the filter sends nothing), and a filter changed elsewhere (the header's
 * search, "Clear filters") shows in the box.
 */
export function useFilterSearch(get: () => string, set: (text: string) => void, ms = 200) {
  const search = ref(get())
  const { later, cancel } = useDebounce(ms)
  watch(search, (v) => {
    cancel()
    if (v.trim() !== get()) later(() => set(v.trim()))
  })
  watch(get, (v) => {
    if (v !== search.value.trim()) search.value = v
  })
  return search
}
