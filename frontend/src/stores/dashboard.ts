import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import * as Dashboard from '@/wailsjs/go/api/Dashboard'
import * as Documents from '@/wailsjs/go/api/Documents'
import type { api, backend } from '@/wailsjs/go/models'
import type { AppError } from '@/lib/errors'
import type { Report } from '@/lib/monthlyReport'
import { call } from './call'

export type SalesDashboard = backend.SalesDashboard
export type DeliveryDashboard = backend.DeliveryDashboard
export type ServiceDashboard = backend.ServiceDashboard
export type SLAMonth = backend.SLAMonth
export type HealthPage = backend.HealthPage
export type HealthIssue = backend.HealthIssue
export type Headline = backend.Headline
export type MonthlyReport = backend.MonthlyReport
/** How many customers needing attention the dashboard lists (the count is all of them). */
export const HEALTH_ROWS = 12

/** The dashboard's figures (worked out by the backend from its summaries). */
export const useDashboardStore = defineStore('dashboard', () => {
  const sales = shallowRef<SalesDashboard | null>(null)
  const delivery = shallowRef<DeliveryDashboard | null>(null)
  const service = shallowRef<ServiceDashboard | null>(null)
  const health = shallowRef<HealthPage | null>(null)
  const error = ref<AppError | null>(null)
  // The home page's few figures (its counters load them once the first screen is shown).
  const headline = shallowRef<Headline | null>(null)
  async function loadHeadline() {
    headline.value = await call(Dashboard.Headline())
  }
  async function load() {
    try {
      const [s, d, v, h] = await Promise.all([call(Dashboard.Sales()), call(Dashboard.Delivery()), call(Dashboard.Service()), call(Dashboard.Health(HEALTH_ROWS))])
      sales.value = s
      delivery.value = d
      service.value = v
      health.value = h
      error.value = null
    } catch (e) {
      error.value = e as AppError
    }
  }
  /** The monthly report's figures of month (YYYY-MM). */
  const monthly = (month: string) => call(Dashboard.Monthly(month))
  /** Saves a report where the user picks, as "xlsx" or "html"; the path ("" when cancelled). */
  const saveReport = async (report: Report, format: 'xlsx' | 'html', fileName: string) =>
    (await call(Documents.SaveReport({ format, fileName, report } as unknown as api.ReportFile))).path
  const showFile = (path: string) => call(Documents.ShowFile(path))
  return { sales, delivery, service, health, error, load, headline, loadHeadline, monthly, saveReport, showFile }
})
