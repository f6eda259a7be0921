import { CHANNELS, STAGES } from './enums'
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
