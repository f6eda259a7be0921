import { describe, expect, it } from 'vitest'
import { emptyQuote, quoteBody, quoteInput, quoteTotals, type QuoteInput } from './quotes'

const quote = (lines: QuoteInput['lines'], taxRate = ''): QuoteInput => ({ ...emptyQuote('2026-12-05'), lines, taxRate })
const line = (quantity: string, unitPrice: string, discount = '') => ({ item: '企业版', unit: '套', quantity, unitPrice, discount })

describe('quoteTotals', () => {
  // The same hand-worked figures as backend/quote_test.go: the form shows what will be stored.
  it('rounds each line half up once, then the tax on the subtotal, exactly', () => {
    const t = quoteTotals(quote([line('1.5', '99.99', '10'), line('1', '0.10'), line('1', '0.20'), line('1', '5000', '100')], '6'))
    expect(t.lines).toEqual([13499, 10, 20, 0])
    expect([t.subtotal, t.tax, t.total]).toEqual([13529, 812, 14341])
  })

  it('reads full-width digits and a percent sign; a line it cannot read counts as nothing', () => {
    const t = quoteTotals(quote([line('２', '１,０００', '５%'), line('x', '10')], '13％'))
    expect(t.lines).toEqual([190000, null])
    expect(t.total).toBe(214700)
  })

  it('stays exact past 2^53 on the way (a million units at a billion each)', () => {
    expect(quoteTotals(quote([line('1000000', '1000000000', '0.01')])).subtotal).toBe(99_990_000_000_000_000)
  })
})

describe('quoteBody', () => {
  it('sends quantities and prices in hundredths, percents in basis points', () => {
    const body = quoteBody(quote([line('12.5', '1,600', '15')], '13'))
    expect(body.taxRate).toBe(1300)
    expect(body.lines[0]).toEqual({ item: '企业版', unit: '套', quantity: 1250, unitPrice: 160000, discount: 1500 })
  })

  it('refuses text that is not a number under its field, sending nothing', () => {
    expect(() => quoteBody(quote([line('two', '10')]))).toThrow(expect.objectContaining({ field: 'lines', reason: 'not_quantity' }))
    expect(() => quoteBody(quote([line('1', '10.001')]))).toThrow(expect.objectContaining({ field: 'lines', reason: 'not_amount' }))
    expect(() => quoteBody(quote([line('1', '10')], '13.5.1'))).toThrow(expect.objectContaining({ field: 'taxRate', reason: 'not_percent' }))
  })

  it('edits a stored quote as it was typed', () => {
    const body = quoteBody(quote([line('1.5', '99.99', '6.5')], '13'))
    expect(quoteInput({ ...body, number: 2 } as typeof body)).toMatchObject({ number: 2, taxRate: '13', lines: [{ quantity: '1.5', unitPrice: '99.99', discount: '6.5' }] })
  })
})
