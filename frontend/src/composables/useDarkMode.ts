import { computed } from 'vue'
import { useOsTheme } from 'naive-ui'
import { useSystemStore } from '@/stores/system'

/** Whether the app shows its dark theme: the setting, or the OS's choice when it is "auto". */
export function useDarkMode() {
  const system = useSystemStore()
  const osTheme = useOsTheme()
  return computed(() => {
    const pref = system.settings.theme
    return pref === 'dark' || (pref === 'auto' && osTheme.value === 'dark')
  })
}
