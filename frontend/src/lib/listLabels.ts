import {
  CALLBACK_SOURCES,
  CHANNELS,
  DEAL_STAGES,
  DEP_STATUSES,
  ENVIRONMENTS,
  INTERACTION_KINDS,
  REL_STATUSES,
  REQ_CATEGORIES,
  REQ_PRIORITIES,
  REQ_STATUSES,
  STAGES,
  TEST_STATUSES,
  TICKET_CHANNELS,
  TICKET_KINDS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
  LICENCE_TYPES,
  PAYMENT_METHODS,
  AGEING_BUCKETS,
  type SalesLedger,
} from './enums'
import type { Translator } from './errors'

// An exported list speaks the interface's language: its title, its columns' titles and its
// choices' labels go with the export call (the backend knows the rows, not the words). Each list
// names its columns by the message the screen titles them with.

export type ListFormat = 'csv' | 'xlsx'

export interface ListLabels {
  title: string
  columns: Record<string, string>
  values: Record<string, Record<string, string>>
}

// A choice list by the section of its labels ("stages.lead") and its codes.
type Choices = Record<string, readonly string[]>

const YES_NO = { yesNo: ['yes', 'no'] } as const

/** The words of a list: its title's message, each column's message, and its choice lists
 * (labelled from the section of the same name, yesNo from listExport). */
function labelsOf(i18n: Translator, title: string, columns: Record<string, string>, choices: Choices = {}): ListLabels {
  const t = (k: string) => i18n.t(k)
  const values: ListLabels['values'] = {}
  for (const [section, codes] of Object.entries(choices)) {
    const key = (c: string) => (section === 'yesNo' ? `listExport.${c}` : `${section}.${c}`)
    values[section] = Object.fromEntries(codes.map((c) => [c, t(key(c))]))
  }
  return { title: t(title), columns: Object.fromEntries(Object.entries(columns).map(([k, m]) => [k, t(m)])), values }
}

/** The customer list's words: its columns as the table titles them, and the fields it does not
 * show as the form names them (an export holds them too, for the import to read back). */
export const customerListLabels = (i18n: Translator) =>
  labelsOf(
    i18n,
    'customers.title',
    {
      number: 'customers.columns.number',
      name: 'customers.columns.name',
      shortName: 'fields.shortName',
      industry: 'fields.industry',
      region: 'fields.region',
      city: 'customers.columns.city',
      channel: 'customers.columns.channel',
      stage: 'customers.columns.stage',
      tags: 'customers.columns.tags',
      primaryContact: 'customers.columns.primaryContact',
      contactCount: 'customers.columns.contactCount',
      interactionCount: 'customers.columns.interactionCount',
      lastContactAt: 'customers.columns.lastContact',
      nextFollowUp: 'customers.columns.nextFollowUp',
      createdAt: 'listExport.createdAt',
      updatedAt: 'listExport.updatedAt',
    },
    { stages: STAGES, channels: CHANNELS },
  )

export const dealListLabels = (i18n: Translator) =>
  labelsOf(
    i18n,
    'deals.title',
    {
      number: 'deals.columns.number',
      title: 'deals.columns.title',
      customer: 'deals.columns.customer',
      customerRef: 'listExport.customerRef',
      stage: 'deals.columns.stage',
      amount: 'deals.columns.amount',
      currency: 'deals.columns.currency',
      amountCny: 'deals.columns.amountCny',
      probability: 'deals.columns.probability',
      expectedClose: 'deals.columns.expectedClose',
      closedOn: 'deals.columns.closedOn',
      channel: 'deals.columns.channel',
      updatedAt: 'listExport.updatedAt',
      rate: 'deals.fields.rate',
      products: 'deals.fields.products',
      nextStep: 'deals.fields.nextStep',
      lostReason: 'deals.fields.lostReason',
      notes: 'deals.fields.notes',
    },
    { dealStages: DEAL_STAGES, channels: CHANNELS },
  )

