import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import { isFrameworkScript } from '@/lib/http/csp'
import { isReactStreamingScript } from '@/lib/http/react-streaming-scripts'

// The runtime React writes before its first completed boundary, as its server build holds it.
const source = fs.readFileSync(
  createRequire(import.meta.url).resolve('next/dist/compiled/react-dom/cjs/react-dom-server.node.production.js'),
  'utf8',
)
// The literal as React's source spells it, evaluated to the text it writes into the page.
const completeBoundaryRuntime = new Function(
  `return ${[...source.matchAll(/'\$RB=\[\];(?:[^'\\]|\\.)*'/g)][0]![0]}`,
)() as string

describe("React's streaming scripts in the script policy", () => {
  it("recognises React's runtime followed by its instruction, and later instructions alone", () => {
    const first = `${completeBoundaryRuntime}$RC("B:0","S:0")`
    expect(first.startsWith('$RB=[];')).toBe(true)
    expect(isReactStreamingScript(first)).toBe(true)
    expect(isFrameworkScript('$RC("B:1","S:1")')).toBe(true)
    expect(isFrameworkScript('$RX("B:2","digest","A message \\u003cwith escapes\\u003e")')).toBe(true)
  })

  it("recognises React's runtime piece that stands alone", () => {
    expect(isFrameworkScript('requestAnimationFrame(function(){$RT=performance.now()});')).toBe(true)
  })

  it('refuses scripts that only look like them', () => {
    expect(isFrameworkScript('$RC=function(){alert(1)};$RC("B:0","S:0")')).toBe(false)
    expect(isFrameworkScript('$RC("B:0","S:0");alert(1)')).toBe(false)
    expect(isFrameworkScript('$RC("B:0",alert(1))')).toBe(false)
    expect(isFrameworkScript(`${completeBoundaryRuntime}$RC("B:0",alert(1))`)).toBe(false)
    expect(isFrameworkScript(`${completeBoundaryRuntime}alert(1)`)).toBe(false)
    expect(isFrameworkScript('alert(1)')).toBe(false)
  })
})
