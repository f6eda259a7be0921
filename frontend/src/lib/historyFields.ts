// What each recorded field of each record kind is, for the history to word its changes: its label
// (an i18n key) and the type of its values. Field names are those of the Go records' JSON
// (backend/*.go); nested ones are dotted paths as flattenChanges makes them ("tests.unit.status").
// A field missing here has no words: the history test (historyText.test.ts) walks every field the
// backend records and fails on it.

export type FieldType =
  | { type: 'text' } // one line the user typed
  | { type: 'markdown' } // a longer text: shown as its plain preview
  | { type: 'enum'; section: string } // translated from `${section}.${value}`
  | { type: 'date' } // YYYY-MM-DD
  | { type: 'datetime' }
  | { type: 'bool'; sentence: string } // changes.bool.<sentence>.on / .off
  | { type: 'ref' } // another record's id, named from the event's refs
  | { type: 'refs' } // a list of ids
  | { type: 'list' } // a list of short texts
  | { type: 'dates' } // a list of YYYY-MM-DD
  | { type: 'days' | 'hours' | 'money' | 'number' | 'score' | 'nps' | 'target' }
  | { type: 'amount' } // hundredths in the record's own currency (a deal's): its number only
  | { type: 'rate' } // millionths of a CNY per unit
  | { type: 'instalments' | 'invoices' | 'payments' | 'licences' } // a sales contract's lists, a row a line
  | { type: 'quotes' } // a deal's quotes, by number
  | { type: 'checklist' | 'trainings' | 'week' }

export interface FieldSpec {
  label: string | string[] // an i18n key, or keys whose words are joined ("P1 紧急 · 首次响应")
  value: FieldType
}

const text = (label: string): FieldSpec => ({ label, value: { type: 'text' } })
const md = (label: string | string[]): FieldSpec => ({ label, value: { type: 'markdown' } })
const date = (label: string): FieldSpec => ({ label, value: { type: 'date' } })
const ref = (label: string): FieldSpec => ({ label, value: { type: 'ref' } })
const list = (label: string): FieldSpec => ({ label, value: { type: 'list' } })
const enumOf = (label: string, section: string): FieldSpec => ({ label, value: { type: 'enum', section } })
const bool = (label: string, sentence: string): FieldSpec => ({ label, value: { type: 'bool', sentence } })
const of = (label: string | string[], type: 'days' | 'hours' | 'money' | 'number' | 'score' | 'nps' | 'target'): FieldSpec => ({ label, value: { type } })

// Fields every kind has; a kind's own entry wins.
const COMMON: Record<string, FieldSpec> = {
  number: of('fields.number', 'number'),
  customerId: ref('fields.customerId'),
  notes: md('fields.notes'),
  description: md('fields.description'),
  name: text('fields.name'),
  website: text('fields.website'),
}

const TESTS = Object.fromEntries(
  ['unit', 'integration', 'system'].flatMap((level) => [
    [`tests.${level}.status`, enumOf(`testLevels.${level}`, 'testStatuses')],
    [`tests.${level}.note`, md([`testLevels.${level}`, 'requirements.testNote'])],
  ]),
)

const TARGETS = Object.fromEntries(
  ['P1', 'P2', 'P3', 'P4'].flatMap((p) =>
    ['firstResponse', 'nextResponse', 'resolution'].map((k) => [`targets.${p}.${k}`, of([`ticketPriorities.${p}`, `serviceLevels.targets.${k}`], 'target')]),
  ),
)

