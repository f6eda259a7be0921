import { describe, expect, it } from 'vitest'
import { fontFor } from './fonts'

// navigator.platform as each web view reports it: WebView2 on Windows, WKWebView on macOS,
// WebKitGTK (and Chromium) on Linux.
describe('fontFor', () => {
  it('names the Chinese face of Windows only on Windows', () => {
    expect(fontFor('Win32')).toBe('system-ui, "Microsoft YaHei", sans-serif')
  })

  it('names the Chinese face of macOS only on macOS', () => {
    expect(fontFor('MacIntel')).toBe('system-ui, "PingFang SC", sans-serif')
  })

  it('leaves Linux to fontconfig: no family it would look up and miss', () => {
    expect(fontFor('Linux x86_64')).toBe('sans-serif')
    expect(fontFor('Linux aarch64')).toBe('sans-serif')
  })

  it('names every known Chinese face where the platform is unknown', () => {
    const list = fontFor('')
    for (const face of ['PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC']) expect(list).toContain(face)
    expect(list.endsWith('sans-serif')).toBe(true)
  })
})
