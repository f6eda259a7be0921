import { computed } from 'vue'
import { useThemeVars } from 'naive-ui'

export type LightButtonType = 'primary' | 'success'

/**
 * Small buttons for the rows of a list, in the look of Naive UI's <n-button size="tiny"> (secondary,
 * or quaternary for a link-like one) but as plain <button>s: an NButton is four components (its
 * wave and transitions) with its own theme computation, and the home page had thirty-five of them,
 * one per follow-up. `vars` goes on an ancestor as a style (CSS variables); `lightButtonClass()`
 * gives a button its classes (style.css draws them).
 */
export function useLightButtons() {
  const common = useThemeVars()
  const vars = computed(() => {
    const c = common.value
    const out: Record<string, string> = {
      '--vd-btn-h': c.heightTiny,
      '--vd-btn-fs': c.fontSizeTiny,
      '--vd-btn-radius': c.borderRadius,
      '--vd-btn-quaternary-hover': c.buttonColor2Hover,
      '--vd-btn-quaternary-pressed': c.buttonColor2Pressed,
    }
    for (const [type, colour] of [['primary', c.primaryColor], ['success', c.successColor]] as const) {
      out[`--vd-btn-${type}`] = colour
      // The alphas of Naive UI's secondary buttons (colorOpacitySecondary and its hover and pressed).
      out[`--vd-btn-${type}-bg`] = withAlpha(colour, 0.16)
      out[`--vd-btn-${type}-hover`] = withAlpha(colour, 0.22)
      out[`--vd-btn-${type}-pressed`] = withAlpha(colour, 0.28)
    }
    return out
  })
  return { vars }
}

/** The classes of a light button: tinted (secondary) by default, or quaternary (no background until hovered). */
export function lightButtonClass(type: LightButtonType, o: { quaternary?: boolean } = {}) {
  return ['vd-btn', `vd-btn--${type}`, o.quaternary && 'vd-btn--quaternary']
}

/** A theme colour (#rgb or #rrggbb, as Naive UI's themes give them) with an alpha; any other colour as it is. */
export function withAlpha(colour: string, alpha: number): string {
  let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1]
  if (!hex) return colour
  if (hex.length === 3) hex = [...hex].map((d) => d + d).join('')
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16))
  return `rgba(${r}, ${g}, ${b}, ${alpha})`
}
