import { ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { useMessage } from 'naive-ui'
import { useFieldErrors } from './useFieldErrors'
import { useDeploymentsStore, type Deployment } from '@/stores/deployments'

/**
 * One section of the deployment page: a copy of its part of the deployment to edit, reset when
 * that part changes on the backend (a save or a move) but not when another section saves, and a
 * save that sends the whole deployment with this part replaced (one Update). Refusals about the
 * section's fields show under them.
 */
export function useDeploymentSection<K extends keyof Deployment>(get: () => Deployment, keys: readonly K[], fields: readonly string[]) {
  const store = useDeploymentsStore()
  const message = useMessage()
  const { t } = useI18n()
  const errors = useFieldErrors(fields)
  const pick = () => JSON.parse(JSON.stringify(Object.fromEntries(keys.map((k) => [k, get()[k]])))) as Pick<Deployment, K>
  const model = ref(pick())
  let base = JSON.stringify(model.value)
  watch(get, () => {
    const now = JSON.stringify(pick())
    if (now === base) return
    base = now
    model.value = pick()
    errors.clear()
  })

  async function save(): Promise<Deployment | undefined> {
    const saved = await errors.submit(() => store.save({ ...get(), ...model.value } as Deployment))
    if (saved) message.success(t('common.saved'))
    return saved
  }

  return { model, save, ...errors }
}
