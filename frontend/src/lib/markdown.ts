import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import DOMPurify from 'dompurify'

// html:false makes markdown-it escape any tag the user typed; DOMPurify is the second wall in case
// a renderer rule ever lets markup through.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true })

export function renderMarkdown(source: string): string {
  return DOMPurify.sanitize(md.render(source), { USE_PROFILES: { html: true } })
}

// The text a reader sees in a token list: what the renderer would put between the tags.
function tokenText(tokens: readonly Token[], out: string[]) {
  for (const tok of tokens) {
    if (tok.children) tokenText(tok.children, out)
    else if (tok.type === 'text' || tok.type === 'code_inline' || tok.type === 'code_block' || tok.type === 'fence') out.push(tok.content)
    else if (tok.type === 'softbreak' || tok.type === 'hardbreak' || (tok.block && tok.nesting !== 0)) out.push(' ')
  }
}

/**
 * Markdown source as one line of plain text, for previews in lists. It comes from the same parse
 * that renders the full text, so only real markup is dropped ("**加粗**" → "加粗") and every
 * character the user typed as text stays ("order_id", "C# SDK", "> 1 万").
 */
export function plainPreview(source: string, max = 120): string {
  const out: string[] = []
  tokenText(md.parse(source ?? '', {}), out)
  const text = out.join('').replace(/\s+/g, ' ').trim()
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
