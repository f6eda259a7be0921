import { defineStore } from 'pinia'
import { ref } from 'vue'
import * as Contacts from '@/wailsjs/go/api/Contacts'
import { call } from './call'
import { exportList } from './longCall'
import type { ListFormat, ListLabels } from '@/lib/listLabels'
import type { backend } from '@/wailsjs/go/models'

export type Contact = backend.Contact
/** What the contact form edits (the backend assigns the id and times). */
export type ContactInput = Pick<Contact, 'customerId' | 'name' | 'title' | 'phone' | 'mobile' | 'email' | 'wechat' | 'primary' | 'notes'>

/** The contacts of the customer on screen. */
export const useContactsStore = defineStore('contacts', () => {
  const customerId = ref('')
  const items = ref<Contact[]>([])
  const loading = ref(false)

  async function load(id: string) {
    if (id !== customerId.value) items.value = []
    customerId.value = id
    loading.value = true
    try {
      items.value = (await call(Contacts.ListByCustomer(id))) ?? []
    } finally {
      loading.value = false
    }
  }

  async function save(input: ContactInput, existing?: Contact) {
    const saved = existing
      ? await call(Contacts.Update({ ...existing, ...input } as Contact))
      : await call(Contacts.Create({ ...input } as Contact))
    // Making one contact primary un-primaries the others in the backend: reload, don't patch.
    await load(input.customerId)
    return saved
  }

  async function remove(c: Contact) {
    await call(Contacts.Delete(c.id))
    await load(c.customerId)
  }

  /** Saves a customer's contacts as CSV or Excel. */
  const exportContacts = (customerId: string, format: ListFormat, labels: ListLabels) => exportList(Contacts.Export, customerId, format, labels)

  return { customerId, items, loading, load, save, remove, exportList: exportContacts }
})
