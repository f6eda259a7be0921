import { describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { NConfigProvider } from 'naive-ui'
import { makeI18n } from '@/i18n'
import PlainInput from './PlainInput.vue'

function mountInput(initial: string, sizing: Record<string, string> = {}) {
  const text = ref(initial)
  const keys: string[] = []
  const Host = defineComponent({
    setup: () => () =>
      h(NConfigProvider, null, () =>
        h(PlainInput, { ...sizing, value: text.value, 'onUpdate:value': (v: string) => (text.value = v), placeholder: 'Search', 'data-testid': 'box', role: 'combobox', onKeydown: (e: KeyboardEvent) => keys.push(e.key) }),
      ),
  })
  return { w: mount(Host, { global: { plugins: [createPinia(), makeI18n('en')] }, attachTo: document.body }), text, keys }
}

describe('PlainInput', () => {
  it('is a text box: what is typed is the value, its attributes and keys are the input’s', async () => {
    const { w, text, keys } = mountInput('')
    const input = w.find('input')
    expect(input.attributes('data-testid')).toBe('box')
    expect(input.attributes('role')).toBe('combobox')
    expect(input.attributes('placeholder')).toBe('Search')
    await input.setValue('云帆')
    expect(text.value).toBe('云帆')
    await input.trigger('keydown', { key: 'Enter' })
    expect(keys).toEqual(['Enter'])
    w.unmount()
  })

  it('has a clear button only while it holds text, which empties it and keeps the focus in it', async () => {
    const { w, text } = mountInput('')
    expect(w.find('button').exists()).toBe(false)
    text.value = '华信'
    await nextTick()
    const clear = w.find('button')
    expect(clear.attributes('aria-label')).toBe('Clear')
    await clear.trigger('click')
    expect(text.value).toBe('')
    expect(document.activeElement).toBe(w.find('input').element)
    await nextTick()
    expect(w.find('button').exists()).toBe(false)
    w.unmount()
  })

  it('is sized by the class and style given to it, on its box rather than its input', async () => {
    const { w } = mountInput('', { class: 'search', style: 'width: 220px' })
    const box = w.find('.vd-plain-input')
    expect(box.classes()).toContain('search')
    expect((box.element as HTMLElement).style.width).toBe('220px')
    expect(w.find('input').classes()).not.toContain('search')
    expect(w.find('input').attributes('style')).toBeUndefined()
    w.unmount()
  })

  it('takes text typed through an input method once it is composed, not its letters on the way', async () => {
    const { w, text } = mountInput('')
    const input = w.find('input')
    const el = input.element as HTMLInputElement
    await input.trigger('compositionstart')
    el.value = 'yun'
    await input.trigger('input')
    expect(text.value).toBe('')
    el.value = '云'
    await input.trigger('compositionend')
    expect(text.value).toBe('云')
    w.unmount()
  })
})
