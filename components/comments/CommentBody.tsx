import { Fragment } from 'react'
import { commentParagraphs, linkify } from '@/lib/comments/autolink'

/**
 * A reader's comment as text: React escapes every character, so markup in a comment is shown, never
 * run. Line breaks are kept and web addresses become links search engines are told not to follow.
 */
export function CommentBody({ body }: { body: string }) {
  return (
    <>
      {commentParagraphs(body).map((lines, p) => (
        <p key={p}>
          {lines.map((line, l) => (
            <Fragment key={l}>
              {l > 0 ? <br /> : null}
              {linkify(line).map((segment, s) =>
                segment.kind === 'link' ? (
                  <a key={s} href={segment.href} rel="nofollow ugc noopener">
                    {segment.text}
                  </a>
                ) : (
                  <Fragment key={s}>{segment.text}</Fragment>
                ),
              )}
            </Fragment>
          ))}
        </p>
      ))}
    </>
  )
}
