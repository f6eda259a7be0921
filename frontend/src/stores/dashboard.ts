import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import * as Dashboard from '@/wailsjs/go/api/Dashboard'
import type { backend } from '@/wailsjs/go/models'
import type { AppError } from '@/lib/errors'
import { call } from './call'

export type SalesDashboard = backend.SalesDashboard

/** The dashboard's figures (worked out by the backend from its summaries). */
export const useDashboardStore = defineStore('dashboard', () => {
  const sales = shallowRef<SalesDashboard | null>(null)
  const error = ref<AppError | null>(null)
  async function load() {
    try {
      sales.value = await call(Dashboard.Sales())
      error.value = null
    } catch (e) {
      error.value = e as AppError
    }
  }
  return { sales, error, load }
})
