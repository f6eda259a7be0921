import { cssVarsOf, useComponentTheme } from './useComponentTheme'

/**
 * The look of Naive UI's small card (<n-card size="small">) for a plain element with the
 * `vd-lcard` classes (style.css): `vars` goes on it as a style. The home page's ten cards were
 * NCards, each deriving its theme and setting its CSS variables as the first screen was built.
 */
export function useLightCard() {
  const theme = useComponentTheme('Card').self
  const vars = cssVarsOf(theme, {
    '--vd-lcard-color': 'color',
    '--vd-lcard-border': 'borderColor',
    '--vd-lcard-radius': 'borderRadius',
    '--vd-lcard-text': 'textColor',
    '--vd-lcard-title': 'titleTextColor',
    '--vd-lcard-title-size': 'titleFontSizeSmall',
    '--vd-lcard-title-weight': 'titleFontWeight',
    '--vd-lcard-font': 'fontSizeSmall',
  })
  return { vars }
}
