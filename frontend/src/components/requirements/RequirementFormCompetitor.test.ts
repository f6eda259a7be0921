import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { NConfigProvider, NMessageProvider, NSelect } from 'naive-ui'
import { makeI18n } from '@/i18n'

const req = vi.hoisted(() => ({ Create: vi.fn(), Update: vi.fn(), ListByCustomer: vi.fn(), NextStatuses: vi.fn() }))
const interactions = vi.hoisted(() => ({ ListByCustomer: vi.fn() }))
const competitors = vi.hoisted(() => ({ List: vi.fn() }))
vi.mock('@/wailsjs/go/api/Requirements', () => req)
vi.mock('@/wailsjs/go/api/Interactions', () => interactions)
vi.mock('@/wailsjs/go/api/Competitors', () => competitors)

import RequirementForm from './RequirementForm.vue'
import type { Requirement } from '@/stores/requirements'

const CUSTOMER = 'c1'
const comp = (id: string, number: number, name: string, product: string) => ({
  competitor: { id, number, name, product, website: '', strengths: '', weaknesses: '', priceNotes: '', notes: '', createdAt: '', updatedAt: '' },
  requirements: 0,
})
const MEETING = { id: 'm1', kind: 'meeting', at: '2025-03-04T10:00:00Z', summary: '讨论报表导出' }

function mountForm(props: Record<string, unknown> = {}, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const Host = defineComponent({
    setup: () => () =>
      h(NConfigProvider, null, () =>
        h(NMessageProvider, null, () => h(RequirementForm, { show: true, customerId: CUSTOMER, requirement: null, ...props })),
      ),
  })
  return mount(Host, { attachTo: document.body, global: { plugins: [createPinia(), makeI18n(locale)] } })
}

// The drawer and the select menus teleport to <body>; query the document like a user looks at it.
const $ = <T extends Element = HTMLElement>(sel: string) => document.body.querySelector<T>(sel)
const byTestId = <T extends Element = HTMLElement>(id: string) => $<T>(`[data-testid="${id}"]`)

// Naive's menus render their options in a virtual list, which happy-dom (no layout) leaves empty:
// read a select's options and pick one through the component, as its menu would.
type Wrapper = ReturnType<typeof mountForm>
function select(w: Wrapper, testid: string) {
  const found = w.findAllComponents(NSelect).find((c) => c.attributes('data-testid') === testid)
  expect(found, `select ${testid}`).toBeTruthy()
  return found!
}
const labels = (w: Wrapper, testid: string) => (select(w, testid).props('options') as { label: string }[]).map((o) => o.label)
async function choose(w: Wrapper, testid: string, label: string) {
  const option = (select(w, testid).props('options') as { label: string; value: string }[]).find((o) => o.label === label)
  expect(option, `option ${label} in ${labels(w, testid).join(' / ')}`).toBeTruthy()
  select(w, testid).vm.$emit('update:value', option!.value)
  await flushPromises()
}
async function type(testid: string, value: string) {
  const el = byTestId<HTMLInputElement>(testid)!
  el.value = value
  el.dispatchEvent(new Event('input'))
  await nextTick()
}
async function save() {
  byTestId<HTMLButtonElement>('requirement-save')!.click()
  await flushPromises()
}

describe('RequirementForm: a competitor as the source', () => {
  beforeEach(() => {
    vi.resetAllMocks()
    document.body.innerHTML = ''
    req.ListByCustomer.mockResolvedValue({ rows: [], byStatus: {} })
    req.NextStatuses.mockResolvedValue([])
    req.Create.mockImplementation(async (r: Requirement) => ({ ...r, id: 'r1', number: 1 }))
    interactions.ListByCustomer.mockResolvedValue({ rows: [MEETING], total: 1 })
    competitors.List.mockResolvedValue([comp('cp-1', 1, '金蝶', '云星空'), comp('cp-2', 2, '用友', 'U8')])
  })

  it('offers competitor as a source and cites the competitor chosen from the register', async () => {
    const w = mountForm()
    await flushPromises()
    expect(byTestId('req-source-competitor')).toBeNull()
    await choose(w, 'req-input-source', '竞品')
    expect(byTestId('field-competitor')?.textContent).toContain('竞品')
    expect(byTestId('req-source-competitor')?.textContent).toContain('从市场调研中选择竞品')
    expect(byTestId('req-input-meeting')).toBeNull()
    // Asked for the whole register, not the research page's search.
    expect(competitors.List).toHaveBeenCalledWith('')

    expect(labels(w, 'req-source-competitor')).toEqual(['金蝶 · 云星空', '用友 · U8'])
    await choose(w, 'req-source-competitor', '用友 · U8')
    expect(byTestId('req-source-competitor')?.textContent).toContain('用友 · U8')
    await type('req-input-title', '对标 U8 的凭证打印')
    await save()

    expect(req.Create).toHaveBeenCalledTimes(1)
    expect(req.Create.mock.calls[0][0]).toMatchObject({ customerId: CUSTOMER, title: '对标 U8 的凭证打印', source: { kind: 'competitor', refId: 'cp-2', note: '' } })
    w.unmount()
  })

  it('lists the whole register in English, filterable by typing', async () => {
    const w = mountForm({}, 'en')
    await flushPromises()
    expect(labels(w, 'req-input-source')).toEqual(['Meeting', 'Market research', 'Competitor', 'Internal'])
    await choose(w, 'req-input-source', 'Competitor')
    expect(byTestId('field-competitor')?.textContent).toContain('Competitor')
    expect(select(w, 'req-source-competitor').props('filterable')).toBe(true)
    expect(byTestId('req-source-competitor')?.textContent).toContain('Choose a competitor from market research')
    w.unmount()
  })

  it('does not carry a meeting over to a competitor, and shows the refusal of a missing one under Source', async () => {
    req.Create.mockRejectedValue(new Error(JSON.stringify({ code: 'invalid', field: 'source', reason: 'required', message: 'x' })))
    const w = mountForm({ meetingId: 'm1' })
    await flushPromises()
    expect(byTestId('req-input-meeting')?.textContent).toContain('讨论报表导出')
    await choose(w, 'req-input-source', '竞品')
    await type('req-input-title', '标题')
    await save()
    // No refId at all: "" is not a uuid to Go, and the meeting's id is not a competitor's.
    expect(req.Create.mock.calls[0][0].source).toEqual({ kind: 'competitor', note: '' })
    expect(byTestId('error-source')?.textContent).toBe('此项为必填项。')
    expect(byTestId('req-source-competitor')).not.toBeNull()
    w.unmount()
  })

  it('shows the cited competitor of a requirement being edited', async () => {
    const r = {
      id: 'r9', number: 9, customerId: CUSTOMER, title: '多组织', description: '', category: 'functional', priority: 'should', module: '',
      source: { kind: 'competitor', refId: 'cp-1', note: '' }, acceptance: [], estimateDays: 0, status: 'draft',
    } as unknown as Requirement
    const w = mountForm({ requirement: r })
    await flushPromises()
    expect(byTestId('req-input-source')?.textContent).toContain('竞品')
    expect(byTestId('req-source-competitor')?.textContent).toContain('金蝶 · 云星空')
    w.unmount()
  })
})
