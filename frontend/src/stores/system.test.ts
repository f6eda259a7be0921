import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'

const api = vi.hoisted(() => ({ LoadSampleData: vi.fn(), Info: vi.fn() }))
vi.mock('@/wailsjs/go/api/System', () => api)
vi.mock('@/wailsjs/runtime/runtime', () => ({ BrowserOpenURL: vi.fn() }))

import { useSystemStore } from './system'

describe('system store: sample data', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
    api.LoadSampleData.mockResolvedValue(11)
    api.Info.mockResolvedValue({ version: 'dev', data: { customers: 11 }, platform: 'linux/amd64' })
  })

  // The sample speaks the interface's language: Chinese screens get Chinese companies.
  it.each([
    ['zh-CN', 'zh-CN'],
    ['en', 'en'],
  ] as const)('asks for the sample in the interface language (%s)', async (language, want) => {
    const s = useSystemStore()
    s.settings = { ...s.settings, language }
    const before = s.dataVersion
    expect(await s.loadSampleData()).toBe(11)
    expect(api.LoadSampleData).toHaveBeenCalledWith(want)
    // The pages watching dataVersion reload, and the empty-database offer goes away.
    expect(s.dataVersion).toBe(before + 1)
    expect(s.isEmptyDb).toBe(false)
  })
})
