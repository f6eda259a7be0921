import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { NConfigProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'
import { localZone } from '@/lib/zones'
import ClocksCard from './ClocksCard.vue'
import type { TicketDetail } from '@/stores/tickets'

const ZERO = '0001-01-01T00:00:00Z'
const POLICY = '华东区重点客户工作日金牌服务策略（含节假日）'
// UTC+14 all year: no computer this runs on reads the same wall clock.
const FAR = 'Pacific/Kiritimati'

function clock(kind: string, state: string, extra: Record<string, unknown> = {}) {
  return { kind, state, priority: 'P2', target: 60, start: '2026-11-24T13:00:00Z', due: ZERO, atRiskAt: ZERO, stoppedAt: ZERO, breachedAt: ZERO, elapsed: 0, missed: 0, retargets: [], spans: [], truncated: false, ...extra }
}

function mountCard(timeZone: string, clocks: unknown[]) {
  const detail = { ticket: { outOfContract: false }, clocks: { policyName: POLICY, always: false, timeZone, now: '2026-11-24T13:30:00Z', clocks } } as unknown as TicketDetail
  const Host = defineComponent({ setup: () => () => h(NConfigProvider, null, () => h(ClocksCard, { detail })) })
  return mount(Host, { global: { plugins: [createPinia(), makeI18n('en')] } })
}

describe('ClocksCard', () => {
  it('says when a clock met while waiting was met and after how long, never "due —"', () => {
    const w = mountCard(localZone(), [clock('resolution', 'met', { stoppedAt: '2026-11-24T13:23:00Z', elapsed: 180 * 60 })])
    const line = w.get('[data-testid="clock-line"]').text()
    expect(line).toMatch(/^Met .+ while waiting \(the clock was paused\), after 3 h$/)
    expect(line).not.toContain('—')
  })

  it('shows the calendar time beside a time only where the calendar zone reads differently', () => {
    const met = clock('first_response', 'met', { stoppedAt: '2026-11-24T13:23:00Z', due: '2026-11-24T14:00:00Z' })
    expect(mountCard(localZone(), [met]).find('[data-testid="clock-zone-note"]').exists()).toBe(false)
    const notes = mountCard(FAR, [met]).findAll('[data-testid="clock-zone-note"]')
    // Both instants of the line (met, due): Kiritimati is on 25 November by then.
    expect(notes.map((n) => n.text())).toEqual(['(11-25 03:23 Line Islands Time)', '(11-25 04:00 Line Islands Time)'])
  })

  it('puts a long policy name under the title, never beside it', () => {
    const w = mountCard(FAR, [])
    expect(w.get('.n-card-header').text()).toBe('SLA clocks')
    expect(w.get('[data-testid="clocks-policy"]').text()).toBe(`${POLICY} · Line Islands Time`)
  })
})
