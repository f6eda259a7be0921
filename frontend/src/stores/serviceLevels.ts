import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import * as ServiceLevels from '@/wailsjs/go/api/ServiceLevels'
import type { backend } from '@/wailsjs/go/models'
import type { Translator } from '@/lib/errors'
import { zoneLabel } from '@/lib/zones'
import { TICKET_PRIORITIES } from '@/lib/enums'
import { call } from './call'

export type SLAPolicy = backend.SLAPolicy
export type ServiceTier = backend.ServiceTier

export type Priority = (typeof TICKET_PRIORITIES)[number]
export const TARGET_KINDS = ['firstResponse', 'nextResponse', 'resolution'] as const
export type TargetKind = (typeof TARGET_KINDS)[number]
/** The longest target the backend accepts: a year of working time, in minutes. */
export const MAX_TARGET_MINUTES = 525_600
/** Weekdays as the editor lists them, Monday first; the numbers are the backend's (0 = Sunday). */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const
export const TIME_ZONES = [
  'Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Taipei', 'Asia/Singapore', 'Asia/Tokyo',
  'Europe/London', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'UTC',
]
/** Go decodes no "" into a uuid: a new record goes with the nil one and the backend assigns it. */
export const NIL_ID = '00000000-0000-0000-0000-000000000000'

// Plain data for the forms (the generated classes carry a conversion method).
export interface Interval {
  start: string
  end: string
}
export interface Targets {
  firstResponse: number
  nextResponse: number
  resolution: number
}
export interface CalendarInput {
  always: boolean
  timeZone: string
  week: Interval[][] // 7 days, 0 = Sunday
  holidays: string[]
  extraWorkdays: string[]
}
export interface PolicyInput {
  name: string
  calendar: CalendarInput
  targets: Record<Priority, Targets>
}
export type TierInput = Pick<ServiceTier, 'name' | 'policyId' | 'description'>

const officeDay = (): Interval[] => [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }]

/** A new policy: Monday to Friday office hours in China, no promises yet. */
export function emptyPolicy(): PolicyInput {
  const week = Array.from({ length: 7 }, (_, d) => (d >= 1 && d <= 5 ? officeDay() : []))
  const targets = Object.fromEntries(TICKET_PRIORITIES.map((p) => [p, { firstResponse: 0, nextResponse: 0, resolution: 0 }])) as Record<Priority, Targets>
  return { name: '', calendar: { always: false, timeZone: 'Asia/Shanghai', week, holidays: [], extraWorkdays: [] }, targets }
}

/** A stored policy as a form's copy (deep, with every day and priority present). */
export function policyInput(p: SLAPolicy): PolicyInput {
  const out = emptyPolicy()
  const c = p.calendar
  out.name = p.name
  out.calendar = {
    always: !!c?.always,
    timeZone: c?.timeZone || 'Asia/Shanghai',
    week: Array.from({ length: 7 }, (_, d) => (c?.week?.[d] ?? []).map((iv) => ({ start: iv.start, end: iv.end }))),
    holidays: [...(c?.holidays ?? [])],
    extraWorkdays: [...(c?.extraWorkdays ?? [])],
  }
  for (const pr of TICKET_PRIORITIES) {
    const t = p.targets?.[pr]
    if (t) out.targets[pr] = { firstResponse: t.firstResponse ?? 0, nextResponse: t.nextResponse ?? 0, resolution: t.resolution ?? 0 }
  }
  return out
}

/** What SavePolicy gets. A 7x24 calendar counts every minute: its hours and days off are left
 * out (the form keeps them in case the user switches back). */
