import { describe, expect, it } from 'vitest'
import { dealBody, dealInput, emptyDeal } from './deals'

describe('dealBody', () => {
  it('sends typed amounts and rates as exact whole numbers', () => {
    const body = dealBody({ ...emptyDeal('c1'), title: 'ERP', amount: '120,000.1', currency: 'USD', rate: '7.1234' })
    expect(body.amount).toBe(12000010)
    expect(body.rate).toBe(7123400)
    expect(body.customerId).toBe('c1')
    expect(body.probability).toBe(10) // the first stage's chance
    // An emptied probability box is the stage's usual chance, not 0 %.
    expect(dealBody({ ...emptyDeal('c1'), stage: 'negotiation', probability: null }).probability).toBe(70)
  })

  it('refuses text that is not an amount or a rate under its field, sending nothing', () => {
    expect(() => dealBody({ ...emptyDeal('c1'), amount: '12.345' })).toThrow(expect.objectContaining({ field: 'amount', reason: 'not_amount' }))
    expect(() => dealBody({ ...emptyDeal('c1'), currency: 'EUR', rate: 'abc' })).toThrow(expect.objectContaining({ field: 'rate', reason: 'not_rate' }))
  })

  it('leaves an empty customer out, and a CNY deal has the rate of one', () => {
    const body = dealBody(emptyDeal(''))
    expect('customerId' in body).toBe(false)
    expect(body.rate).toBe(1_000_000)
    expect(body.amount).toBe(0)
  })

  it('edits a stored deal as it was typed', () => {
    const body = dealBody({ ...emptyDeal('c1'), amount: '99.5', currency: 'EUR', rate: '7.8' })
    const input = dealInput({ ...body, products: ['报表'] } as typeof body)
    expect(input.amount).toBe('99.5')
    expect(input.rate).toBe('7.8')
    expect(input.products).toEqual(['报表'])
  })
})
