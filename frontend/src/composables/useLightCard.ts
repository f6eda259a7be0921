import { computed } from 'vue'
import { useComponentTheme } from './useComponentTheme'

/**
 * The look of Naive UI's small card (<n-card size="small">) for a plain element with the
 * `vd-lcard` classes (style.css): `vars` goes on it as a style. The home page's ten cards were
 * NCards, each deriving its theme and setting its CSS variables as the first screen was built.
 */
export function useLightCard() {
  const theme = useComponentTheme('Card').self
  const vars = computed(() => {
    const c = theme.value
    return {
      '--vd-lcard-color': c.color,
      '--vd-lcard-border': c.borderColor,
      '--vd-lcard-radius': c.borderRadius,
      '--vd-lcard-text': c.textColor,
      '--vd-lcard-title': c.titleTextColor,
      '--vd-lcard-title-size': c.titleFontSizeSmall,
      '--vd-lcard-title-weight': c.titleFontWeight,
      '--vd-lcard-font': c.fontSizeSmall,
    }
  })
  return { vars }
}
