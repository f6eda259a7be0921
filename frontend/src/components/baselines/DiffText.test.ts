import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import DiffText from './DiffText.vue'

describe('DiffText', () => {
  it('shows removed and added text as marked plain text, never as HTML', () => {
    const w = mount(DiffText, {
      props: {
        ops: [
          { op: 'eq', text: '每' },
          { op: 'del', text: '月' },
          { op: 'ins', text: '<img src=x onerror=alert(1)>' },
          { op: 'eq', text: '导出' },
        ],
      },
    })
    expect(w.find('[data-testid="diff-del"]').text()).toBe('月')
    expect(w.find('[data-testid="diff-ins"]').text()).toBe('<img src=x onerror=alert(1)>')
    expect(w.find('img').exists()).toBe(false)
    expect(w.text()).toBe('每月<img src=x onerror=alert(1)>导出')
  })
})
