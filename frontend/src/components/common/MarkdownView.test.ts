import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'

vi.mock('@/wailsjs/go/api/System', () => ({}))
const openURL = vi.fn()
vi.mock('@/wailsjs/runtime/runtime', () => ({ BrowserOpenURL: (u: string) => openURL(u) }))

import MarkdownView from './MarkdownView.vue'

function render(source: string) {
  return mount(MarkdownView, { props: { source }, attachTo: document.body })
}

describe('MarkdownView', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('renders Markdown formatting', () => {
    const w = render('**重点** 客户\n\n- 报表\n- 审批')
    expect(w.find('strong').text()).toBe('重点')
    expect(w.findAll('li').map((l) => l.text())).toEqual(['报表', '审批'])
  })

  it('shows a typed <script> as text and never creates a script element', () => {
    const w = render('<script>alert(1)</script>')
    expect(w.find('script').exists()).toBe(false)
    expect(w.text()).toContain('<script>alert(1)</script>')
  })

  it('shows an <img onerror> as text, with no image and no handler attribute', () => {
    const w = render('<img src=x onerror=alert(1)>')
    expect(w.find('img').exists()).toBe(false)
    expect(w.element.querySelectorAll('[onerror]').length).toBe(0)
    expect(w.text()).toContain('<img src=x onerror=alert(1)>')
  })

  it('drops javascript: links', () => {
    const w = render('[click](javascript:alert(1))')
    const hrefs = w.findAll('a').map((a) => a.attributes('href') ?? '')
    expect(hrefs.filter((h) => /^javascript:/i.test(h))).toEqual([])
  })

  it('opens web links in the system browser instead of the app window', async () => {
    const w = render('see https://example.com')
    const a = w.find('a')
    expect(a.attributes('href')).toBe('https://example.com')
    await a.trigger('click')
    expect(openURL).toHaveBeenCalledWith('https://example.com')
  })
})
