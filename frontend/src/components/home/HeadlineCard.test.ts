import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { makeI18n } from '@/i18n'
import { useDashboardStore } from '@/stores/dashboard'
import HeadlineCard from './HeadlineCard.vue'

describe('HeadlineCard', () => {
  it('shows dashes until the figures load, then the month in short amounts; overdue money opens the receivables', async () => {
    const stub = { render: () => null }
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/dashboard', name: 'dashboard', component: stub },
        { path: '/deals', name: 'deals', component: stub },
      ],
    })
    const pinia = createPinia()
    setActivePinia(pinia)
    const w = mount(HeadlineCard, { global: { plugins: [pinia, makeI18n('en'), router] } })
    expect(w.find('[data-testid="headline-signed"]').text()).toBe('–Signed')
    useDashboardStore().headline = { month: '2026-11', signedThisMonth: 120_000_00, receivedThisMonth: 0, overdueCny: 72_000_00, needAttention: 4 }
    await flushPromises()
    expect(w.find('[data-testid="headline-signed"]').text()).toBe('CN¥120kSigned')
    expect(w.find('[data-testid="headline-received"]').text()).toBe('CN¥0Received')
    expect(w.find('[data-testid="headline-overdue"]').attributes('href')).toContain('/deals?view=receivables')
    expect(w.find('[data-testid="headline-overdue"] strong').classes()).toContain('alert')
    expect(w.find('[data-testid="headline-attention"]').text()).toBe('4To watch')
  })
})
