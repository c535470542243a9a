import { beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { MESSAGES, MIN_SECONDS_TO_SUBMIT, submitComment, type CommentFormValues } from '@/lib/comments/submit'
import { memoryRateLimiter } from '@/lib/rate-limit/memory'
import type { Comment, User } from '@/payload-types'
import { createUser, payloadForThisFile, unique } from './payload'
import { guideData } from '@/tests/support/data'

const getPayload = payloadForThisFile()
let payload: Payload
let editor: User
let guideId: number
let draftId: number

beforeAll(async () => {
  payload = getPayload()
  editor = await createUser(payload, ['editor'])
  guideId = (
    await payload.create({
      collection: 'guides',
      data: guideData({ title: unique('Commented guide'), role: 'Commenter', _status: 'published' }),
    })
  ).id
  draftId = (
    await payload.create({
      collection: 'guides',
      data: guideData({ title: unique('Draft guide'), role: 'Commenter' }),
      draft: true,
    })
  ).id
})

/** A fresh limiter and IP per call unless given, so tests do not share a budget. */
function send(
  fields: Partial<CommentFormValues>,
  context: { ipHash?: string; limiter?: ReturnType<typeof memoryRateLimiter>; now?: number } = {},
) {
  const values: CommentFormValues = {
    guide: String(guideId),
    parent: '',
    authorName: 'Ada Reader',
    email: 'ada@example.com',
    body: unique('A useful comment'),
    website: '',
    startedAt: '',
    ...fields,
  }
  return submitComment(values, {
    payload,
    ipHash: context.ipHash ?? unique('ip'),
    limiter: context.limiter ?? memoryRateLimiter({ limit: 5, windowMs: 60_000 }),
    now: context.now,
  })
}

const storedWithBody = async (body: string) =>
  (await payload.find({ collection: 'comments', where: { body: { equals: body } }, depth: 0, overrideAccess: true }))
    .docs as Comment[]

describe('a reader’s comment', () => {
  it('is stored as pending with a hash of the IP, and is not public until an editor approves it', async () => {
    const body = unique('Thanks, this helped')
    await expect(send({ body, email: ' Ada@Example.com ' }, { ipHash: 'hash-of-ip' })).resolves.toEqual({
      ok: true,
      message: MESSAGES.received,
    })
    const [stored] = await storedWithBody(body)
    expect(stored).toMatchObject({ status: 'pending', ipHash: 'hash-of-ip', authorName: 'Ada Reader', guide: guideId })

    const publicRead = () =>
      payload.find({ collection: 'comments', where: { body: { equals: body } }, overrideAccess: false })
    expect((await publicRead()).docs).toHaveLength(0)
    await payload.update({
      collection: 'comments',
      id: stored!.id,
      data: { status: 'approved' },
      user: editor,
      overrideAccess: false,
    })
    const [visible] = (await publicRead()).docs
    expect(visible).toMatchObject({ body, authorName: 'Ada Reader' })
    // Email and IP hash are for editors only, even on an approved comment.
    expect(visible).not.toHaveProperty('email')
    expect(visible).not.toHaveProperty('ipHash')
    const asEditor = await payload.findByID({
      collection: 'comments',
      id: stored!.id,
      user: editor,
      overrideAccess: false,
    })
    expect(asEditor.email).toBe('Ada@Example.com')
  })

  it('stores hostile text exactly as typed, for the page to show as text', async () => {
    const body = `<script>alert("x")</script> <a href="javascript:alert(1)">click</a> &amp; &lt;b&gt; ${unique('hostile')}`
    await expect(send({ body, authorName: '<img src=x onerror=alert(1)>' })).resolves.toMatchObject({ ok: true })
    const [stored] = await storedWithBody(body)
    expect(stored?.body).toBe(body)
    expect(stored?.authorName).toBe('<img src=x onerror=alert(1)>')
  })

  it('drops control characters PostgreSQL would refuse, keeps line breaks', async () => {
    const marker = unique('nul')
    await expect(send({ body: `line one\u0000\r\nline two ${marker}` })).resolves.toMatchObject({ ok: true })
    expect(await storedWithBody(`line one\nline two ${marker}`)).toHaveLength(1)
  })

  it.each([
    [
      'a 10,000-character body',
      { body: 'x'.repeat(10_000) },
      'body',
      'Your comment is 10,000 characters long; the limit is 5,000. Please shorten it.',
    ],
    ['an empty body', { body: '   ' }, 'body', 'Please write a comment.'],
    [
      'an invalid email',
      { email: 'not-an-email' },
      'email',
      'Please enter a valid email address, such as name@example.com.',
    ],
    ['a missing name', { authorName: '' }, 'authorName', 'Please enter your name.'],
    [
      'a missing guide',
      { guide: '' },
      'guide',
      'The form does not say which guide this comment is for; reload the page.',
    ],
  ])('refuses %s with a message naming the field, and stores nothing', async (_case, fields, field, message) => {
    const before = await payload.count({ collection: 'comments', overrideAccess: true })
    const outcome = await send(fields)
    expect(outcome).toMatchObject({ ok: false, message: MESSAGES.invalid, fieldErrors: { [field]: message } })
    expect((await payload.count({ collection: 'comments', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('refuses a comment on a draft or unknown guide', async () => {
    await expect(send({ guide: String(draftId) })).resolves.toEqual({ ok: false, message: MESSAGES.closed })
    await expect(send({ guide: '987654321' })).resolves.toEqual({ ok: false, message: MESSAGES.closed })
  })

  it('thanks a bot that fills in the honeypot, and stores nothing', async () => {
    const body = unique('spam')
    await expect(send({ body, website: 'https://spam.example' })).resolves.toEqual({
      ok: true,
      message: MESSAGES.received,
    })
    expect(await storedWithBody(body)).toHaveLength(0)
  })

  it('refuses a form sent faster than a person could write it', async () => {
    const now = Date.now()
    const body = unique('fast')
    await expect(send({ body, startedAt: String(now - 500) }, { now })).resolves.toEqual({
      ok: false,
      message: MESSAGES.tooFast,
    })
    await expect(
      send({ body, startedAt: String(now - MIN_SECONDS_TO_SUBMIT * 1000 - 1) }, { now }),
    ).resolves.toMatchObject({ ok: true })
  })

  it('recognises the same comment sent twice and keeps one', async () => {
    const body = unique('twice')
    await send({ body })
    await expect(send({ body })).resolves.toEqual({ ok: true, message: MESSAGES.duplicate })
    expect(await storedWithBody(body)).toHaveLength(1)
  })

  it('allows 5 comments a minute from one IP, then says how long to wait', async () => {
    const limiter = memoryRateLimiter({ limit: 5, windowMs: 60_000 })
    const ipHash = unique('busy-ip')
    for (let i = 0; i < 5; i++) await expect(send({}, { ipHash, limiter })).resolves.toMatchObject({ ok: true })
    const sixth = await send({}, { ipHash, limiter })
    expect(sixth).toMatchObject({ ok: false, retryAfterSeconds: expect.any(Number) })
    expect(sixth.message).toMatch(/Please wait \d+ seconds/)
    await expect(send({}, { ipHash: unique('other-ip'), limiter })).resolves.toMatchObject({ ok: true })
  })

  it('replies one level deep, to an approved comment on the same guide', async () => {
    const body = unique('parent')
    await send({ body })
    const [parent] = await storedWithBody(body)
    await expect(send({ parent: String(parent!.id) })).resolves.toMatchObject({
      ok: false,
      message: MESSAGES.parentGone,
    }) // still pending
    await payload.update({ collection: 'comments', id: parent!.id, data: { status: 'approved' }, overrideAccess: true })
    const replyBody = unique('reply')
    await expect(send({ parent: String(parent!.id), body: replyBody })).resolves.toMatchObject({ ok: true })
    const [reply] = await storedWithBody(replyBody)
    expect(reply?.parent).toBe(parent!.id)
    // A reply to a reply is refused by the collection itself, whoever writes it.
    await expect(
      payload.create({
        collection: 'comments',
        data: {
          guide: guideId,
          parent: reply!.id,
          authorName: 'Editor',
          email: 'e@example.com',
          body: 'nested',
          status: 'pending',
        },
        overrideAccess: true,
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [{ path: 'parent', message: 'Replies go one level deep: answer the original comment instead.' }],
      },
    })
  })

  it('cannot be created, approved or deleted by anonymous readers or authors through the API', async () => {
    const author = await createUser(payload, ['author'])
    const data = {
      guide: guideId,
      authorName: 'Mallory',
      email: 'm@example.com',
      body: 'self-approved',
      status: 'approved' as const,
    }
    await expect(payload.create({ collection: 'comments', data, overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
    await expect(payload.create({ collection: 'comments', data, user: author, overrideAccess: false })).rejects.toThrow(
      /not allowed/i,
    )
  })

  it('goes with its guide when the guide is deleted', async () => {
    const doomed = (
      await payload.create({
        collection: 'guides',
        data: guideData({ title: unique('Doomed guide'), role: 'Commenter', _status: 'published' }),
      })
    ).id
    const body = unique('on a doomed guide')
    await send({ guide: String(doomed), body })
    expect(await storedWithBody(body)).toHaveLength(1)
    await payload.delete({ collection: 'guides', id: doomed })
    expect(await storedWithBody(body)).toHaveLength(0)
  })
})
