import { ref, watch, type Ref } from 'vue'

/** True from the first time `open` is true, and for good: a form behind it (v-if) loads its code
 * and is built when first opened, not with the page, and is kept after it closes (its closing
 * animation, and no second load). */
export function useOpenedOnce(open: () => boolean): Ref<boolean> {
  const opened = ref(open())
  const stop = watch(open, (now) => {
    if (!now) return
    opened.value = true
    stop()
  })
  return opened
}
