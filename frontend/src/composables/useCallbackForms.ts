import { ref } from 'vue'
import type { Callback } from '@/stores/callbacks'

// The two forms a list of callbacks opens: recording (or changing) a callback's result, and
// making a draft requirement of a suggestion in it; `current` is the callback they are about.
export function useCallbackForms() {
  const current = ref<Callback | null>(null)
  const recordOpen = ref(false)
  const suggestOpen = ref(false)
  function record(c: Callback) {
    current.value = c
    recordOpen.value = true
  }
  function suggest(c: Callback) {
    current.value = c
    suggestOpen.value = true
  }
  return { current, recordOpen, suggestOpen, record, suggest }
}
