import MarkdownIt from 'markdown-it'
import DOMPurify from 'dompurify'

// html:false makes markdown-it escape any tag the user typed; DOMPurify is the second wall in case
// a renderer rule ever lets markup through.
const md = new MarkdownIt({ html: false, linkify: true, breaks: true })

export function renderMarkdown(source: string): string {
  return DOMPurify.sanitize(md.render(source), { USE_PROFILES: { html: true } })
}
