import {
  GraphQLError,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql'

/**
 * What one GraphQL request may ask for, checked on the parsed document before anything runs.
 * Payload's own `maxComplexity` counts each field once whatever its `limit`, so 300 aliases of
 * `Guides(limit: 100)` cost it 600 while they load 30,000 guides (and took a 256 MB server down).
 * Here the cost is what the server would load: every paginated list counts its `limit` (Payload's
 * default is 10), times the lists it sits in; fragments are counted where they are spread.
 */
export const GRAPHQL_LIMITS = {
  /** Documents a paginated field may ask for (`limit`). */
  maxLimit: 100,
  /** Documents the whole request may load, summed over its lists with their nesting. */
  maxDocuments: 500,
  /** Top-level fields (aliased or not) in an operation. */
  maxRootFields: 10,
  /** Aliases anywhere in the operation, fragments included. */
  maxAliases: 30,
  /** Fields in the operation once its fragments are spread. */
  maxFields: 500,
  /** Nested selection sets. */
  maxDepth: 10,
  /** The `depth` a rich-text field may populate its links and uploads to (Payload's default, 2). */
  maxPopulateDepth: 2,
  /** Sign-in and account mutations (loginUser, forgotPasswordUser, …) in one request: one guess per request. */
  maxAuthMutations: 1,
}

export type GraphqlLimits = Readonly<typeof GRAPHQL_LIMITS>

/**
 * Without signing in, a request may load what one REST page may (100 documents): 500 guides with
 * their blocks kept the server's event loop busy for 1.6 s and more, every other reader waiting.
 */
export const ANONYMOUS_GRAPHQL_LIMITS: GraphqlLimits = { ...GRAPHQL_LIMITS, maxDocuments: 100 }

/** The limits for a request by `user` (null when nobody is signed in). */
export const graphqlLimitsFor = (user: unknown): GraphqlLimits => (user ? GRAPHQL_LIMITS : ANONYMOUS_GRAPHQL_LIMITS)

/** Payload's page size when a paginated query names no `limit`. */
export const PAYLOAD_DEFAULT_LIMIT = 10
/** Items assumed for a list that has no `limit` (a hasMany relationship, array rows, blocks). */
const UNPAGINATED_LIST_ITEMS = 10

/** Payload's account mutations for an auth collection, e.g. `loginUser`, `forgotPasswordUser`. */
export const AUTH_MUTATION = /^(login|forgotPassword|resetPassword|unlock|refreshToken|verifyEmail)[A-Z]/

export interface OperationCost {
  rootFields: number
  aliases: number
  fields: number
  depth: number
  documents: number
  authMutations: string[]
  /** Set when the walk stopped early because a limit was already passed (the counts are then lower bounds). */
  problems: string[]
}

type Variables = Readonly<Record<string, unknown>> | null | undefined

function intArgument(
  field: FieldNode,
  name: string,
  variables: Variables,
  operation: OperationDefinitionNode,
): number | boolean | undefined {
  const argument = field.arguments?.find((arg) => arg.name.value === name)
  if (!argument) return undefined
  return literal(argument.value, variables, operation)
}

function literal(
  value: ValueNode,
  variables: Variables,
  operation: OperationDefinitionNode,
): number | boolean | undefined {
  if (value.kind === Kind.INT) return Number(value.value)
  if (value.kind === Kind.BOOLEAN) return value.value
  if (value.kind === Kind.VARIABLE) {
    const given = variables?.[value.name.value]
    if (typeof given === 'number' || typeof given === 'boolean') return given
    const declared = operation.variableDefinitions?.find(
      (definition) => definition.variable.name.value === value.name.value,
    )
    return declared?.defaultValue ? literal(declared.defaultValue, variables, operation) : undefined
  }
  return undefined
}

/** A field Payload answers with a page of documents: it takes `limit` and returns `{ docs, totalDocs, … }`. */
function isPaginated(definition: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(definition.type)
  return definition.args.some((arg) => arg.name === 'limit') && isObjectType(type) && 'docs' in type.getFields()
}

/**
 * A collection's document (Payload gives each `createdAt`), as opposed to a group, array row or
 * block inside one: reaching it through a relationship is one more document to load.
 */
function isDocumentType(type: GraphQLCompositeType): boolean {
  return isObjectType(type) && 'createdAt' in type.getFields() && 'id' in type.getFields()
}

/**
 * Counts an operation's cost. Stops walking once a limit is passed, so a document built to expand
 * exponentially (fragments spreading fragments) costs the check no more than the limits allow.
 */
export function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables?: Variables,
  limits: GraphqlLimits = GRAPHQL_LIMITS,
): OperationCost {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
  }
  const cost: OperationCost = {
    rootFields: 0,
    aliases: 0,
    fields: 0,
    depth: 0,
    documents: 0,
    authMutations: [],
    problems: [],
  }
  const over = () => cost.problems.length > 0
  const fail = (problem: string) => {
    if (!cost.problems.includes(problem)) cost.problems.push(problem)
  }
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType()
  if (!root) return cost

  // `within`: how many times this selection set is answered (the product of the lists around it);
  // `pageDocs`: this set belongs to a paginated field, whose `docs` are already counted.
  function walk(
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    within: number,
    depth: number,
    pageDocs: boolean,
    spreading: Set<string>,
  ) {
    if (over()) return
    if (depth > limits.maxDepth)
      return fail(`The query is nested ${depth} levels deep; at most ${limits.maxDepth} are allowed.`)
    cost.depth = Math.max(cost.depth, depth)
    for (const selection of selectionSet.selections) {
      if (over()) return
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value
        const fragment = fragments.get(name)
        // Unknown and cyclic fragments are graphql-js's to report (NoFragmentCyclesRule); not walked twice here.
        if (!fragment || spreading.has(name)) continue
        const type = schema.getType(fragment.typeCondition.name.value)
        walk(
          fragment.selectionSet,
          (type as GraphQLCompositeType | undefined) ?? parent,
          within,
          depth,
          pageDocs,
          new Set(spreading).add(name),
        )
        continue
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent
        walk(
          selection.selectionSet,
          (type as GraphQLCompositeType | undefined) ?? parent,
          within,
          depth,
          pageDocs,
          spreading,
        )
        continue
      }
      countField(selection, parent, within, depth, pageDocs, spreading)
    }
  }

  function countField(
    field: FieldNode,
    parent: GraphQLCompositeType,
    within: number,
    depth: number,
    pageDocs: boolean,
    spreading: Set<string>,
  ) {
    cost.fields += 1
    if (field.alias) cost.aliases += 1
    if (depth === 1) {
      cost.rootFields += 1
      if (operation.operation === 'mutation' && AUTH_MUTATION.test(field.name.value))
        cost.authMutations.push(field.name.value)
    }
    if (cost.fields > limits.maxFields)
      return fail(`The query asks for more than ${limits.maxFields} fields (fragments counted where they are spread).`)
    if (cost.aliases > limits.maxAliases)
      return fail(`The query uses more than ${limits.maxAliases} aliases; send fewer, or several requests.`)
    if (cost.rootFields > limits.maxRootFields)
      return fail(
        `The query asks for more than ${limits.maxRootFields} top-level fields; send fewer, or several requests.`,
      )
    if (cost.authMutations.length > limits.maxAuthMutations) {
      return fail(
        `A request may contain one sign-in or account mutation (${cost.authMutations.join(', ')} given); send one per request.`,
      )
    }

    const populate = intArgument(field, 'depth', variables, operation)
    if (typeof populate === 'number' && populate > limits.maxPopulateDepth) {
      return fail(`${field.name.value}: depth may be at most ${limits.maxPopulateDepth} (it was ${populate}).`)
    }
    const definition =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined
    // Unknown fields are reported by graphql-js's own rules (FieldsOnCorrectTypeRule).
    if (!definition || !field.selectionSet) return
    const type = getNamedType(definition.type) as GraphQLCompositeType
    let items = 1
    let loads = isDocumentType(type)
    const paginated = isPaginated(definition)
    if (paginated) {
      const limit = intArgument(field, 'limit', variables, operation)
      const pagination = intArgument(field, 'pagination', variables, operation)
      if (pagination === false)
        return fail(
          `${field.name.value}: pagination: false loads every document; ask for pages with limit (at most ${limits.maxLimit}) instead.`,
        )
      if (typeof limit === 'number' && (limit < 1 || limit > limits.maxLimit)) {
        // Payload reads limit 0 as "no limit".
        return fail(
          `${field.name.value}: limit must be between 1 and ${limits.maxLimit} (it was ${limit}); ask for further pages with page.`,
        )
      }
      items = typeof limit === 'number' ? limit : PAYLOAD_DEFAULT_LIMIT
      // Loaded even when only `totalDocs` is read.
      loads = true
    } else if (pageDocs && field.name.value === 'docs') {
      // The page's documents: counted with the paginated field above.
      loads = false
    } else if (isListType(getNullableType(definition.type))) {
      items = UNPAGINATED_LIST_ITEMS
    }
    const answered = within * items
    if (loads) cost.documents += answered
    if (cost.documents > limits.maxDocuments) {
      return fail(
        `The query asks for more than ${limits.maxDocuments} documents (each list counts its limit, default ${PAYLOAD_DEFAULT_LIMIT}, times the lists around it); ask for fewer or smaller pages.`,
      )
    }
    walk(field.selectionSet, type, answered, depth + 1, paginated, spreading)
  }

  walk(operation.selectionSet, root, 1, 1, false, new Set())
  return cost
}

