import { ref, shallowRef } from 'vue'

/**
 * The dragging of a board's cards between its columns (the requirement board, the deal pipeline):
 * which card is picked up, which column is under it, and what each column is to it. `allowed`
 * says whether the card may go to a column (undefined while that is not known yet); `moved` is
 * called on a drop in another column. Every column takes the drop, so a refused one can say why.
 */
export function useBoardDrag<T>(opts: {
  columnOf: (item: T) => string
  idOf: (item: T) => string
  allowed?: (item: T, column: string) => boolean | undefined
  started?: (item: T) => void
  moved: (item: T, column: string) => void
}) {
  const dragged = shallowRef<T | null>(null)
  const over = ref('')

  /** What a column is to the card being dragged: its own column, a place it may go, or not. */
  function dropState(column: string): '' | 'source' | 'allowed' | 'denied' {
    const item = dragged.value
    if (!item) return ''
    if (column === opts.columnOf(item)) return 'source'
    const ok = opts.allowed ? opts.allowed(item, column) : true
    if (ok === undefined) return ''
    return ok ? 'allowed' : 'denied'
  }

  function start(item: T, e: DragEvent) {
    dragged.value = item
    if (e.dataTransfer) {
      e.dataTransfer.setData('text/plain', opts.idOf(item))
      e.dataTransfer.effectAllowed = 'move'
    }
    opts.started?.(item)
  }

  function end() {
    dragged.value = null
    over.value = ''
  }

  function dragOver(column: string, e: DragEvent) {
    if (!dragged.value) return // not one of our cards (a file, say)
    e.preventDefault()
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'move'
    over.value = column
  }

  function leave(e: DragEvent) {
    if (!(e.currentTarget as Node).contains(e.relatedTarget as Node | null)) over.value = ''
  }

  function drop(column: string, e: DragEvent) {
    const item = dragged.value
    end()
    if (!item) return
    e.preventDefault()
    if (opts.columnOf(item) !== column) opts.moved(item, column)
  }

  return { dragged, over, dropState, start, end, dragOver, leave, drop }
}
