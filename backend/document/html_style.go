package document

// htmlStyle is the page's only stylesheet: readable on screen, A4 when printed, and a font stack
// that has Chinese on Windows, macOS and Linux without fetching a web font.
const htmlStyle = `@page { size: A4; margin: 20mm 18mm; }
* { box-sizing: border-box; }
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", system-ui, sans-serif;
  font-size: 11pt; line-height: 1.65; color: #1f2328; background: #fff; max-width: 190mm; margin: 0 auto; padding: 12mm 10mm; }
h1, h2, h3 { line-height: 1.3; break-after: avoid; page-break-after: avoid; }
h2 { font-size: 16pt; margin: 1.6em 0 .6em; padding-bottom: .2em; border-bottom: 1px solid #8c959f; }
h3 { font-size: 13pt; margin: 1.4em 0 .4em; }
a { color: inherit; text-decoration: none; }
table { border-collapse: collapse; width: 100%; margin: .6em 0; }
th, td { border: 1px solid #6e7781; padding: .35em .6em; text-align: left; vertical-align: top; }
thead th { background: #f0f2f4; }
code, pre { font-family: Consolas, "SFMono-Regular", Menlo, "Noto Sans Mono CJK SC", monospace; font-size: .92em; }
code { background: #f0f2f4; padding: 0 .25em; border-radius: 3px; }
pre { background: #f6f8fa; border: 1px solid #d0d7de; padding: .6em .8em; white-space: pre-wrap; overflow-wrap: anywhere; }
pre code { background: none; padding: 0; }
.cover { text-align: center; padding: 30mm 0 20mm; break-after: page; page-break-after: always; }
.cover h1 { font-size: 28pt; margin: 0 0 .4em; letter-spacing: .05em; }
.cover .customer { font-size: 16pt; margin: 0 0 2.5em; }
.cover-facts { width: auto; margin: 0 auto; }
.cover-facts th, .cover-facts td { border: none; padding: .2em .8em; }
.cover-facts th { background: none; text-align: right; font-weight: normal; color: #57606a; }
.draft-note { margin-top: 2em; color: #9a6700; font-weight: bold; }
.toc { break-after: page; page-break-after: always; }
.toc ol { list-style: none; padding-left: 0; margin: 0; }
.toc ol ol { padding-left: 2em; }
.toc li { margin: .15em 0; }
.toc > ol > li > a { font-weight: bold; }
.req { margin-bottom: 1.2em; }
.facts { margin: .2em 0 .6em; color: #57606a; }
.facts span { margin-right: 1.5em; }
.label, .md-heading { font-weight: bold; margin: .8em 0 .3em; }
.desc p { margin: .4em 0; }
.none { color: #57606a; }
.signoff { break-before: page; page-break-before: always; }
.sign th { width: 18%; }
.sign td { width: 41%; }
.sign tr.tall td { height: 4.5em; }
.cover.compact { text-align: left; padding: 0 0 4mm; break-after: auto; page-break-after: auto; }
.cover.compact h1 { font-size: 22pt; }
.cover.compact .customer { font-size: 13pt; margin: 0 0 .8em; }
.cover.compact .cover-facts { margin: 0; }
.cover.compact .cover-facts th { text-align: left; padding-left: 0; }
th.num, td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.quote-totals { width: auto; margin-left: auto; }
.quote-totals th, .quote-totals td { border: none; padding: .15em .6em; text-align: right; font-weight: normal; background: none; }
.quote-totals .total th, .quote-totals .total td { font-weight: bold; border-top: 1px solid #6e7781; }
.signature { text-align: right; margin-top: 3em; }
.profile th { width: 24%; background: #f0f2f4; }
.contacts th { white-space: nowrap; }
h3.day { font-size: 11pt; margin: 1.2em 0 .2em; color: #57606a; }
@media print { body { max-width: none; padding: 0; } .cover { padding-top: 60mm; } }
`