/**
 * Whether the document's operations hold more than `max` fields once fragments are spread, without
 * the schema: checked before Payload validates, since Payload's complexity rule expands every
 * spread and took minutes over fragments that double 25 times (33 million fields).
 */
export function tooManyExpandedFields(
  document: DocumentNode,
  max: number = GRAPHQL_LIMITS.maxFields,
): string | undefined {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  )
  let fields = 0
  const count = (selectionSet: SelectionSetNode, spreading: ReadonlySet<string>): boolean => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (++fields > max) return false
        if (selection.selectionSet && !count(selection.selectionSet, spreading)) return false
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!count(selection.selectionSet, spreading)) return false
      } else {
        const fragment = fragments.get(selection.name.value)
        if (
          fragment &&
          !spreading.has(selection.name.value) &&
          !count(fragment.selectionSet, new Set(spreading).add(selection.name.value))
        )
          return false
      }
    }
    return true
  }
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION && !count(definition.selectionSet, new Set())) {
      return `The query asks for more than ${max} fields (fragments counted where they are spread).`
    }
  }
  return undefined
}

/** The names of an operation's top-level fields, through fragments and inline fragments (each fragment once). */
export function rootFieldNames(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  )
  const seen = new Set<string>()
  const names: string[] = []
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value)
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet)
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value)
        const fragment = fragments.get(selection.name.value)
        if (fragment) collect(fragment.selectionSet)
      }
    }
  }
  collect(operation.selectionSet)
  return names
}

/**
 * The limits as a graphql-js validation rule (for Payload's `graphQL.validationRules`): one error
 * per operation over a limit, in words a person can act on.
 */
export function graphqlCostRule(variables?: Variables, limits: GraphqlLimits = GRAPHQL_LIMITS): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const cost = measureOperation(context.getSchema(), context.getDocument(), operation, variables, limits)
      for (const problem of cost.problems) context.reportError(new GraphQLError(problem, { nodes: [operation] }))
      return false
    },
  })
}
