import { beforeEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { RECENT_MAX, useRecentStore } from './recent'
import { useSystemStore } from './system'

const item = (id: string) => ({ kind: 'ticket', id, customerId: 'c', ref: `T-${id}`, title: `工单 ${id}` })

/** A fresh start of the app on the data file fileId: its stores made again, the file's info read. */
async function start(fileId: string) {
  setActivePinia(createPinia())
  const system = useSystemStore()
  const recent = useRecentStore()
  system.info = { version: 'dev', platform: 'linux/amd64', data: { fileId } } as never
  await nextTick()
  return recent
}

describe('recent records', () => {
  beforeEach(() => localStorage.clear())

  it('keeps the newest first, each record once, at most RECENT_MAX, across a restart', async () => {
    const recent = await start('file-a')
    for (let i = 0; i < RECENT_MAX + 3; i++) recent.visit(item(String(i)))
    recent.visit(item('5'))
    expect(recent.items.map((r) => r.id)).toEqual(['5', '10', '9', '8', '7', '6', '4', '3'])
    expect((await start('file-a')).items.map((r) => r.id)).toEqual(['5', '10', '9', '8', '7', '6', '4', '3'])
  })

  // Another data file (a new one, an imported one, the sample loaded again) has its own list: the
  // first file's records are not listed beside the second's, and come back with the first file.
  it('keeps a list per data file', async () => {
    const a = await start('file-a')
    a.visit(item('1'))
    const b = await start('file-b')
    expect(b.items).toEqual([])
    b.visit(item('2'))
    expect((await start('file-a')).items.map((r) => r.id)).toEqual(['1'])
    expect((await start('file-b')).items.map((r) => r.id)).toEqual(['2'])
  })

  it('gives the list kept before lists were per file to the first file opened', async () => {
    localStorage.setItem('vendordesk.recent', JSON.stringify([item('7')]))
    expect((await start('file-a')).items.map((r) => r.id)).toEqual(['7'])
    expect((await start('file-b')).items).toEqual([])
    expect((await start('file-a')).items.map((r) => r.id)).toEqual(['7'])
  })

  it('forgets a record that is gone, and reads nothing from storage it cannot understand', async () => {
    const recent = await start('file-a')
    recent.visit(item('1'))
    recent.forget('1')
    expect(recent.items).toEqual([])
    localStorage.setItem('vendordesk.recent.file-a', '{not json')
    expect((await start('file-a')).items).toEqual([])
  })
})
