import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createMemoryHistory, createRouter } from 'vue-router'
import { NConfigProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'
import type { FollowUp } from '@/stores/interactions'
import FollowUpSection from './FollowUpSection.vue'

function item(n: number): FollowUp {
  return {
    customerName: `客户${n}`,
    customerRef: `C-${String(n).padStart(4, '0')}`,
    interaction: { id: `i${n}`, customerId: `c${n}`, summary: `跟进 ${n}`, nextStep: '', followUpOn: '2025-01-02' },
  } as unknown as FollowUp
}

function mountSection(items: FollowUp[], total: number) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/', component: { render: () => null } }, { path: '/customers/:id', name: 'customer', component: { render: () => null } }] })
  const Host = defineComponent({
    setup: () => () => h(NConfigProvider, null, () => h(FollowUpSection, { title: 'Overdue', items, total, testid: 'follow-ups-overdue', tagType: 'error' })),
  })
  return mount(Host, { global: { plugins: [createPinia(), makeI18n('en'), router] } })
}

const shownItems = (w: ReturnType<typeof mountSection>) => w.findAll('[data-testid="follow-up-item"]')

describe('FollowUpSection', () => {
  it('shows the first part of a long group with its total, and asks for the rest on "Show all"', async () => {
    const w = mountSection(Array.from({ length: 10 }, (_, i) => item(i + 1)), 25)
    expect(shownItems(w)).toHaveLength(10)
    expect(w.find('[data-testid="follow-ups-overdue-count"]').text()).toBe('25')
    expect(w.text()).toContain('showing 10 of 25')
    await w.find('[data-testid="follow-ups-overdue-all"]').trigger('click')
    expect(w.findComponent(FollowUpSection).emitted('showAll')).toHaveLength(1)
  })

  it('offers no "Show all" once the largest page is shown, and still counts the whole group', () => {
    const w = mountSection(Array.from({ length: 200 }, (_, i) => item(i + 1)), 5965)
    expect(w.find('[data-testid="follow-ups-overdue-count"]').text()).toBe('5,965')
    expect(shownItems(w)).toHaveLength(200)
    expect(w.text()).toContain('showing 200 of 5,965')
    expect(w.find('[data-testid="follow-ups-overdue-all"]').exists()).toBe(false)
  }, 30_000) // 200 rows with their links and buttons: slow to mount in happy-dom on a busy machine

  it('lists a short group whole, without a "Show all"', () => {
    const w = mountSection([item(1), item(2)], 2)
    expect(shownItems(w)).toHaveLength(2)
    expect(w.find('[data-testid="follow-ups-overdue-all"]').exists()).toBe(false)
    expect(w.text()).not.toContain('showing')
  })

  it('shows what was said as plain text once the markdown parser has loaded beside the page, and opens the communication', async () => {
    const said = { ...item(1), interaction: { ...item(1).interaction, summary: '**报价**已发，见 `order_id`' } } as FollowUp
    const w = mountSection([said], 1)
    await vi.dynamicImportSettled()
    await flushPromises()
    expect(w.find('[data-testid="follow-up-summary"]').text()).toBe('报价已发，见 order_id')
    expect(w.find('[data-testid="follow-up-open"]').attributes('href')).toBe('/customers/c1?tab=interactions&interaction=i1')
  })
})
