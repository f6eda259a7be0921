// The parts of a text a search matched, for the screen to mark them as text (never as HTML): the
// text cut where any of the terms occurs, compared as the backend compares (full width folded,
// any case), so "ＥＲＰ 二期" shows ＥＲＰ marked for the term "erp".

export interface Part {
  text: string
  hit: boolean
}

/** What a one-character word may follow to be at the start of a word (backend/search). */
const WORD_START = /[\s\-.@]/

/** One character as it is matched: NFKC folds full-width forms, then lower case. */
const foldChar = (c: string) => c.normalize('NFKC').toLowerCase()

export function highlightParts(text: string, terms: readonly string[]): Part[] {
  const chars = [...text]
  // The folded text, and for each of its UTF-16 units the character of text it came from.
  let folded = ''
  const from: number[] = []
  chars.forEach((c, i) => {
    const f = foldChar(c)
    folded += f
    for (let k = 0; k < f.length; k++) from.push(i)
  })
  const marked = new Array<boolean>(chars.length).fill(false)
  for (const term of terms) {
    const t = term.normalize('NFKC').toLowerCase()
    if (!t) continue
    const one = [...t].length === 1 // matched only where a word starts, as the search does
    for (let at = folded.indexOf(t); at >= 0; at = folded.indexOf(t, at + t.length)) {
      if (one && at > 0 && !WORD_START.test(folded[at - 1])) continue
      for (let k = at; k < at + t.length; k++) marked[from[k]] = true
    }
  }
  const parts: Part[] = []
  chars.forEach((c, i) => {
    const last = parts[parts.length - 1]
    if (last && last.hit === marked[i]) last.text += c
    else parts.push({ text: c, hit: marked[i] })
  })
  return parts
}
