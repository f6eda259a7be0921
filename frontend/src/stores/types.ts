// Record types of the bound Go API, re-exported so components never import wailsjs themselves.
import type { api, backend } from '@/wailsjs/go/models'

export type Customer = backend.Customer
export type CustomerRow = backend.CustomerRow
export type CustomerQuery = backend.CustomerQuery
export type TagCount = backend.TagCount
export type LinkedCounts = backend.LinkedCounts
export type Contact = backend.Contact
export type Interaction = backend.Interaction
export type FollowUp = backend.FollowUp
export type FollowUps = backend.FollowUps
export type HistoryEvent = backend.Event
export type Requirement = backend.Requirement
export type RequirementRow = backend.RequirementRow
/** A requirement's test state as plain data (the generated class adds a conversion method). */
export interface RequirementTests {
  unit: backend.TestResult
  integration: backend.TestResult
  system: backend.TestResult
}
export type RequirementDesign = backend.Design
export type CustomerRequirements = backend.CustomerRequirements
export type Settings = backend.Settings
export type AppInfo = api.AppInfo

// What the forms edit: the user's fields only. Creates send exactly these (no id: Go cannot decode
// "" into a uuid, and the backend assigns ids, numbers and times).
export type CustomerInput = Pick<
  Customer,
  'name' | 'shortName' | 'industry' | 'region' | 'city' | 'address' | 'website' | 'channel' | 'stage' | 'tags' | 'notes'
>
export type ContactInput = Pick<Contact, 'customerId' | 'name' | 'title' | 'phone' | 'mobile' | 'email' | 'wechat' | 'primary' | 'notes'>
export type InteractionInput = Pick<
  Interaction,
  'customerId' | 'kind' | 'at' | 'participants' | 'summary' | 'outcome' | 'nextStep' | 'followUpOn' | 'followUpDone'
>

/** What the requirement form edits. The status changes only through Transition; the design and
 * test state are kept as they are on update. */
export interface RequirementInput {
  customerId: string
  title: string
  description: string
  category: string
  priority: string
  source: { kind: string; refId: string; note: string }
  acceptance: string[]
  estimateDays: number
  module: string
}

export function emptyCustomer(): CustomerInput {
  return { name: '', shortName: '', industry: '', region: '', city: '', address: '', website: '', channel: 'other', stage: 'lead', tags: [], notes: '' }
}

export type Confirmation = backend.Confirmation
export type Baseline = backend.Baseline
export type BaselineInfo = backend.BaselineInfo
export type BaselineItem = backend.BaselineItem
export type Comparison = backend.Comparison
export type DiffOp = backend.DiffOp
export type FieldChange = backend.FieldChange
