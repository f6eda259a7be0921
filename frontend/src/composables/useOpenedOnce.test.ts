import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { useOpenedOnce } from './useOpenedOnce'

describe('useOpenedOnce', () => {
  it('turns true when first opened and stays so after closing', async () => {
    const open = ref(false)
    const opened = useOpenedOnce(() => open.value)
    expect(opened.value).toBe(false)
    open.value = true
    await nextTick()
    expect(opened.value).toBe(true)
    open.value = false
    await nextTick()
    expect(opened.value).toBe(true)
  })

  it('is true at once for something open from the start', () => {
    expect(useOpenedOnce(() => true).value).toBe(true)
  })
})
