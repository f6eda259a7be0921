import { computed } from 'vue'
import { darkTheme, lightTheme, useThemeVars } from 'naive-ui'
import { useDarkMode } from './useDarkMode'

type Themed = 'Tag' | 'Button' | 'Menu' | 'DataTable' | 'Pagination' | 'Tabs'
type SelfOf<K extends Themed> = ReturnType<NonNullable<NonNullable<(typeof lightTheme)[K]>['self']>>

/**
 * A Naive UI component's own theme variables (its `self`), light or dark as the app is shown, and
 * the common ones they derive from: where the parts drawn without the component (light tags and
 * buttons, the sidebar) take their look.
 */
export function useComponentTheme<K extends Themed>(component: K) {
  const common = useThemeVars()
  const dark = useDarkMode()
  const self = computed(() => (dark.value ? darkTheme : lightTheme)[component]!.self!(common.value) as SelfOf<K>)
  return { common, self }
}
