import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import { NConfigProvider, NInput } from 'naive-ui'
import { naiveLocale } from './naiveLocale'

const inputIn = (language: string, placeholder?: string) =>
  mount({ render: () => h(NConfigProvider, { locale: naiveLocale(language) }, () => h(NInput, { placeholder })) }).find('input')

describe('naiveLocale', () => {
  it('leaves an empty input without Naive’s generic prompt, in both languages', () => {
    for (const language of ['en', 'zh-CN']) expect(inputIn(language).attributes('placeholder') ?? '').toBe('')
  })
  it('keeps a placeholder the form gives, and the rest of Naive’s words in the language', () => {
    expect(inputIn('en', 'What happened').attributes('placeholder')).toBe('What happened')
    expect(naiveLocale('zh-CN').Select.placeholder).toBe('请选择')
    expect(naiveLocale('en').Select.placeholder).toBe('Please Select')
  })
})
