import { describe, expect, it, vi } from 'vitest'
import { isGate, withReason } from './gates'

const gate = { code: 'invalid', field: 'reason', reason: 'checklist_open', message: 'x', params: { gate: true } }
const wire = (e: object) => new Error(JSON.stringify(e))

describe('withReason', () => {
  it('asks once when a gate refuses, and tries again with the answer', async () => {
    const attempt = vi.fn().mockRejectedValueOnce(wire(gate)).mockResolvedValueOnce('moved')
    const ask = vi.fn().mockResolvedValue('客户同意')
    expect(await withReason(attempt, ask)).toBe('moved')
    expect(attempt.mock.calls).toEqual([[''], ['客户同意']])
    expect(ask).toHaveBeenCalledWith(expect.objectContaining({ reason: 'checklist_open' }))
  })

  it('resolves undefined when the user cancels', async () => {
    const attempt = vi.fn().mockRejectedValue(wire(gate))
    expect(await withReason(attempt, async () => null)).toBeUndefined()
    expect(await withReason(attempt, async () => '')).toBeUndefined()
    expect(attempt).toHaveBeenCalledTimes(2)
  })

  it('passes other refusals on, and a gate when nobody can be asked or a reason was given', async () => {
    const other = { code: 'invalid', field: 'reason', reason: 'too_long', message: 'x', params: { max: 500 } }
    const ask = vi.fn()
    await expect(withReason(() => Promise.reject(wire(other)), ask)).rejects.toMatchObject({ reason: 'too_long' })
    await expect(withReason(() => Promise.reject(wire(gate)))).rejects.toMatchObject({ reason: 'checklist_open' })
    await expect(withReason(() => Promise.reject(wire(gate)), ask, '已说明')).rejects.toMatchObject({ reason: 'checklist_open' })
    expect(ask).not.toHaveBeenCalled()
  })

  it('knows a gate by its field and params.gate, not by its name', () => {
    expect(isGate({ ...gate, reason: 'some_future_gate' })).toBe(true)
    expect(isGate({ ...gate, params: {} })).toBe(false)
    expect(isGate({ ...gate, code: 'conflict' })).toBe(false)
  })
})
