import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { makeI18n } from '@/i18n'
import MarkdownInput from './MarkdownInput.vue'

// A form owning the text, as the real forms do with v-model:value.
function mountInput(initial: string, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const text = ref(initial)
  const Host = defineComponent(() => () =>
    h(MarkdownInput, { value: text.value, 'onUpdate:value': (v: string) => (text.value = v), placeholder: 'p', inputProps: { 'data-testid': 'notes' } }),
  )
  const w = mount(Host, { global: { plugins: [makeI18n(locale)] }, attachTo: document.body })
  const area = () => w.find('[data-testid="notes"]').element as HTMLTextAreaElement
  return { w, text, area }
}

async function select(area: HTMLTextAreaElement, part: string) {
  const i = area.value.indexOf(part)
  area.setSelectionRange(i, i + part.length)
}

describe('MarkdownInput', () => {
  it('bolds the selected words when the bold button is clicked, and keeps them selected', async () => {
    const { w, text, area } = mountInput('金额超过一万需审批')
    await select(area(), '一万')
    await w.find('[data-testid="md-bold"]').trigger('click')
    expect(text.value).toBe('金额超过**一万**需审批')
    expect(area().value).toBe('金额超过**一万**需审批')
    expect(area().value.slice(area().selectionStart, area().selectionEnd)).toBe('一万')
    w.unmount()
  })

  it('makes the selected lines a numbered list', async () => {
    const { w, text, area } = mountInput('备份\n升级')
    area().setSelectionRange(0, area().value.length)
    await w.find('[data-testid="md-numberedList"]').trigger('click')
    expect(text.value).toBe('1. 备份\n2. 升级')
    w.unmount()
  })

  it('passes typing through and names its buttons in the user language', async () => {
    const { w, text } = mountInput('')
    await w.find('[data-testid="notes"]').setValue('直接输入')
    expect(text.value).toBe('直接输入')
    expect(w.find('[data-testid="md-link"]').attributes('aria-label')).toBe('插入链接')
    expect(w.find('[role="toolbar"]').attributes('aria-label')).toBe('文本格式')
    w.unmount()
    const en = mountInput('', 'en')
    expect(en.w.find('[data-testid="md-bulletList"]').attributes('aria-label')).toBe('Bulleted list')
    en.w.unmount()
  })
})
