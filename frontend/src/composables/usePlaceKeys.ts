import { computed } from 'vue'

/** Row keys for a paged table: each row keyed by its place on the page, not by its id. A new
 * page, order or search then patches the rows already on screen (text and colours) instead of
 * tearing them down and building new ones, which takes several times longer. */
export function usePlaceKeys<T>(rows: () => T[], id: (row: T) => string) {
  const place = computed(() => new Map(rows().map((r, i) => [id(r), i])))
  return (row: T) => place.value.get(id(row)) ?? id(row)
}
