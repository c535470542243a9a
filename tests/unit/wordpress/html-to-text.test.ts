import { describe, expect, it } from '@jest/globals'
import { htmlToGuideText, plainTextOfHtml } from '@/lib/import/wordpress/html-to-text'

describe('htmlToGuideText', () => {
  it('reads block-editor markup as headings, paragraphs and list items, ignoring the block comments', () => {
    const html = `<!-- wp:heading --><h2>What is a Nurse?</h2><!-- /wp:heading -->
<!-- wp:paragraph --><p>Nurses care for <strong>patients</strong>.</p><!-- /wp:paragraph -->
<!-- wp:heading {"level":3} --><h3>Tools</h3><!-- /wp:heading -->
<!-- wp:list --><ul><li>Stethoscope</li><li>Charting <em>software</em></li></ul><!-- /wp:list -->
<!-- wp:list {"ordered":true} --><ol start="3"><li>Study</li><li>Practise</li></ol><!-- /wp:list -->`
    expect(htmlToGuideText(html).text.split('\n')).toEqual([
      '## What is a Nurse?',
      'Nurses care for patients.',
      '### Tools',
      '- Stethoscope',
      '- Charting software',
      '3. Study',
      '4. Practise',
    ])
  })

  it('reads the classic editor: paragraphs are blank lines, entities decoded, <!--more--> dropped', () => {
    const html =
      'First paragraph,\nstill the first.\n\nSecond&nbsp;one &#8212; with an &#8217;apostrophe&#8217;.<!--more-->\n<h2>Next</h2>\nThird.'
    expect(htmlToGuideText(html).text.split('\n')).toEqual([
      'First paragraph, still the first.',
      'Second one — with an ’apostrophe’.',
      '## Next',
      'Third.',
    ])
  })

  it('keeps links as Markdown links and nested list items as items', () => {
    const { text } = htmlToGuideText(
      '<p>See <a href="https://example.com/a">the guide</a> and <a href="#top">this</a>.</p><ul><li>One<ul><li>Inner</li></ul></li></ul>',
    )
    expect(text.split('\n')).toEqual(['See [the guide](https://example.com/a) and this.', '- One', '- Inner'])
  })

  it('reads table rows as "first cell: other cells" lines and reports a heading row as column names', () => {
    const { text, notes } = htmlToGuideText(
      '<table><thead><tr><th>Country</th><th>Entry</th><th>Senior</th></tr></thead><tbody><tr><td>India</td><td>₹4,00,000</td><td>₹15,00,000</td></tr></tbody></table>',
    )
    expect(text).toBe('India: ₹4,00,000 – ₹15,00,000')
    expect(notes).toContain('Table heading row "Country | Entry | Senior" read as column names')
  })

  it('turns [caption] into its caption text and an image with that caption, and keeps unknown shortcodes as written', () => {
    const { text, notes, images } = htmlToGuideText(
      '[caption id="attachment_1" width="300"]<img src="http://wp.example/a.png" alt="A chart" /> Pay by year[/caption]\n\n[gallery ids="1,2"]',
    )
    expect(text.split('\n')).toEqual(['Pay by year', '[gallery ids="1,2"]'])
    expect(notes).toContain('Shortcode [gallery] kept as text: Careerpath has no equivalent')
    expect(images).toEqual([{ src: 'http://wp.example/a.png', alt: 'A chart', caption: 'Pay by year' }])
  })

  it('collects the block editor’s images with their attachment ID, alt text and caption', () => {
    const { images } = htmlToGuideText(
      '<!-- wp:image {"id":42} --><figure class="wp-block-image size-large"><img src="http://wp.example/wp-content/uploads/2026/11/team-1024x683.jpg" alt="The team at a stand-up" class="wp-image-42"/><figcaption class="wp-element-caption">Our <em>daily</em> stand-up</figcaption></figure><!-- /wp:image --><p>After <img src="http://wp.example/icon.png"> that.</p>',
    )
    expect(images).toEqual([
      {
        src: 'http://wp.example/wp-content/uploads/2026/11/team-1024x683.jpg',
        alt: 'The team at a stand-up',
        caption: 'Our daily stand-up',
        attachmentId: 42,
      },
      { src: 'http://wp.example/icon.png', alt: '' },
    ])
  })

  it('leaves scripts and forms out, and says so', () => {
    const { text, notes } = htmlToGuideText('<p>Kept</p><script>alert(1)</script><form><input name="q"></form>')
    expect(text).toBe('Kept')
    expect(notes).toEqual(expect.arrayContaining(['<script> left out', '<form> left out']))
  })
})

describe('plainTextOfHtml (titles, excerpts, comments)', () => {
  it('decodes entities, drops tags and scripts, keeps a link’s address and WordPress’s line breaks', () => {
    expect(plainTextOfHtml('Q&amp;A: what&#8217;s next?')).toBe('Q&A: what’s next?')
    expect(
      plainTextOfHtml(
        'First line\nsecond line\n\nNew paragraph with <a href="https://example.com/x">a link</a> and <em>emphasis</em>.<script>alert(1)</script>',
      ),
    ).toBe('First line\nsecond line\n\nNew paragraph with a link (https://example.com/x) and emphasis.')
    expect(plainTextOfHtml('<p>One</p><p>Two<br>three</p>')).toBe('One\n\nTwo\nthree')
    expect(plainTextOfHtml('<a href="https://example.com">https://example.com</a>')).toBe('https://example.com')
  })
})
