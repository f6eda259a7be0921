import { describe, expect, it } from 'vitest'
import { emptySalesContract, salesContractBody, salesContractInput } from './salesContracts'

describe('salesContractBody: licences', () => {
  const withLicence = (seats: string) => ({
    ...emptySalesContract('c1'),
    title: 'MES',
    signedOn: '2026-01-01',
    licences: [{ key: 'VD-0001', seats, startsOn: '2026-01-01', expiresOn: '' }],
  })

  it('sends the seats typed (full-width digits too) as a whole number, none as 0', () => {
    expect(salesContractBody(withLicence('５０')).licences[0].seats).toBe(50)
    expect(salesContractBody(withLicence(' 12 ')).licences[0].seats).toBe(12)
    expect(salesContractBody(withLicence('')).licences[0].seats).toBe(0)
  })

  it('refuses seats that are not a whole number under the licences, sending nothing', () => {
    for (const typed of ['1.5', 'ten', '-3']) {
      expect(() => salesContractBody(withLicence(typed))).toThrow(expect.objectContaining({ field: 'licences', reason: 'not_count' }))
    }
  })

  it('edits a stored licence as it was', () => {
    const body = salesContractBody(withLicence('30'))
    const input = salesContractInput({ ...body, licences: [{ key: 'K', seats: 30, startsOn: '2026-01-01', expiresOn: '2027-01-01' }] } as typeof body)
    expect(input.licences).toEqual([{ key: 'K', seats: '30', startsOn: '2026-01-01', expiresOn: '2027-01-01' }])
  })
})
