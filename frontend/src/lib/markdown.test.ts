import { describe, expect, it } from 'vitest'
import { plainPreview, renderMarkdown } from './markdown'

describe('plainPreview', () => {
  it('keeps every character the user typed as text', () => {
    const typed = '对接字段 order_id 与 C# SDK，金额 > 1 万需审批 ~x~ 2*3 C:\\temp \\d'
    expect(plainPreview(typed)).toBe(typed)
  })

  it('drops only real Markdown markup', () => {
    expect(plainPreview('# 标题\n\n**加粗** 与 _斜体_ 与 `code_x`\n> 引用\n- 一项\n- [链接](http://x.cn)')).toBe('标题 加粗 与 斜体 与 code_x 引用 一项 链接')
    expect(plainPreview('转义 \\*星号\\* &amp; 1 &lt; 2')).toBe('转义 *星号* & 1 < 2')
  })

  it('reads what the full rendering shows', () => {
    const source = '金额 > 1 万，order_id 与 C# SDK'
    const shown = new DOMParser().parseFromString(renderMarkdown(source), 'text/html').body.textContent?.trim()
    expect(plainPreview(source)).toBe(shown)
  })

  it('cuts long text to one line with an ellipsis', () => {
    expect(plainPreview('第一行\n第二行')).toBe('第一行 第二行')
    expect(plainPreview('一二三四五六', 4)).toBe('一二三…')
  })
})
