import type { backend } from '@/wailsjs/go/models'

/** One entry of the event log: a record's change, or a ticket's reply, call or note. */
export type HistoryEvent = backend.Event
