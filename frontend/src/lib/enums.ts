// The enums of the Go domain (backend/customer.go, interaction.go, settings.go). The backend
// validates them; the frontend needs the lists to build selects and the colours to build tags.
export const STAGES = ['lead', 'prospect', 'customer', 'churned'] as const
export type Stage = (typeof STAGES)[number]

export const CHANNELS = ['website', 'referral', 'exhibition', 'social_media', 'email_campaign', 'partner', 'cold_call', 'other'] as const
export type Channel = (typeof CHANNELS)[number]

export const INTERACTION_KINDS = ['meeting', 'call', 'visit', 'email', 'wechat', 'demo'] as const
export type InteractionKind = (typeof INTERACTION_KINDS)[number]

export const LANGUAGES = ['auto', 'zh-CN', 'en'] as const
export const THEMES = ['auto', 'light', 'dark'] as const

type TagType = 'default' | 'info' | 'success' | 'warning' | 'error' | 'primary'

export function stageTagType(stage: string): TagType {
  switch (stage) {
    case 'lead':
      return 'info'
    case 'prospect':
      return 'warning'
    case 'customer':
      return 'success'
    case 'churned':
      return 'error'
    default:
      return 'default'
  }
}

// Deals (backend/deal.go): the pipeline's stages in order, and the currencies an amount may be in.
export const DEAL_STAGES = ['initial', 'qualified', 'proposal', 'negotiation', 'won', 'lost'] as const
export type DealStage = (typeof DEAL_STAGES)[number]
export const CURRENCIES = ['CNY', 'USD', 'EUR', 'GBP', 'JPY', 'HKD', 'TWD', 'SGD', 'AUD', 'CAD', 'CHF', 'KRW'] as const

// Sales contracts (backend/sales_contract.go).
export const LICENCE_TYPES = ['perpetual', 'subscription'] as const
export const INSTALMENT_TRIGGERS = ['signing', 'golive', 'acceptance', 'date'] as const
export const PAYMENT_METHODS = ['bank_transfer', 'alipay', 'wechat_pay', 'cheque', 'cash', 'other'] as const
// the customer story (客户全景): its filter chips, and the events its items tell (backend/customer_story.go)
export const STORY_KINDS = ['interaction', 'deal', 'quote', 'sales_contract', 'invoice', 'payment', 'requirement', 'baseline', 'deployment', 'ticket', 'callback', 'contract', 'change'] as const
export type StoryKind = (typeof STORY_KINDS)[number]
export const STORY_EVENTS = ['meeting', 'call', 'visit', 'email', 'wechat', 'demo', 'deal_created', 'quote_sent', 'deal_won', 'deal_lost', 'contract_signed', 'invoice_issued', 'payment_received', 'requirement_raised', 'baseline_confirmed', 'requirement_confirmed', 'requirement_released', 'deployed', 'training', 'go_live', 'accepted', 'ticket_opened', 'ticket_resolved', 'callback_done', 'contract_started', 'contract_renewed', 'contract_renewal_due', 'contract_expired', 'changed'] as const

export function dealStageTagType(stage: string): TagType {
  switch (stage) {
    case 'won':
      return 'success'
    case 'lost':
      return 'error'
    case 'negotiation':
      return 'warning'
    case 'proposal':
      return 'primary'
    default:
      return 'info'
  }
}

export function kindTagType(kind: string): TagType {
  switch (kind) {
    case 'meeting':
    case 'visit':
      return 'primary'
    case 'demo':
      return 'success'
    case 'call':
      return 'warning'
    default:
      return 'info'
  }
}

// Requirements (backend/requirement.go, workflow.go). Statuses in life-cycle order.
export const REQ_STATUSES = ['draft', 'in_review', 'confirmed', 'designed', 'in_development', 'in_test', 'released', 'accepted', 'rejected', 'deferred'] as const
export const REQ_CATEGORIES = ['functional', 'performance', 'ui_ux', 'security', 'integration', 'data', 'other'] as const
export const REQ_PRIORITIES = ['must', 'should', 'could', 'wont'] as const
/** Every source kind the backend knows (for labels). */
export const REQ_SOURCE_KINDS = ['meeting', 'research', 'competitor', 'internal', 'ticket', 'feedback'] as const
/** The ones a user picks in the form: tickets and feedback make their requirements themselves. */
export const REQ_SOURCE_CHOICES = ['meeting', 'research', 'competitor', 'internal'] as const

