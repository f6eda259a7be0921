import { computed, type Ref } from 'vue'
import { darkTheme, lightTheme, useThemeVars } from 'naive-ui'
import { useDarkMode } from './useDarkMode'

type Themed = 'Tag' | 'Button' | 'Menu' | 'DataTable' | 'Pagination' | 'Tabs' | 'Input' | 'Card'
type SelfOf<K extends Themed> = ReturnType<NonNullable<NonNullable<(typeof lightTheme)[K]>['self']>>
type Common = ReturnType<typeof useThemeVars>['value']
type Selection = ReturnType<NonNullable<NonNullable<NonNullable<NonNullable<(typeof lightTheme)['Select']>['peers']>['InternalSelection']>['self']>>

// A theme's `self` derives a few dozen colours from the common variables (0.5–1 ms each): worked
// out once per theme and shared by every instance (the requirement list's five filter boxes each
// worked out their own). Each instance's common variables are an object of its own (the app's
// overrides merged in), so their values key the cache: a few themes × a few components.
const selves = new Map<string, unknown>()
function useShared<T>(name: string, make: (theme: typeof lightTheme, common: Common) => T) {
  const common = useThemeVars()
  const dark = useDarkMode()
  const self = computed(() => {
    const key = `${dark.value}:${name}|${Object.values(common.value).join('|')}`
    if (!selves.has(key)) selves.set(key, make(dark.value ? darkTheme : lightTheme, common.value))
    return selves.get(key) as T
  })
  return { common, self }
}

/**
 * A Naive UI component's own theme variables (its `self`), light or dark as the app is shown, and
 * the common ones they derive from: where the parts drawn without the component (light tags and
 * buttons, the sidebar) take their look.
 */
export function useComponentTheme<K extends Themed>(component: K) {
  return useShared(component, (theme, common) => theme[component]!.self!(common) as SelfOf<K>)
}

/** The theme variables of Naive's select box (its InternalSelection; the dark one has no border line). */
export function useSelectionTheme() {
  return useShared('InternalSelection', (theme, common) => theme.Select!.peers!.InternalSelection!.self!(common) as Selection).self
}

/**
 * CSS variables from a theme's values, for the parts drawn without Naive's component: `names` maps
 * each variable to the value's name in the theme (`{ '--vd-x-color': 'color' }`).
 */
export function cssVarsOf<T extends object>(theme: Ref<T>, names: Record<string, keyof T>) {
  return computed(() => {
    const values = theme.value
    const out: Record<string, string> = {}
    for (const name in names) out[name] = String(values[names[name]])
    return out
  })
}
