import { useI18n } from 'vue-i18n'
import { formatMinutes } from '@/lib/duration'
import { formatSpan, type DurationWords } from '@/lib/sla'

/** Lengths of wall-clock time in the user's language ("3 d 4 h", "2 小时 10 分钟"), "in …"/"… overdue". */
export function useSlaText() {
  const { t } = useI18n()
  const words: DurationWords = {
    d: (n) => t('tickets.dur.d', { n }),
    h: (n) => t('tickets.dur.h', { n }),
    min: (n) => t('tickets.dur.min', { n }),
  }
  const span = (ms: number) => formatSpan(ms, words)
  /** How the due time stands from now: "in 2 h", "30 min overdue". */
  const untilDue = (due: Date, now: Date) => {
    const ms = due.getTime() - now.getTime()
    return ms > 0 ? t('tickets.dueIn', { span: span(ms) }) : t('tickets.overdue', { span: span(ms) })
  }
  /** Working time or time spent, in hours and minutes (a working "day" depends on the calendar). */
  const minutes = (m: number) => formatMinutes(m, (key, p) => t(`serviceLevels.duration.${key}`, p))
  return { span, untilDue, minutes }
}
