import { onMounted, ref } from 'vue'
import { afterNextPaint, whenIdle } from '@/lib/frames'

/** A flag that turns on once the component's first frame is on screen and the browser is next
 * idle: a long view draws what is in sight first and the rest then. */
export function useIdleAfterPaint() {
  const ready = ref(false)
  onMounted(() => afterNextPaint().then(() => whenIdle(() => (ready.value = true))))
  return ready
}
