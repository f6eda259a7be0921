import { CHANNELS, REQ_CATEGORIES, REQ_PRIORITIES, REQ_STATUSES, STAGES, TEST_STATUSES, TICKET_CHANNELS, TICKET_KINDS, TICKET_PRIORITIES, TICKET_STATUSES } from './enums'
import type { Translator } from './errors'

// An exported list speaks the interface's language: its title, its columns' titles and its
// choices' labels go with the export call (the backend knows the rows, not the words).

export type ListFormat = 'csv' | 'xlsx'

export interface ListLabels {
  title: string
  columns: Record<string, string>
  values: Record<string, Record<string, string>>
}

/** The labels of a choice list's codes: { lead: '线索', ... } from stages.lead. */
export function choiceLabels(i18n: Translator, section: string, codes: readonly string[]): Record<string, string> {
  return Object.fromEntries(codes.map((c) => [c, i18n.t(`${section}.${c}`)]))
}

/** The customer list's words: its columns as the table titles them, and the fields it does not
 * show as the form names them (an export holds them too, for the import to read back). */
export function customerListLabels(i18n: Translator): ListLabels {
  const t = (k: string) => i18n.t(k)
  return {
    title: t('customers.title'),
    columns: {
      number: t('customers.columns.number'),
      name: t('customers.columns.name'),
      shortName: t('fields.shortName'),
      industry: t('fields.industry'),
      region: t('fields.region'),
      city: t('customers.columns.city'),
      channel: t('customers.columns.channel'),
      stage: t('customers.columns.stage'),
      tags: t('customers.columns.tags'),
      primaryContact: t('customers.columns.primaryContact'),
      contactCount: t('customers.columns.contactCount'),
      interactionCount: t('customers.columns.interactionCount'),
      lastContactAt: t('customers.columns.lastContact'),
      nextFollowUp: t('customers.columns.nextFollowUp'),
      createdAt: t('listExport.createdAt'),
      updatedAt: t('listExport.updatedAt'),
    },
    values: { stages: choiceLabels(i18n, 'stages', STAGES), channels: choiceLabels(i18n, 'channels', CHANNELS) },
  }
}

/** The requirement list's words: its columns as the table titles them, the tests by level. */
export function requirementListLabels(i18n: Translator): ListLabels {
  const t = (k: string) => i18n.t(k)
  return {
    title: t('reqList.title'),
    columns: {
      number: t('customers.columns.number'),
      title: t('fields.requirementTitle'),
      customer: t('fields.customerId'),
      customerRef: t('listExport.customerRef'),
      category: t('fields.category'),
      priority: t('fields.priority'),
      module: t('fields.module'),
      status: t('fields.status'),
      unit: t('testLevels.unit'),
      integration: t('testLevels.integration'),
      system: t('testLevels.system'),
      updatedAt: t('listExport.updatedAt'),
    },
    values: {
      reqCategories: choiceLabels(i18n, 'reqCategories', REQ_CATEGORIES),
      reqPriorities: choiceLabels(i18n, 'reqPriorities', REQ_PRIORITIES),
      reqStatuses: choiceLabels(i18n, 'reqStatuses', REQ_STATUSES),
      testStatuses: choiceLabels(i18n, 'testStatuses', TEST_STATUSES),
    },
  }
}

/** The support queue's words. */
export function ticketListLabels(i18n: Translator): ListLabels {
  const t = (k: string) => i18n.t(k)
  return {
    title: t('tickets.title'),
    columns: {
      number: t('fields.number'),
      title: t('tickets.subject'),
      customer: t('fields.customerId'),
      kind: t('fields.kind'),
      priority: t('fields.priority'),
      status: t('fields.status'),
      channel: t('fields.channel'),
      due: t('tickets.slaDue'),
      breached: t('listExport.breached'),
      spentMinutes: t('listExport.spentMinutes'),
      createdAt: t('listExport.createdAt'),
      updatedAt: t('listExport.updatedAt'),
    },
    values: {
      ticketKinds: choiceLabels(i18n, 'ticketKinds', TICKET_KINDS),
      ticketPriorities: choiceLabels(i18n, 'ticketPriorities', TICKET_PRIORITIES),
      ticketStatuses: choiceLabels(i18n, 'ticketStatuses', TICKET_STATUSES),
      ticketChannels: choiceLabels(i18n, 'ticketChannels', TICKET_CHANNELS),
      yesNo: { yes: t('listExport.yes'), no: t('listExport.no') },
    },
  }
}