export const requirementListLabels = (i18n: Translator) =>
  labelsOf(
    i18n,
    'reqList.title',
    {
      number: 'customers.columns.number',
      title: 'fields.requirementTitle',
      customer: 'fields.customerId',
      customerRef: 'listExport.customerRef',
      category: 'fields.category',
      priority: 'fields.priority',
      module: 'fields.module',
      status: 'fields.status',
      unit: 'testLevels.unit',
      integration: 'testLevels.integration',
      system: 'testLevels.system',
      updatedAt: 'listExport.updatedAt',
    },
    { reqCategories: REQ_CATEGORIES, reqPriorities: REQ_PRIORITIES, reqStatuses: REQ_STATUSES, testStatuses: TEST_STATUSES },
  )

export const ticketListLabels = (i18n: Translator) =>
  labelsOf(
    i18n,
    'tickets.title',
    {
      number: 'fields.number',
      title: 'tickets.subject',
      customer: 'fields.customerId',
      kind: 'fields.kind',
      priority: 'fields.priority',
      status: 'fields.status',
      channel: 'fields.channel',
      due: 'tickets.slaDue',
      breached: 'listExport.breached',
      spentMinutes: 'listExport.spentMinutes',
      createdAt: 'listExport.createdAt',
      updatedAt: 'listExport.updatedAt',
    },
    { ticketKinds: TICKET_KINDS, ticketPriorities: TICKET_PRIORITIES, ticketStatuses: TICKET_STATUSES, ticketChannels: TICKET_CHANNELS, ...YES_NO },
  )

export const releaseListLabels = (i18n: Translator) =>
  labelsOf(
    i18n,
    'releases.title',
    {
      version: 'fields.version',
      name: 'fields.name',
      status: 'fields.status',
      plannedDate: 'fields.plannedDate',
      actualDate: 'fields.actualDate',
      requirements: 'releases.requirementCount',
      updatedAt: 'fields.updatedAt',
    },
    { relStatuses: REL_STATUSES },
  )

export const matrixListLabels = (i18n: Translator) =>
  labelsOf(i18n, 'versions.title', {
    customerRef: 'listExport.customerRef',
    customer: 'versions.customer',
    version: 'versions.version',
    since: 'versions.since',
    behind: 'versions.behindTitle',
  })

// A customer's lists: the backend puts the customer's name before the title.

export const contactListLabels = (i18n: Translator) =>
  labelsOf(
    i18n,
    'customers.tabs.contacts',
    {
      number: 'customers.columns.number',
      name: 'fields.personName',
      title: 'fields.title',
      mobile: 'fields.mobile',
      phone: 'fields.phone',
      email: 'fields.email',
      wechat: 'fields.wechat',
      primary: 'contacts.primary',
      notes: 'fields.notes',
    },
    YES_NO,
  )

export const interactionListLabels = (i18n: Translator) =>
  labelsOf(
    i18n,
    'customers.tabs.interactions',
    {
      number: 'customers.columns.number',
      at: 'fields.at',
      kind: 'fields.kind',
      participants: 'fields.participants',
      summary: 'fields.summary',
      outcome: 'fields.outcome',
      nextStep: 'fields.nextStep',
      followUpOn: 'fields.followUpOn',
      followUpDone: 'interactions.followUpDone',
    },
    { interactionKinds: INTERACTION_KINDS, ...YES_NO },
  )

export const contractListLabels = (i18n: Translator) =>
  labelsOf(
    i18n,
    'contracts.title',
    {
      number: 'contracts.columns.number',
      tier: 'contracts.columns.tier',
      policy: 'listExport.policy',
      startDate: 'contracts.fields.startDate',
      endDate: 'contracts.fields.endDate',
      inForce: 'listExport.inForce',
      includedHours: 'contracts.fields.includedHours',
      usedHours: 'listExport.usedHours',
      price: 'contracts.columns.price',
      notes: 'fields.notes',
    },
    YES_NO,
  )

