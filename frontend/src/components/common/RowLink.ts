import { h, type FunctionalComponent } from 'vue'
import { useRouter, type RouteLocationRaw } from 'vue-router'
import { hrefOf } from '@/lib/routeHref'

/**
 * A link for the rows of a list: what <router-link> does for a plain click (the app navigates
 * without a reload), as a bare <a> with no component instance. A router-link is a component with
 * its own reactive route resolution; the home page has seventy of them, and they were a good part
 * of the time its first screen took. A click with a modifier key, or one a handler already took,
 * is left to the web view. Its href is worked out without resolving the route where it can (hrefOf).
 */
const RowLink: FunctionalComponent<{ to: RouteLocationRaw }> = (props, { slots }) => {
  const router = useRouter()
  const open = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    e.preventDefault()
    router.push(props.to).catch(() => {}) // as router-link: a failed navigation is the router's to report
  }
  return h('a', { href: hrefOf(router, props.to), onClick: open }, slots.default?.())
}
RowLink.props = ['to']

export default RowLink
