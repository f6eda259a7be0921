// How many tags fit in a table cell of a given width, estimated from the text: CJK characters are
// about 12 px wide in a tiny tag and Latin ones about 7 px, plus the tag's padding and gap. The
// rest is summed up as "+N" so a cell never shows a tag cut in half.
const TAG_PAD = 14 // padding and border of a tiny tag
const GAP = 4
const MORE_TAG = GAP + 28 // "+N"

function textWidth(s: string): number {
  let w = 0
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 12 : 7
  return w
}

export function fitTags(tags: readonly string[], budget: number): { shown: string[]; more: number } {
  let used = 0
  let n = 0
  for (; n < tags.length; n++) {
    const w = (n > 0 ? GAP : 0) + textWidth(tags[n]) + TAG_PAD
    const reserve = n < tags.length - 1 ? MORE_TAG : 0
    // The first tag always shows (clipped by the cell if it is very long).
    if (n > 0 && used + w + reserve > budget) break
    used += w
  }
  return { shown: tags.slice(0, n), more: tags.length - n }
}
