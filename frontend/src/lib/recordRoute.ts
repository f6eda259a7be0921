import type { RouteLocationRaw } from 'vue-router'

/** What names a record to open: its kind (search.Kinds), id and customer; for a ticket, the
 * entry of its thread to show (a search found its words there). */
export interface RecordLink {
  kind: string
  id: string
  customerId: string
  entryId?: string
}

/** Where a record opens (a search result, a recent one): its own page, or its customer's tab that
 * lists it. */
export function recordRoute(h: RecordLink): RouteLocationRaw {
  const onCustomer = (tab: string) => ({ name: 'customer', params: { id: h.customerId }, query: { tab } })
  switch (h.kind) {
    case 'customer':
      return { name: 'customer', params: { id: h.id } }
    case 'ticket': // the thread scrolled to the entry found, if one was
      return h.entryId ? { name: 'ticket', params: { id: h.id }, query: { entry: h.entryId } } : { name: 'ticket', params: { id: h.id } }
    case 'deployment':
      return { name: 'deployment', params: { id: h.id } }
    case 'release':
      return { name: 'release', params: { id: h.id } }
    case 'competitor':
      return { name: 'competitors' }
    case 'contact':
      return onCustomer('contacts')
    case 'interaction': // the log opens at this communication
      return { name: 'customer', params: { id: h.customerId }, query: { tab: 'interactions', interaction: h.id } }
    case 'requirement':
      return onCustomer('requirements')
    case 'deal':
    case 'sales_contract':
      return onCustomer('deals')
    default: // callbacks and maintenance contracts: the service tab
      return onCustomer('service')
  }
}
