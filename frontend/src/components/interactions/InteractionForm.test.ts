import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import dayjs from 'dayjs'
import { NConfigProvider, NDatePicker, NMessageProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'

const api = vi.hoisted(() => ({ Create: vi.fn(), Update: vi.fn() }))
vi.mock('@/wailsjs/go/api/Interactions', () => api)

import InteractionForm from './InteractionForm.vue'

function mountForm(locale: 'zh-CN' | 'en') {
  const Host = defineComponent({
    setup: () => () =>
      h(NConfigProvider, null, () =>
        h(NMessageProvider, null, () => h(InteractionForm, { show: true, customerId: 'c1', interaction: null, contactNames: [] })),
      ),
  })
  return mount(Host, { attachTo: document.body, global: { plugins: [createPinia(), makeI18n(locale)] } })
}

// The pickers in the order of the form: the communication's time, then the follow-up date.
function pickers(w: ReturnType<typeof mountForm>) {
  const [at, followUp] = w.findAllComponents(NDatePicker)
  return { at, followUp }
}

describe('InteractionForm', () => {
  beforeEach(() => {
    vi.resetAllMocks()
    document.body.innerHTML = ''
  })

  it('offers Today and In 1 week for the follow-up date', async () => {
    const w = mountForm('en')
    await flushPromises()
    const { followUp } = pickers(w)
    const shortcuts = followUp.props('shortcuts') as Record<string, () => number>
    expect(Object.keys(shortcuts)).toEqual(['Today', 'In 1 week'])
    expect(shortcuts['Today']()).toBe(dayjs().startOf('day').valueOf())
    expect(shortcuts['In 1 week']()).toBe(dayjs().startOf('day').add(7, 'day').valueOf())
    // No "Now" beside "Today": only Clear stays of the picker's own actions.
    expect(followUp.props('actions')).toEqual(['clear'])
    w.unmount()
  })

  it('names the shortcuts in Chinese', async () => {
    const w = mountForm('zh-CN')
    await flushPromises()
    expect(Object.keys(pickers(w).followUp.props('shortcuts') as object)).toEqual(['今天', '一周后'])
    w.unmount()
  })

  it('starts a new communication at the current time and saves it so', async () => {
    api.Create.mockImplementation(async (x: unknown) => ({ ...(x as object), id: 'i1', number: 1 }))
    const before = Date.now()
    const w = mountForm('en')
    await flushPromises()
    const at = pickers(w).at.props('value') as number
    expect(at).toBeGreaterThanOrEqual(before)
    expect(at).toBeLessThanOrEqual(Date.now())
    document.body.querySelector<HTMLButtonElement>('[data-testid="interaction-save"]')!.click()
    await flushPromises()
    const sent = api.Create.mock.calls[0][0]
    expect(new Date(sent.at).getTime()).toBe(at)
    expect(sent.followUpOn).toBe('')
    w.unmount()
  })
})
