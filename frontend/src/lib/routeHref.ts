import type { RouteLocationRaw, Router } from 'vue-router'

// A row's link needs only its href, and vue-router's resolve() works out a whole route location
// for it (matching, params, encoding): about 15 ms for the home page's seventy links with the
// web view's optimizing compilers held back (the Linux window), 2–9 ms in Chromium traces of a list.
// For the links rows use — a route by name, plain ids and words as params and query — the href is
// the route's path with them put in; anything else goes through resolve().

const PLAIN = /^[\w-]*$/ // nothing vue-router would encode
const SIMPLE_PATH = /^(\/([\w-]+|:\w+))*\/?$/ // segments that are words or a bare :param

const paths = new WeakMap<Router, Map<string, string>>()
function pathOf(router: Router, name: string): string | undefined {
  let byName = paths.get(router)
  if (!byName) {
    byName = new Map()
    for (const r of router.getRoutes()) if (typeof r.name === 'string' && SIMPLE_PATH.test(r.path)) byName.set(r.name, r.path)
    paths.set(router, byName)
  }
  return byName.get(name)
}

/** The href of a link to `to`, as router.resolve(to).href gives it. */
export function hrefOf(router: Router, to: RouteLocationRaw): string {
  const fast = typeof to === 'object' && 'name' in to && typeof to.name === 'string' && !('path' in to) && !to.hash ? plainHref(router, to.name, to.params ?? {}, to.query ?? {}) : null
  return fast ?? router.resolve(to).href
}

function plainHref(router: Router, name: string, params: Record<string, unknown>, query: Record<string, unknown>): string | null {
  const path = pathOf(router, name)
  if (path === undefined) return null
  const used = new Set<string>()
  let plain = true
  const filled = path.replace(/:(\w+)/g, (_, key: string) => {
    const v = params[key]
    used.add(key)
    if (typeof v !== 'string' || !v || !PLAIN.test(v)) plain = false
    return String(v)
  })
  if (!plain || Object.keys(params).some((k) => !used.has(k))) return null
  const pairs: string[] = []
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined) continue
    if (typeof v !== 'string' || !PLAIN.test(k) || !PLAIN.test(v)) return null
    pairs.push(`${k}=${v}`)
  }
  return router.options.history.createHref(pairs.length ? `${filled}?${pairs.join('&')}` : filled)
}
