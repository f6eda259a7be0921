import { describe, expect, it } from 'vitest'
import { flattenChanges } from './history'

describe('flattenChanges', () => {
  it('splits a nested change into the leaves that differ', () => {
    const untested = { status: 'not_started', note: '' }
    const got = flattenChanges([
      { field: 'tests', old: { unit: untested, system: untested }, new: { unit: untested, system: { status: 'failed', note: '导出超时' } } },
      { field: 'design', old: { architecture: '', ui: '' }, new: { architecture: '- 导出队列', ui: '' } },
      { field: 'title', old: '报表', new: '报表导出' },
    ])
    expect(got).toEqual([
      { field: 'tests.system.note', old: '', new: '导出超时' },
      { field: 'tests.system.status', old: 'not_started', new: 'failed' },
      { field: 'design.architecture', old: '', new: '- 导出队列' },
      { field: 'title', old: '报表', new: '报表导出' },
    ])
  })

  it('keeps lists whole and treats a missing object as empty', () => {
    expect(flattenChanges([{ field: 'tags', old: ['a'], new: ['a', 'b'] }])).toEqual([{ field: 'tags', old: ['a'], new: ['a', 'b'] }])
    expect(flattenChanges([{ field: 'source', old: null, new: { kind: 'internal' } }])).toEqual([{ field: 'source.kind', old: undefined, new: 'internal' }])
  })
})
