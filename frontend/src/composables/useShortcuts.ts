import { onBeforeUnmount, onMounted } from 'vue'
import { useUiStore } from '@/stores/ui'

// Global keys of a keyboard-driven desk app: Ctrl/⌘+K search, Ctrl/⌘+N new customer.
// Esc is handled by Naive UI's drawers and modals themselves (close-on-esc).
export function useShortcuts() {
  const ui = useUiStore()
  function onKey(e: KeyboardEvent) {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return
    const key = e.key.toLowerCase()
    if (key === 'k') {
      e.preventDefault()
      ui.focusSearch()
    } else if (key === 'n') {
      e.preventDefault()
      ui.newCustomer()
    }
  }
  onMounted(() => window.addEventListener('keydown', onKey))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKey))
}
