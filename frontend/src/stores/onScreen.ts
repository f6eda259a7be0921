import { shallowRef } from 'vue'

/**
 * The record of a kind on screen (a ticket, a release, a deployment) with what its page shows:
 * the one opened last, whatever order the answers come in. A record opened and then another
 * before the first's answers came (a click on the next row) would otherwise take the second's
 * place with the first's late answer, and the second's page, which shows only its own record,
 * would show nothing. `idOf` names the record a detail is of.
 */
export function useOnScreen<D>(idOf: (detail: D) => string) {
  const detail = shallowRef<D | null>(null)
  let opened = 0
  /** Loads the record `id` (load) as the one on screen; its caller gets the answer either way. */
  async function show(id: string, load: () => Promise<D>): Promise<D> {
    const mine = ++opened
    if (detail.value && idOf(detail.value) !== id) detail.value = null
    const d = await load()
    if (mine === opened) detail.value = d
    return d
  }
  return { detail, show }
}
