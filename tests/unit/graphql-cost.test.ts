import { describe, expect, it } from '@jest/globals'
import { buildSchema, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql'
import { graphqlCostRule, measureOperation, rootFieldNames, tooManyExpandedFields } from '@/lib/graphql/cost'

// The shapes Payload gives a collection (@payloadcms/graphql): a paginated query with `limit`
// returning `{ docs, totalDocs }`, documents with `id` and `createdAt`, relationships, array rows.
const schema = buildSchema(`
  type User { id: Int! email: String createdAt: String }
  type Row { id: String label: String technology: Technology }
  type Technology { id: Int! name: String createdAt: String }
  type Guide { id: Int! title: String content(depth: Int): String createdAt: String author: User technologies: [Technology!] rows: [Row!] }
  type Guides { docs: [Guide!]! totalDocs: Int }
  type Query {
    Guides(limit: Int, page: Int, pagination: Boolean): Guides
    Guide(id: Int!): Guide
  }
  type usersLoginResult { token: String }
  type Mutation {
    loginUser(email: String!, password: String!): usersLoginResult
    forgotPasswordUser(email: String!): Boolean
    logoutUser: String
  }
`)

function cost(query: string, variables?: Record<string, unknown>) {
  const document = parse(query)
  return measureOperation(
    schema,
    document,
    document.definitions.find((d) => d.kind === 'OperationDefinition') as OperationDefinitionNode,
    variables,
  )
}

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

describe('measureOperation', () => {
  it("counts each paginated list by its limit, Payload's default 10 without one, even when only totalDocs is read", () => {
    expect(cost('{ Guides(limit: 100) { totalDocs } }')).toMatchObject({ documents: 100, problems: [] })
    expect(cost('{ Guides { totalDocs } }').documents).toBe(10)
    expect(cost('{ Guides(limit: 5) { docs { title } } }').documents).toBe(5)
  })

  it('multiplies by the lists around a field: relationships of 100 guides are 100 more documents each', () => {
    expect(cost('{ Guides(limit: 100) { docs { title author { email } } } }').documents).toBe(200)
    // A hasMany relationship counts 10 per guide; rows are not documents but multiply what they hold.
    expect(
      cost('{ Guides(limit: 10) { docs { technologies { name } rows { label technology { name } } } } }').documents,
    ).toBe(10 + 100 + 100)
  })

  it('refuses the 300-alias query that took the server down, by the documents it loads and by its top-level fields', () => {
    expect(cost(aliases(300, 'Guides(limit: 100) { totalDocs }')).problems).toEqual([
      expect.stringMatching(/more than 500 documents/),
    ])
    expect(cost(aliases(300, 'Guides(limit: 1) { totalDocs }')).problems).toEqual([
      expect.stringMatching(/more than 10 top-level fields/),
    ])
    expect(cost(aliases(5, 'Guides(limit: 100) { totalDocs }'))).toMatchObject({ documents: 500, problems: [] })
    expect(cost(aliases(6, 'Guides(limit: 100) { totalDocs }')).problems).toEqual([
      expect.stringMatching(/more than 500 documents .*limit, default 10/),
    ])
    expect(cost('{ Guides(limit: 50) { docs { author { email } technologies { name } } } }').problems).toEqual([
      expect.stringMatching(/more than 500 documents/),
    ])
    // Aliases below the top level count too.
    expect(
      cost(`{ Guide(id: 1) { ${Array.from({ length: 31 }, (_, i) => `t${i}: title`).join(' ')} } }`).problems,
    ).toEqual([expect.stringMatching(/more than 30 aliases/)])
  })

  it('counts variables and their defaults as the limit they give', () => {
    expect(cost('query($n: Int) { Guides(limit: $n) { totalDocs } }', { n: 50 }).documents).toBe(50)
    expect(cost('query($n: Int = 30) { Guides(limit: $n) { totalDocs } }').documents).toBe(30)
    expect(cost('query($n: Int) { Guides(limit: $n) { totalDocs } }', { n: 5000 }).problems).toEqual([
      expect.stringMatching(/limit must be between 1 and 100 \(it was 5000\)/),
    ])
  })

  it('refuses a limit over 100, limit 0 (Payload: no limit) and pagination: false', () => {
    expect(cost('{ Guides(limit: 100000) { totalDocs } }').problems).toEqual([
      expect.stringMatching(/between 1 and 100/),
    ])
    expect(cost('{ Guides(limit: 0) { totalDocs } }').problems).toEqual([
      expect.stringMatching(/between 1 and 100 \(it was 0\)/),
    ])
    expect(cost('{ Guides(pagination: false) { totalDocs } }').problems).toEqual([
      expect.stringMatching(/pagination: false loads every document/),
    ])
  })

  it('counts fragments where they are spread, and stops early on a document that doubles with each fragment', () => {
    const fragments = [
      'fragment F0 on Guide { title }',
      ...Array.from({ length: 30 }, (_, i) => `fragment F${i + 1} on Guide { ...F${i} ...F${i} }`),
    ]
    const started = performance.now()
    const exploding = cost(`{ Guides(limit: 1) { docs { ...F30 } } } ${fragments.join(' ')}`)
    expect(performance.now() - started).toBeLessThan(500)
    expect(exploding.problems).toEqual([expect.stringMatching(/more than 500 fields/)])
    // Spread four times: four times the documents of the fragment.
    expect(
      cost(
        '{ a: Guides(limit: 100) { ...P } b: Guides(limit: 100) { ...P } c: Guides(limit: 100) { ...P } } fragment P on Guides { docs { author { email } } }',
      ).documents,
    ).toBe(600)
  })

  it("refuses a rich-text depth beyond Payload's default of 2 (each level populates linked documents)", () => {
    expect(cost('{ Guides(limit: 1) { docs { content(depth: 2) } } }').problems).toEqual([])
    expect(cost('{ Guides(limit: 1) { docs { content(depth: 10) } } }').problems).toEqual([
      expect.stringMatching(/content: depth may be at most 2 \(it was 10\)/),
    ])
  })

  it('refuses deep nesting and too many top-level fields', () => {
    const tooDeepSchema = buildSchema('type Node { id: Int child: Node } type Query { node: Node }')
    const tooDeep = parse(`{ node { ${'child { '.repeat(12)} id ${'} '.repeat(12)} } }`)
    expect(
      measureOperation(tooDeepSchema, tooDeep, tooDeep.definitions[0] as OperationDefinitionNode).problems,
    ).toEqual([expect.stringMatching(/nested 11 levels deep; at most 10/)])
    expect(
      cost(`{ ${Array.from({ length: 11 }, (_, i) => `g${i}: Guide(id: ${i}) { id }`).join(' ')} }`).problems,
    ).toEqual([expect.stringMatching(/more than 10 top-level fields/)])
  })

  it('allows one account mutation per request: 7 loginUser aliases are refused before any guess', () => {
    const seven = `mutation { ${Array.from({ length: 7 }, (_, i) => `l${i}: loginUser(email: "owner@example.com", password: "guess${i}") { token }`).join(' ')} }`
    expect(cost(seven).problems).toEqual([
      expect.stringMatching(/one sign-in or account mutation \(loginUser, loginUser given\)/),
    ])
    expect(
      cost('mutation { loginUser(email: "a@b.c", password: "x") { token } forgotPasswordUser(email: "a@b.c") }')
        .problems,
    ).toHaveLength(1)
    expect(cost('mutation { loginUser(email: "a@b.c", password: "x") { token } logoutUser }').problems).toEqual([])
    // Hidden in fragments spread at the top level: still counted.
    expect(
      cost(
        'mutation { ...L ... on Mutation { b: loginUser(email: "a", password: "y") { token } } } fragment L on Mutation { loginUser(email: "a", password: "x") { token } }',
      ).problems,
    ).toHaveLength(1)
  })
})

describe('graphqlCostRule', () => {
  it("reports each problem as a validation error, next to graphql-js's own rules", () => {
    const errors = validate(schema, parse(aliases(300, 'Guides(limit: 100) { totalDocs }')), [
      ...specifiedRules,
      graphqlCostRule(),
    ])
    expect(errors.map((error) => error.message)).toEqual([expect.stringMatching(/more than 500 documents/)])
    expect(
      validate(schema, parse('{ Guides(limit: 20) { docs { title } } }'), [...specifiedRules, graphqlCostRule()]),
    ).toEqual([])
  })

  it("reads the request's variables", () => {
    const document = parse('query($n: Int) { Guides(limit: $n) { totalDocs } }')
    expect(validate(schema, document, [graphqlCostRule({ n: 101 })])).toHaveLength(1)
    expect(validate(schema, document, [graphqlCostRule({ n: 100 })])).toHaveLength(0)
  })
})

describe('rootFieldNames', () => {
  it('finds top-level fields through fragments and inline fragments, where an account mutation could hide', () => {
    const document = parse(
      'mutation { logoutUser ... on Mutation { a: loginUser(email: "a", password: "b") { token } } ...F ...F } fragment F on Mutation { forgotPasswordUser(email: "a") }',
    )
    expect(rootFieldNames(document, document.definitions[0] as OperationDefinitionNode)).toEqual([
      'logoutUser',
      'loginUser',
      'forgotPasswordUser',
    ])
  })
})

describe('tooManyExpandedFields', () => {
  it('counts fields with fragments spread, without the schema, and stops at the limit', () => {
    const fragments = [
      'fragment F0 on Guide { title slug }',
      ...Array.from({ length: 25 }, (_, i) => `fragment F${i + 1} on Guide { ...F${i} ...F${i} }`),
    ].join(' ')
    const started = performance.now()
    expect(tooManyExpandedFields(parse(`{ Guides { docs { ...F25 } } } ${fragments}`))).toMatch(/more than 500 fields/)
    expect(performance.now() - started).toBeLessThan(200)
    expect(tooManyExpandedFields(parse(`{ Guides { docs { ...F7 } } } ${fragments}`))).toBeUndefined()
    expect(tooManyExpandedFields(parse('{ a { ...A } } fragment A on T { b ...A }'))).toBeUndefined()
  })
})