export const FIELDS: Record<string, Record<string, FieldSpec>> = {
  customer: {
    shortName: text('fields.shortName'),
    industry: text('fields.industry'),
    region: text('fields.region'),
    city: text('fields.city'),
    address: text('fields.address'),
    channel: enumOf('fields.channel', 'channels'),
    stage: enumOf('fields.stage', 'stages'),
    tags: list('fields.tags'),
    archived: bool('fields.archived', 'archived'),
  },
  contact: {
    name: text('changes.fields.personName'),
    title: text('fields.title'),
    phone: text('fields.phone'),
    mobile: text('fields.mobile'),
    email: text('fields.email'),
    wechat: text('fields.wechat'),
    primary: bool('fields.primary', 'primary'),
  },
  interaction: {
    kind: enumOf('changes.fields.interactionKind', 'interactionKinds'),
    at: { label: 'fields.at', value: { type: 'datetime' } },
    participants: list('fields.participants'),
    summary: md('fields.summary'),
    outcome: md('fields.outcome'),
    nextStep: md('fields.nextStep'),
    followUpOn: date('fields.followUpOn'),
    followUpDone: bool('fields.followUpDone', 'followUpDone'),
  },
  competitor: {
    name: text('fields.company'),
    product: text('fields.product'),
    strengths: md('fields.strengths'),
    weaknesses: md('fields.weaknesses'),
    priceNotes: md('fields.priceNotes'),
  },
  requirement: {
    title: text('fields.requirementTitle'),
    category: enumOf('fields.category', 'reqCategories'),
    priority: enumOf('fields.priority', 'reqPriorities'),
    status: enumOf('fields.status', 'reqStatuses'),
    'source.kind': enumOf('fields.source', 'reqSources'),
    'source.refId': ref('changes.fields.sourceRecord'),
    'source.note': text('changes.fields.sourceNote'),
    acceptance: list('fields.acceptance'),
    estimateDays: of('fields.estimateDays', 'days'),
    module: text('fields.module'),
    'design.architecture': md('requirements.architecture'),
    'design.ui': md('requirements.uiDesign'),
    'design.technical': md('requirements.technical'),
    ...TESTS,
  },
  release: {
    version: text('fields.version'),
    plannedDate: date('fields.plannedDate'),
    actualDate: date('fields.actualDate'),
    status: enumOf('fields.status', 'relStatuses'),
    requirements: { label: 'fields.requirements', value: { type: 'refs' } },
    knownIssues: md('fields.knownIssues'),
  },
  deployment: {
    releaseId: ref('fields.releaseId'),
    environment: enumOf('fields.environment', 'environments'),
    status: enumOf('fields.status', 'depStatuses'),
    releaseOverride: md('fields.releaseOverride'),
    checklist: { label: 'fields.checklist', value: { type: 'checklist' } },
    deployedOn: date('fields.deployedOn'),
    deployedBy: text('fields.deployedBy'),
    configNotes: md('fields.configNotes'),
    trainings: { label: 'fields.trainings', value: { type: 'trainings' } },
    goLiveOn: date('fields.goLiveOn'),
    supportUntil: date('fields.supportUntil'),
    'acceptance.by': text('fields.acceptedBy'),
    'acceptance.date': date('fields.acceptedOn'),
    'acceptance.method': enumOf('changes.fields.acceptanceMethod', 'confirmMethods'),
    'acceptance.note': md('changes.fields.acceptanceNote'),
    rollbackReason: md('fields.rollbackReason'),
  },
  ticket: {
    contactId: ref('fields.contactId'),
    title: text('fields.requirementTitle'),
    kind: enumOf('fields.type', 'ticketKinds'),
    priority: enumOf('fields.priority', 'ticketPriorities'),
    channel: enumOf('fields.channel', 'ticketChannels'),
    status: enumOf('fields.status', 'ticketStatuses'),
    releaseId: ref('changes.fields.affectedRelease'),
    fixedInId: ref('fields.fixedInId'),
    contractId: ref('changes.fields.contract'),
    policyId: ref('serviceLevels.policy'),
    outOfContract: bool('changes.fields.outOfContract', 'outOfContract'),
    requirementId: ref('changes.fields.requirement'),
    spentMinutes: of('changes.fields.spent', 'target'),
  },
  contract: {
    tierId: ref('contracts.fields.tierId'),
    startDate: date('contracts.fields.startDate'),
    endDate: date('contracts.fields.endDate'),
    includedHours: of('changes.fields.includedHours', 'hours'),
    price: of('contracts.fields.price', 'money'),
  },
  sla_policy: {
    'calendar.always': bool('serviceLevels.calendarKind', 'always'),
    'calendar.timeZone': text('serviceLevels.timeZone'),
    'calendar.week': { label: 'serviceLevels.week', value: { type: 'week' } },
    'calendar.holidays': { label: 'serviceLevels.holidays', value: { type: 'dates' } },
    'calendar.extraWorkdays': { label: 'serviceLevels.extraWorkdays', value: { type: 'dates' } },
    ...TARGETS,
  },
  service_tier: {
    policyId: ref('serviceLevels.policy'),
  },
  deal: {
    title: text('deals.fields.title'),
    quotes: { label: 'fields.quotes', value: { type: 'quotes' } },
    amount: { label: 'deals.fields.amount', value: { type: 'amount' } },
    currency: text('deals.fields.currency'),
    rate: { label: 'deals.fields.rate', value: { type: 'rate' } },
    stage: enumOf('deals.fields.stage', 'dealStages'),
    probability: of('deals.fields.probability', 'number'),
    expectedClose: date('deals.fields.expectedClose'),
    closedOn: date('deals.fields.closedOn'),
    channel: enumOf('fields.channel', 'channels'),
    products: list('deals.fields.products'),
    nextStep: text('deals.fields.nextStep'),
    lostReason: text('deals.fields.lostReason'),
    interactionIds: { label: 'deals.fields.interactionIds', value: { type: 'refs' } },
    requirementIds: { label: 'deals.fields.requirementIds', value: { type: 'refs' } },
  },
  sales_contract: {
    title: text('salesContracts.fields.title'),
    dealId: ref('fields.dealId'),
    signedOn: date('fields.signedOn'),
    amount: { label: 'deals.fields.amount', value: { type: 'amount' } },
    currency: text('deals.fields.currency'),
    rate: { label: 'deals.fields.rate', value: { type: 'rate' } },
    licence: enumOf('fields.licence', 'licenceTypes'),
    termMonths: of('fields.termMonths', 'number'),
    seats: of('fields.seats', 'number'),
    maintenanceId: ref('fields.maintenanceId'),
    plan: { label: 'fields.plan', value: { type: 'instalments' } },
    invoices: { label: 'fields.invoices', value: { type: 'invoices' } },
    payments: { label: 'fields.payments', value: { type: 'payments' } },
    licences: { label: 'fields.licences', value: { type: 'licences' } },
  },
  callback: {
    source: enumOf('changes.fields.callbackSource', 'callbacks.sources'),
    sourceId: ref('changes.fields.callbackSource'),
    sourceRef: text('changes.fields.callbackSource'),
    topic: text('changes.fields.topic'),
    dueOn: date('changes.fields.dueOn'),
    done: bool('changes.fields.callbackDone', 'callbackDone'),
    doneOn: date('changes.fields.doneOn'),
    contact: text('callbacks.fields.contact'),
    score: of('callbacks.fields.score', 'score'),
    nps: of('callbacks.fields.nps', 'nps'),
    comments: md('callbacks.fields.comments'),
    requirements: { label: 'changes.fields.suggestions', value: { type: 'refs' } },
  },
}

/** The spec of a recorded field, or undefined when the history has no words for it. */
export function fieldSpec(kind: string, field: string): FieldSpec | undefined {
  return FIELDS[kind]?.[field] ?? COMMON[field]
}
