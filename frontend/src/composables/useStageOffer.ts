import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import { useQuestion } from './useConfirm'
import { useErrorToast } from './useFieldErrors'
import { useCustomersStore } from '@/stores/customers'
import { useUiStore } from '@/stores/ui'

/** What made a customer a customer: a maintenance contract signed, or a go-live in production. */
export type StageCause = 'contract' | 'live'

/**
 * After a contract is signed or a deployment goes live, a customer still marked as a lead, a
 * prospect or churned is offered the move to "customer" (成交客户). The user may decline: the
 * stage changes only on yes, and the customer page (watching ui.lastSaved) shows the new stage.
 */
export function useStageOffer() {
  const { t } = useI18n()
  const ask = useQuestion()
  const message = useMessage()
  const customers = useCustomersStore()
  const ui = useUiStore()
  const toastError = useErrorToast()

  return async (customerId: string, cause: StageCause) => {
    try {
      const c = await customers.get(customerId)
      if (c.stage === 'customer') return
      const names = { name: c.name, stage: t(`stages.${c.stage}`), to: t('stages.customer') }
      const yes = await ask({
        kind: 'info',
        title: t('stageOffer.title'),
        body: t(`stageOffer.${cause}`, names),
        yes: t('stageOffer.move', names),
        no: t('stageOffer.keep'),
        testid: 'stage-offer',
      })
      if (!yes) return
      const saved = await customers.update(c, { ...c, stage: 'customer', tags: c.tags ?? [] })
      ui.customerSaved(saved)
      message.success(t('stageOffer.moved', names))
    } catch (e) {
      toastError(e)
    }
  }
}
