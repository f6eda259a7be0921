import { onBeforeUnmount, ref, watch } from 'vue'

/** A flag that turns on only once source() has stayed true for `delayMs`, and off at once: for
 * loading indicators that should not flash when the answer comes quickly. */
export function useDelayedFlag(source: () => boolean, delayMs: number) {
  const flag = ref(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(
    source,
    (on) => {
      clearTimeout(timer)
      if (on) timer = setTimeout(() => (flag.value = true), delayMs)
      else flag.value = false
    },
    { immediate: true },
  )
  onBeforeUnmount(() => clearTimeout(timer))
  return flag
}
