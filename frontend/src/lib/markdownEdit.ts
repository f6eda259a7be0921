// What the formatting toolbar above a Markdown text box does to the text: wrap the selection in
// ** or *, turn the selected lines into a list, or make a link. Pure functions on (text, selection)
// so they are tested without a browser; the component only reads and restores the selection.

export interface Edit {
  text: string
  /** The selection after the edit: the formatted words, or the placeholder to type over. */
  start: number
  end: number
}

// Markdown only closes ** before a letter when the character before it is not punctuation
// (CommonMark's flanking rules): "**注意。**后续" stays literal. So the markers go around the words,
// leaving selected spaces and punctuation at the ends outside.
const EDGE = /[\s\p{P}]/u

function trimEdges(text: string, start: number, end: number): [number, number] {
  while (start < end && EDGE.test(text[start])) start++
  while (end > start && EDGE.test(text[end - 1])) end--
  return [start, end]
}

/** Wraps the selection in marker (** for bold, * for italic), or unwraps it when already wrapped.
 * With nothing selected it inserts the placeholder, selected, to type over. */
export function wrap(text: string, selStart: number, selEnd: number, marker: string, placeholder: string): Edit {
  const m = marker.length
  // Already wrapped: remove the markers (a second click undoes the first).
  if (text.slice(selStart - m, selStart) === marker && text.slice(selEnd, selEnd + m) === marker && !(marker === '*' && text[selStart - 2] === '*' && text[selEnd + 1] === '*')) {
    return { text: text.slice(0, selStart - m) + text.slice(selStart, selEnd) + text.slice(selEnd + m), start: selStart - m, end: selEnd - m }
  }
  let [start, end] = trimEdges(text, selStart, selEnd)
  let inner = text.slice(start, end)
  if (!inner) {
    start = end = selStart
    inner = placeholder
  }
  const out = text.slice(0, start) + marker + inner + marker + text.slice(end)
  return { text: out, start: start + m, end: start + m + inner.length }
}

/** The bounds of the whole lines the selection touches. */
function lineBounds(text: string, selStart: number, selEnd: number): [number, number] {
  const start = text.lastIndexOf('\n', selStart - 1) + 1
  // A selection that ends right after a line break does not take in the next line.
  const last = selEnd > selStart && text[selEnd - 1] === '\n' ? selEnd - 1 : selEnd
  const nl = text.indexOf('\n', last)
  return [start, nl === -1 ? text.length : nl]
}

const BULLET = /^(\s*)[-*+] /
const NUMBER = /^(\s*)\d+[.)] /

/** Makes the selected lines a bulleted or numbered list (one item per non-blank line, blank lines
 * dropped so the list stays tight); when they already are one, plain lines again. A list that follows text gets a blank line before it, as Markdown wants
 * a numbered list not starting at 1 to begin its own paragraph. */
export function list(text: string, selStart: number, selEnd: number, numbered: boolean): Edit {
  const [start, end] = lineBounds(text, selStart, selEnd)
  const lines = text.slice(start, end).split('\n')
  const mark = numbered ? NUMBER : BULLET
  const filled = lines.filter((l) => l.trim() !== '')
  let out: string[]
  if (filled.length > 0 && filled.every((l) => mark.test(l))) {
    out = lines.map((l) => l.replace(mark, '$1'))
  } else {
    out = filled.map((l, i) => (numbered ? `${i + 1}. ` : '- ') + l.replace(BULLET, '$1').replace(NUMBER, '$1').trimStart())
    if (out.length === 0) out = [numbered ? '1. ' : '- ']
  }
  let before = text.slice(0, start)
  if (before !== '' && !before.endsWith('\n\n') && !(BULLET.test(lastLine(before)) || NUMBER.test(lastLine(before)))) {
    before += before.endsWith('\n') ? '\n' : '\n\n'
  }
  const body = out.join('\n')
  return { text: before + body + text.slice(end), start: before.length, end: before.length + body.length }
}

function lastLine(s: string): string {
  const trimmed = s.endsWith('\n') ? s.slice(0, -1) : s
  return trimmed.slice(trimmed.lastIndexOf('\n') + 1)
}

/** Makes the selection (or the placeholder) the text of a link and selects the address to type. */
export function link(text: string, selStart: number, selEnd: number, placeholder: string): Edit {
  const [start, end] = trimEdges(text, selStart, selEnd)
  const label = text.slice(start, end) || placeholder
  const at = start < end ? start : selStart
  const rest = start < end ? end : selEnd
  // A selected web address becomes the address, shown as itself.
  if (/^https?:\/\/\S+$/.test(label)) {
    const out = `${text.slice(0, at)}<${label}>${text.slice(rest)}`
    return { text: out, start: at + 1, end: at + 1 + label.length }
  }
  const url = 'https://'
  const out = `${text.slice(0, at)}[${label}](${url})${text.slice(rest)}`
  const urlStart = at + label.length + 3
  return { text: out, start: urlStart, end: urlStart + url.length }
}
