import { computed, h } from 'vue'
import { useComponentTheme } from './useComponentTheme'

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
  const vars = computed(() => {
    const t = theme.value
    return {
      '--vd-tag-radius': t.borderRadius,
      '--vd-tag-h-tiny': t.heightTiny,
      '--vd-tag-h-small': t.heightSmall,
      '--vd-tag-fs-tiny': t.fontSizeTiny,
      '--vd-tag-fs-small': t.fontSizeSmall,
      '--vd-tag-border': t.border,
      '--vd-tag-default-color': t.color,
      '--vd-tag-default-bordered-color': t.colorBordered,
      '--vd-tag-default-text': t.textColor,
      '--vd-tag-primary-color': t.colorPrimary,
      '--vd-tag-primary-text': t.textColorPrimary,
      '--vd-tag-info-color': t.colorInfo,
      '--vd-tag-info-text': t.textColorInfo,
      '--vd-tag-success-color': t.colorSuccess,
      '--vd-tag-success-text': t.textColorSuccess,
      '--vd-tag-warning-color': t.colorWarning,
      '--vd-tag-warning-text': t.textColorWarning,
      '--vd-tag-error-color': t.colorError,
      '--vd-tag-error-text': t.textColorError,
    }
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
