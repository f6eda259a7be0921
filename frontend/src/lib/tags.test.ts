import { describe, expect, it } from 'vitest'
import { fitTags } from './tags'

describe('fitTags', () => {
  it('shows every tag that fits', () => {
    expect(fitTags(['试用中', '重点客户'], 120)).toEqual({ shown: ['试用中', '重点客户'], more: 0 })
    expect(fitTags(['pilot', 'renewal'], 120)).toEqual({ shown: ['pilot', 'renewal'], more: 0 })
    expect(fitTags([], 120)).toEqual({ shown: [], more: 0 })
  })

  it('counts the ones that do not fit instead of cutting a tag in half', () => {
    expect(fitTags(['pilot', 'key account'], 120)).toEqual({ shown: ['pilot'], more: 1 })
    expect(fitTags(['重点客户', '政府关系', '华东区'], 120)).toEqual({ shown: ['重点客户'], more: 2 })
  })

  it('always shows the first tag, however long', () => {
    expect(fitTags(['a very long tag name indeed', 'x'], 120)).toEqual({ shown: ['a very long tag name indeed'], more: 1 })
  })
})
