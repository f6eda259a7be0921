import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Customer } from './customers'

/** App-wide UI state that the header, the shortcuts and the pages share. */
export const useUiStore = defineStore('ui', () => {
  const customerFormOpen = ref(false)
  const editingCustomer = ref<Customer | null>(null)
  const searchFocusTick = ref(0)
  // The last customer saved through the global form; pages showing it watch this to refresh.
  const lastSaved = ref<Customer | null>(null)
  // Set once the home page has drawn its follow-ups: the first screen is up, the rest may load.
  const firstScreenShown = ref(false)

  function newCustomer() {
    editingCustomer.value = null
    customerFormOpen.value = true
  }
  function editCustomer(c: Customer) {
    editingCustomer.value = c
    customerFormOpen.value = true
  }
  function customerSaved(c: Customer) {
    lastSaved.value = c
  }
  function focusSearch() {
    searchFocusTick.value++
  }
  return { customerFormOpen, editingCustomer, searchFocusTick, lastSaved, firstScreenShown, newCustomer, editCustomer, customerSaved, focusSearch }
})