export function reqStatusTagType(status: string): TagType {
  switch (status) {
    case 'draft':
      return 'default'
    case 'in_review':
    case 'confirmed':
      return 'info'
    case 'designed':
    case 'in_development':
    case 'in_test':
      return 'warning'
    case 'released':
    case 'accepted':
      return 'success'
    case 'rejected':
      return 'error'
    default:
      return 'default'
  }
}

export function priorityTagType(priority: string): TagType {
  return priority === 'must' ? 'error' : priority === 'should' ? 'warning' : 'default'
}

/** The levels of testing of a requirement (its `tests`), and the state of each. */
export const TEST_LEVELS = ['unit', 'integration', 'system'] as const
export const TEST_STATUSES = ['not_started', 'passed', 'failed'] as const

export function testStatusTagType(status: string): TagType {
  return status === 'passed' ? 'success' : status === 'failed' ? 'error' : 'default'
}

/** How a customer confirmed its requirements (backend.ConfirmMethods). */
export const CONFIRM_METHODS = ['signed_paper', 'email', 'seal', 'meeting'] as const

// Releases (backend/release.go). Statuses in life-cycle order.
export const REL_STATUSES = ['planned', 'in_test', 'released', 'withdrawn'] as const
export type RelStatus = (typeof REL_STATUSES)[number]

export function relStatusTagType(status: string): TagType {
  switch (status) {
    case 'planned':
      return 'info'
    case 'in_test':
      return 'warning'
    case 'released':
      return 'success'
    case 'withdrawn':
      return 'error'
    default:
      return 'default'
  }
}

// Deployments (backend/deployment.go). Statuses in life-cycle order.
export const DEP_STATUSES = ['planned', 'preparing', 'deployed', 'training', 'live', 'accepted', 'rolled_back'] as const
export const ENVIRONMENTS = ['production', 'staging', 'test'] as const
/** The statuses in which the deployed release runs at the customer. */
export const DEP_IN_USE: readonly string[] = ['deployed', 'training', 'live', 'accepted']

export function depStatusTagType(status: string): TagType {
  switch (status) {
    case 'planned':
      return 'default'
    case 'preparing':
      return 'info'
    case 'deployed':
    case 'training':
      return 'warning'
    case 'live':
    case 'accepted':
      return 'success'
    case 'rolled_back':
      return 'error'
    default:
      return 'default'
  }
}

// Support (backend/ticket.go, servicelevels.go).
export const TICKET_VIEWS = ['open', 'at_risk', 'breached', 'done', 'all'] as const
export const TICKET_KINDS = ['incident', 'question', 'bug', 'feature', 'maintenance', 'other'] as const
export const TICKET_PRIORITIES = ['P1', 'P2', 'P3', 'P4'] as const
export const TICKET_CHANNELS = ['phone', 'email', 'wechat', 'onsite', 'remote'] as const
export const TICKET_STATUSES = ['new', 'open', 'waiting_customer', 'waiting_third_party', 'resolved', 'closed'] as const
export const CALLBACK_SOURCES = ['ticket', 'go_live', 'training'] as const
export const SHEET_KINDS = ['customers', 'requirements', 'tickets', 'deals', 'sales_contracts', 'payments', 'invoices', 'licences'] as const
export const ENTRY_TYPES = ['reply', 'call', 'note', 'customer'] as const

/** Kinds of backup (backend.BackupKinds): Settings and the problem page name each one. */
export const BACKUP_KINDS = ['daily', 'upgrade', 'manual', 'before_restore', 'before_compact', 'damaged', 'salvaged'] as const

/** Why a data file cannot be used (backend.FileProblemKinds); the problem page words each one. */
export const DATA_FILE_PROBLEMS = ['locked', 'newer', 'empty', 'not_a_file', 'foreign', 'truncated', 'header', 'damaged', 'unreadable', 'read_only'] as const

/** Why a customer needs attention (客户健康度), in the order they are shown (backend HealthReasons). */
export const HEALTH_REASONS = ['sla_breach', 'low_satisfaction', 'renewal_due', 'licence_due', 'overdue_payment', 'no_contact'] as const

/** The ages of money owed (backend AgeingBuckets). */
export const AGEING_BUCKETS = ['current', '1_30', '31_90', 'over_90'] as const

/** The sales contracts' lists the Sales page's receivables tab exports: the receivables as listed,
 * and every contract, invoice, payment and licence, each with its contract and customer. */
export const SALES_LEDGERS = ['receivables', 'contracts', 'invoices', 'payments', 'licences'] as const
export type SalesLedger = (typeof SALES_LEDGERS)[number]
