import { shallowRef } from 'vue'

type Preview = (source: string, max?: number) => string

const loaded = shallowRef<Preview | null>(null)
let loading: Promise<unknown> | null = null

/**
 * plainPreview (lib/markdown) for the home page, whose first screen should not wait for the
 * markdown parser: its code (a sixth of what the app loads at start) is fetched beside the page
 * the first time this is called, and a preview is empty until it is there, which is mostly before
 * the page's data is. The render that reads a preview runs again once it has loaded.
 */
export function usePlainPreview(): Preview {
  loading ??= import('@/lib/markdown').then(
    (m) => (loaded.value = m.plainPreview),
    () => (loading = null), // the next page that asks tries again
  )
  return (source, max) => loaded.value?.(source, max) ?? ''
}