export const callbackListLabels = (i18n: Translator) =>
  labelsOf(
    i18n,
    'callbacks.customerTitle',
    {
      number: 'customers.columns.number',
      source: 'listExport.source',
      sourceRef: 'listExport.sourceRef',
      topic: 'listExport.topic',
      dueOn: 'listExport.dueOn',
      done: 'listExport.called',
      doneOn: 'listExport.calledOn',
      contact: 'callbacks.fields.contact',
      score: 'callbacks.fields.score',
      nps: 'callbacks.fields.nps',
      comments: 'callbacks.fields.comments',
    },
    { 'callbacks.sources': CALLBACK_SOURCES, ...YES_NO },
  )

export const deploymentListLabels = (i18n: Translator) =>
  labelsOf(
    i18n,
    'customers.tabs.deployments',
    {
      number: 'customers.columns.number',
      version: 'fields.version',
      environment: 'fields.environment',
      status: 'fields.status',
      deployedOn: 'fields.deployedOn',
      goLiveOn: 'fields.goLiveOn',
      updatedAt: 'fields.updatedAt',
    },
    { environments: ENVIRONMENTS, depStatuses: DEP_STATUSES },
  )

export type { SalesLedger }

const LEDGER_HEAD = { contract: 'receivables.columns.contract', customer: 'receivables.columns.customer', customerRef: 'listExport.customerRef' }

export function salesLedgerLabels(i18n: Translator, ledger: SalesLedger): ListLabels {
  const money = { currency: 'deals.columns.currency', amount: 'deals.fields.amount' }
  switch (ledger) {
    case 'receivables':
      return labelsOf(
        i18n,
        'receivables.title',
        {
          contract: 'receivables.columns.contract',
          title: 'receivables.columns.title',
          customer: 'receivables.columns.customer',
          customerRef: 'listExport.customerRef',
          signedOn: 'fields.signedOn',
          currency: 'deals.columns.currency',
          amount: 'receivables.columns.amount',
          received: 'receivables.columns.received',
          outstanding: 'receivables.columns.outstanding',
          overdue: 'receivables.columns.overdue',
          overdueSince: 'salesContracts.export.overdueSince',
          ageing: 'receivables.columns.ageing',
        },
        { 'receivables.ages': AGEING_BUCKETS },
      )
    case 'contracts':
      return labelsOf(
        i18n,
        'salesContracts.title',
        {
          ...LEDGER_HEAD,
          title: 'receivables.columns.title',
          deal: 'salesContracts.export.deal',
          signedOn: 'fields.signedOn',
          ...money,
          licence: 'fields.licence',
          seats: 'fields.seats',
          invoiced: 'salesContracts.export.invoiced',
          received: 'receivables.columns.received',
          outstanding: 'receivables.columns.outstanding',
          overdue: 'receivables.columns.overdue',
          rate: 'fields.rate',
          termMonths: 'fields.termMonths',
          notes: 'fields.notes',
        },
        { licenceTypes: LICENCE_TYPES },
      )
    case 'invoices':
      return labelsOf(i18n, 'fields.invoices', { ...LEDGER_HEAD, number: 'salesContracts.invoices.number', date: 'salesContracts.invoices.date', ...money })
    case 'payments':
      return labelsOf(
        i18n,
        'fields.payments',
        { ...LEDGER_HEAD, date: 'salesContracts.payments.date', ...money, method: 'salesContracts.payments.method', note: 'salesContracts.payments.note' },
        { paymentMethods: PAYMENT_METHODS },
      )
    case 'licences':
      return labelsOf(i18n, 'fields.licences', {
        ...LEDGER_HEAD,
        key: 'salesContracts.licences.key',
        seats: 'salesContracts.licences.seats',
        startsOn: 'salesContracts.licences.startsOn',
        expiresOn: 'salesContracts.export.expiresOn',
      })
  }
}
