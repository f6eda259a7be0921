import { h } from 'vue'
import { cssVarsOf, useComponentTheme } from './useComponentTheme'

export type LightTagType = 'default' | 'info' | 'success' | 'warning' | 'error' | 'primary'

/**
 * Tags for the cells of a long list, drawn with Naive UI's own tag colours and sizes but as plain
 * spans: an NTag is a component with its own theme computation, and a page of customers has a
 * hundred or more of them, which made them a third of the time the list took to appear.
 * `vars` goes on an ancestor as a style (CSS variables); `tag()` makes one tag. The look matches
 * <n-tag size="tiny" round> (bordered) and <n-tag size="small" :bordered="false" :type>.
 */
export function useLightTags() {
  const theme = useComponentTheme('Tag').self
  const vars = cssVarsOf(theme, {
    '--vd-tag-radius': 'borderRadius',
    '--vd-tag-h-tiny': 'heightTiny',
    '--vd-tag-h-small': 'heightSmall',
    '--vd-tag-fs-tiny': 'fontSizeTiny',
    '--vd-tag-fs-small': 'fontSizeSmall',
    '--vd-tag-border': 'border',
    '--vd-tag-default-color': 'color',
    '--vd-tag-default-bordered-color': 'colorBordered',
    '--vd-tag-default-text': 'textColor',
    '--vd-tag-primary-color': 'colorPrimary',
    '--vd-tag-primary-text': 'textColorPrimary',
    '--vd-tag-info-color': 'colorInfo',
    '--vd-tag-info-text': 'textColorInfo',
    '--vd-tag-success-color': 'colorSuccess',
    '--vd-tag-success-text': 'textColorSuccess',
    '--vd-tag-warning-color': 'colorWarning',
    '--vd-tag-warning-text': 'textColorWarning',
    '--vd-tag-error-color': 'colorError',
    '--vd-tag-error-text': 'textColorError',
  })
  function tag(text: string, o: LightTagLook & { testid?: string; title?: string } = {}) {
    return h('span', { class: lightTagClass(o), 'data-testid': o.testid, title: o.title }, text)
  }
  return { vars, tag }
}

export interface LightTagLook {
  type?: LightTagType
  size?: 'tiny' | 'small'
  round?: boolean
  bordered?: boolean
}

/** The classes of a light tag, for a template's own <span> (the `vars` must be on an ancestor). */
export function lightTagClass(o: LightTagLook = {}) {
  return ['vd-tag', `vd-tag--${o.type ?? 'default'}`, `vd-tag--${o.size ?? 'small'}`, o.round && 'vd-tag--round', o.bordered !== false && 'vd-tag--bordered']
}
