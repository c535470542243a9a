import { parse } from 'parse5'

/** An element as [tag, React props, children], or text: what the bare Next.js floor page renders again. */
export type HtmlTree = (string | [string, Record<string, string>, HtmlTree])[]

interface Parse5Node {
  nodeName: string
  tagName?: string
  value?: string
  attrs?: { name: string; value: string }[]
  childNodes?: Parse5Node[]
}

const SKIPPED = new Set(['script', 'noscript', 'template', 'style', 'link', 'meta'])
const REACT_NAMES: Record<string, string> = {
  class: 'className',
  for: 'htmlFor',
  tabindex: 'tabIndex',
  srcset: 'srcSet',
  crossorigin: 'crossOrigin',
  fetchpriority: 'fetchPriority',
  datetime: 'dateTime',
  colspan: 'colSpan',
  rowspan: 'rowSpan',
  enterkeyhint: 'enterKeyHint',
  autocomplete: 'autoComplete',
  maxlength: 'maxLength',
  minlength: 'minLength',
  readonly: 'readOnly',
  spellcheck: 'spellCheck',
  inputmode: 'inputMode',
  referrerpolicy: 'referrerPolicy',
}

function convert(nodes: Parse5Node[] = []): HtmlTree {
  const out: HtmlTree = []
  for (const node of nodes) {
    if (node.nodeName === '#text') out.push(node.value ?? '')
    else if (node.tagName && !SKIPPED.has(node.tagName)) {
      const props: Record<string, string> = {}
      // Styles and handlers are left out: the floor measures elements and text, not what a page does.
      for (const { name, value } of node.attrs ?? [])
        if (name !== 'style' && !name.startsWith('on')) props[REACT_NAMES[name] ?? name] = value
      out.push([node.tagName, props, convert(node.childNodes)])
    }
  }
  return out
}

/** The elements of an HTML page's body, without its scripts and styles, for rendering with React again. */
export function bodyTree(html: string): HtmlTree {
  const documentNode = parse(html) as unknown as Parse5Node
  const htmlElement = documentNode.childNodes?.find((node) => node.tagName === 'html')
  const body = htmlElement?.childNodes?.find((node) => node.tagName === 'body')
  return convert(body?.childNodes)
}
