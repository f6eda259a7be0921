import { describe, expect, it } from 'vitest'
import { useOnScreen } from './onScreen'

type Detail = { id: string; title: string }
const later = () => {
  let answer!: (d: Detail) => void
  const p = new Promise<Detail>((r) => (answer = r))
  return { p, answer }
}

describe('useOnScreen', () => {
  it('keeps the record opened last, whatever order the answers come in', async () => {
    const { detail, show } = useOnScreen<Detail>((d) => d.id)
    const first = later()
    const a = show('a', () => first.p)
    await show('b', async () => ({ id: 'b', title: 'B' }))
    expect(detail.value?.id).toBe('b')
    first.answer({ id: 'a', title: 'A' })
    expect((await a).id).toBe('a') // its caller still gets its answer
    expect(detail.value?.id).toBe('b')
  })

  it('shows nothing of another record while one loads, and keeps the same record while it reloads', async () => {
    const { detail, show } = useOnScreen<Detail>((d) => d.id)
    await show('a', async () => ({ id: 'a', title: 'A' }))
    const again = later()
    const reload = show('a', () => again.p)
    expect(detail.value?.title).toBe('A')
    again.answer({ id: 'a', title: 'A2' })
    await reload
    expect(detail.value?.title).toBe('A2')
    const other = later()
    const b = show('b', () => other.p)
    expect(detail.value).toBeNull()
    other.answer({ id: 'b', title: 'B' })
    await b
    expect(detail.value?.id).toBe('b')
  })
})
