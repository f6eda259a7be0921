import { describe, expect, it } from 'vitest'
import { amountInput, amountText, parseAmount, parseRate, rateText, shortCNY } from './money'

describe('parseAmount', () => {
  it('reads typed amounts as exact hundredths', () => {
    expect(parseAmount('12,345.6')).toBe(1234560)
    expect(parseAmount('0.1')! + parseAmount('0.2')!).toBe(30)
    expect(parseAmount('¥ 1 000')).toBe(100000)
    expect(parseAmount('１２３．４５')).toBe(12345) // full-width, from a Chinese IME
    expect(parseAmount('8000元')).toBe(800000)
    expect(parseAmount('-5')).toBe(-500)
  })

  it('refuses what is not an amount', () => {
    for (const bad of ['', 'abc', '1.234', '1e5', '12.3.4', '--1', '=1+1', '12,50', '1,2345']) expect(parseAmount(bad)).toBeNull()
    expect(parseAmount('1，234，567')).toBe(123456700) // full-width commas between thousands
  })
})

describe('amounts shown', () => {
  it('groups thousands and keeps two decimals', () => {
    expect(amountText(123456789)).toBe('1,234,567.89')
    expect(amountText(5)).toBe('0.05')
    expect(amountInput(1234560)).toBe('12345.6')
    expect(amountInput(0)).toBe('')
  })

  it('shortens large CNY amounts in each language', () => {
    expect(shortCNY(120000000, 'zh-CN')).toBe('¥120万')
    expect(shortCNY(35000000000, 'zh-CN')).toBe('¥3.5亿')
    expect(shortCNY(120000000, 'en')).toBe('CN¥1.2M')
    expect(shortCNY(99900, 'en')).toBe('CN¥999')
    expect(shortCNY(99996000, 'en')).toBe('CN¥1M') // not ¥1000k
    expect(shortCNY(999960000, 'zh-CN')).toBe('¥1000万')
    expect(shortCNY(9999600000000, 'zh-CN')).toBe('¥1000亿')
    expect(shortCNY(-120000, 'en')).toBe('-CN¥1.2k')
  })
})

describe('rates', () => {
  it('reads and shows millionths', () => {
    expect(parseRate('7.1234')).toBe(7123400)
    expect(parseRate('0.0047')).toBe(4700)
    expect(parseRate('0')).toBeNull()
    expect(parseRate('7.12345678')).toBeNull()
    expect(rateText(7123400)).toBe('7.1234')
    expect(rateText(1000000)).toBe('1')
  })
})
