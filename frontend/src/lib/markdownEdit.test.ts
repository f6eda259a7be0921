import { describe, expect, it } from 'vitest'
import { renderMarkdown } from './markdown'
import { link, list, wrap } from './markdownEdit'

// Selects `part` inside `text` (first occurrence).
function sel(text: string, part: string): [string, number, number] {
  const i = text.indexOf(part)
  if (i < 0) throw new Error(`${part} not in ${text}`)
  return [text, i, i + part.length]
}

describe('wrap', () => {
  it('makes the selected words bold, and they render bold', () => {
    const e = wrap(...sel('金额超过一万需审批', '一万'), '**', '加粗文字')
    expect(e.text).toBe('金额超过**一万**需审批')
    expect(e.text.slice(e.start, e.end)).toBe('一万')
    expect(renderMarkdown(e.text)).toContain('<strong>一万</strong>')
  })

  it('leaves selected punctuation and spaces outside the markers, so Chinese text still renders bold', () => {
    const e = wrap(...sel('注意。后续再谈', '注意。'), '**', '加粗文字')
    expect(e.text).toBe('**注意**。后续再谈')
    expect(renderMarkdown(e.text)).toContain('<strong>注意</strong>')
    expect(wrap(...sel('a  bold  b', ' bold '), '**', 'x').text).toBe('a  **bold**  b')
  })

  it('inserts a selected placeholder when nothing is selected', () => {
    const e = wrap('前后', 1, 1, '*', '斜体文字')
    expect(e.text).toBe('前*斜体文字*后')
    expect(e.text.slice(e.start, e.end)).toBe('斜体文字')
    expect(renderMarkdown(e.text)).toContain('<em>斜体文字</em>')
  })

  it('removes the markers on a second click', () => {
    const once = wrap(...sel('a word b', 'word'), '**', 'x')
    const twice = wrap(once.text, once.start, once.end, '**', 'x')
    expect(twice.text).toBe('a word b')
    expect(twice.text.slice(twice.start, twice.end)).toBe('word')
  })

  it('keeps characters Markdown treats specially that the user typed', () => {
    const e = wrap(...sel('对接 order_id 与 C# SDK', 'C# SDK'), '**', 'x')
    expect(e.text).toBe('对接 order_id 与 **C# SDK**')
  })
})

describe('list', () => {
  it('turns the selected lines into a tight bulleted list, dropping blank lines', () => {
    const text = '待办：\n\n准备服务器\n\n导入数据'
    const e = list(text, text.indexOf('准备'), text.length, false)
    expect(e.text).toBe('待办：\n\n- 准备服务器\n- 导入数据')
    const html = renderMarkdown(e.text)
    expect(html).toContain('<li>准备服务器</li>')
    expect(html).toContain('<li>导入数据</li>')
  })

  it('numbers the lines from 1 and puts the list in its own paragraph', () => {
    const text = '步骤：\n备份\n升级\n验证'
    const e = list(text, text.indexOf('备份'), text.length, true)
    expect(e.text).toBe('步骤：\n\n1. 备份\n2. 升级\n3. 验证')
    expect(renderMarkdown(e.text)).toMatch(/<ol>\s*<li>备份<\/li>\s*<li>升级<\/li>\s*<li>验证<\/li>\s*<\/ol>/)
  })

  it('takes in the whole line around the cursor, and makes a list plain again', () => {
    const e = list('一\n二\n三', 3, 3, false)
    expect(e.text).toBe('一\n\n- 二\n三')
    const back = list('- 一\n- 二', 0, 7, false)
    expect(back.text).toBe('一\n二')
  })

  it('turns a bulleted list into a numbered one', () => {
    expect(list('- 甲\n- 乙', 0, 7, true).text).toBe('1. 甲\n2. 乙')
  })

  it('starts an empty list item in an empty box', () => {
    const e = list('', 0, 0, false)
    expect(e.text).toBe('- ')
    expect(e.end).toBe(2)
  })
})

describe('link', () => {
  it('makes the selection a link and selects the address to type', () => {
    const e = link(...sel('详见操作手册。', '操作手册'), '链接文字')
    expect(e.text).toBe('详见[操作手册](https://)。')
    expect(e.text.slice(e.start, e.end)).toBe('https://')
    const typed = e.text.slice(0, e.start) + 'https://docs.example.com' + e.text.slice(e.end)
    expect(renderMarkdown(typed)).toContain('<a href="https://docs.example.com">操作手册</a>')
  })

  it('uses the placeholder when nothing is selected', () => {
    expect(link('见', 1, 1, '链接文字').text).toBe('见[链接文字](https://)')
  })

  it('makes a selected web address a link to itself', () => {
    const e = link(...sel('见 https://example.com/a 页面', 'https://example.com/a'), 'x')
    expect(e.text).toBe('见 <https://example.com/a> 页面')
    expect(renderMarkdown(e.text)).toContain('href="https://example.com/a"')
  })
})
