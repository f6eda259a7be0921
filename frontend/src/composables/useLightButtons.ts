import { computed } from 'vue'
import { useComponentTheme } from './useComponentTheme'

export type LightButtonType = 'default' | 'primary' | 'success' | 'error'

/**
 * Small buttons for the rows of a list, in the look of Naive UI's <n-button size="tiny"> (secondary,
 * or quaternary for a link-like one) but as plain <button>s: an NButton is four components (its
 * wave and transitions) with its own theme computation, and the home page had thirty-five of them,
 * one per follow-up. `vars` goes on an ancestor as a style (CSS variables); `lightButtonClass()`
 * gives a button its classes (style.css draws them).
 */
export function useLightButtons() {
  const { common, self } = useComponentTheme('Button')
  const vars = computed(() => {
    const c = common.value
    const b = self.value
    const out: Record<string, string> = {
      '--vd-btn-h': b.heightTiny,
      '--vd-btn-fs': b.fontSizeTiny,
      '--vd-btn-radius': b.borderRadiusTiny,
      '--vd-btn-quaternary-hover': b.colorQuaternaryHover,
      '--vd-btn-quaternary-pressed': b.colorQuaternaryPressed,
    }
    out['--vd-btn-default'] = b.textColor
    out['--vd-btn-default-bg'] = b.colorSecondary
    out['--vd-btn-default-hover'] = b.colorSecondaryHover
    out['--vd-btn-default-pressed'] = b.colorSecondaryPressed
    for (const [type, colour] of [['primary', c.primaryColor], ['success', c.successColor], ['error', c.errorColor]] as const) {
      // A secondary button is its type's colour at the theme's alphas (dark: dimmer when pressed).
      out[`--vd-btn-${type}`] = colour
      out[`--vd-btn-${type}-bg`] = withAlpha(colour, Number(b.colorOpacitySecondary))
      out[`--vd-btn-${type}-hover`] = withAlpha(colour, Number(b.colorOpacitySecondaryHover))
      out[`--vd-btn-${type}-pressed`] = withAlpha(colour, Number(b.colorOpacitySecondaryPressed))
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