export function policyBody(input: PolicyInput, id = NIL_ID): SLAPolicy {
  const c = input.calendar
  const calendar: CalendarInput = c.always
    ? { always: true, timeZone: c.timeZone.trim(), week: Array.from({ length: 7 }, () => []), holidays: [], extraWorkdays: [] }
    : {
        always: false,
        timeZone: c.timeZone.trim(),
        week: c.week.map((day) => day.map((iv) => ({ start: iv.start.trim(), end: iv.end.trim() }))),
        holidays: [...c.holidays],
        extraWorkdays: [...c.extraWorkdays],
      }
  const targets = Object.fromEntries(TICKET_PRIORITIES.map((p) => [p, { ...input.targets[p] }]))
  return { id, name: input.name, calendar, targets } as unknown as SLAPolicy
}

const intervalsText = (day: Interval[], sep: string) =>
  [...day].sort((a, b) => a.start.localeCompare(b.start)).map((iv) => `${iv.start}–${iv.end}`).join(sep)

/** "Mon–Fri 09:00–12:00, 13:00–18:00 · China (Beijing) (UTC+8) · 3 holidays", or "7x24". */
export function calendarSummary(c: backend.Calendar | CalendarInput | undefined, i18n: Pick<Translator, 't' | 'te'>): string {
  const { t } = i18n
  if (!c) return ''
  if (c.always) return t('serviceLevels.always')
  const groups: string[] = []
  let run: number[] = []
  let runText = ''
  const flush = () => {
    if (!run.length || !runText) return
    const first = t(`serviceLevels.daysShort.${run[0]}`)
    const last = t(`serviceLevels.daysShort.${run[run.length - 1]}`)
    groups.push(`${run.length > 1 ? `${first}–${last}` : first} ${runText}`)
  }
  for (const d of WEEK_ORDER) {
    const text = intervalsText(c.week?.[d] ?? [], t('common.listSep'))
    if (text && text === runText) {
      run.push(d)
      continue
    }
    flush()
    run = [d]
    runText = text
  }
  flush()
  const parts = [groups.length ? groups.join(t('common.groupSep')) : t('serviceLevels.noHours'), zoneLabel(c.timeZone || 'Asia/Shanghai', i18n)]
  const holidays = c.holidays?.length ?? 0
  const extra = c.extraWorkdays?.length ?? 0
  if (holidays) parts.push(t('serviceLevels.holidayCount', { n: holidays }, holidays))
  if (extra) parts.push(t('serviceLevels.workdayCount', { n: extra }, extra))
  return parts.join(' · ')
}

/** The SLA policies (SLA 策略) and service tiers (服务等级) of Settings: few, so listed whole. */
export const useServiceLevelsStore = defineStore('serviceLevels', () => {
  const policies = shallowRef<SLAPolicy[]>([])
  const tiers = shallowRef<ServiceTier[]>([])
  const loading = ref(false)
  const loaded = ref(false)
  const policyById = computed(() => new Map(policies.value.map((p) => [p.id, p])))

  async function load() {
    loading.value = true
    try {
      const res = await call(ServiceLevels.List())
      policies.value = res?.policies ?? []
      tiers.value = res?.tiers ?? []
      loaded.value = true
    } finally {
      loading.value = false
    }
  }

  /** The name of a policy by id, '' when it is not known. */
  function policyName(id: string): string {
    return policyById.value.get(id)?.name ?? ''
  }

  async function savePolicy(input: PolicyInput, existing?: SLAPolicy) {
    const saved = await call(ServiceLevels.SavePolicy(policyBody(input, existing?.id || NIL_ID)))
    await load()
    return saved
  }

  async function removePolicy(p: SLAPolicy) {
    await call(ServiceLevels.DeletePolicy(p.id))
    await load()
  }

  async function saveTier(input: TierInput, existing?: ServiceTier) {
    const body = { id: existing?.id || NIL_ID, name: input.name, policyId: input.policyId || NIL_ID, description: input.description }
    const saved = await call(ServiceLevels.SaveTier(body as ServiceTier))
    await load()
    return saved
  }

  async function removeTier(tier: ServiceTier) {
    await call(ServiceLevels.DeleteTier(tier.id))
    await load()
  }

  return { policies, tiers, loading, loaded, load, policyName, savePolicy, removePolicy, saveTier, removeTier }
})
