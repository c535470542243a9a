import type { PoolClient } from 'pg'

/**
 * Copies whole documents of a Payload collection in SQL, many at once: the document's row and every
 * row that hangs off it (block tables, array tables, `_rels`, `_texts`) and its versions (`_<slug>_v`
 * with theirs). Which tables those are is read from the schema, not listed here: every table named
 * `<slug>_…` or `_<slug>_v…` whose foreign key to another of them deletes in cascade (the way Payload
 * ties a block or array row to its owner), and the versions table by its `parent_id`. A block table a
 * migration adds is copied with no change here. Other foreign keys (a career path's link to another
 * guide, a media id) keep their values.
 *
 * New ids: an integer id is its table's sequence value reserved for the batch plus the copy's offset
 * times the most rows any one source has in that table plus the row's rank within its source, so a
 * child finds its parent's new id by the same arithmetic, without a lookup table of millions of rows
 * (the gaps this leaves in a sequence are harmless). A text id (Payload's block and array item ids, and
 * the versions' `_uuid` that repeats them) is an md5 of the old one and the copy's number.
 */
export interface CopyTable {
  name: string
  pkType: string
  /** The owning row: the foreign key column and the table it points to. */
  owner?: { column: string; table: string }
  columns: string[]
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`

/** The collection's tables in an order where every owner comes before what it owns. */
export async function documentTables(db: PoolClient, collection: string): Promise<CopyTable[]> {
  const versions = `_${collection}_v`
  const belongs = (table: string) =>
    table === collection || table.startsWith(`${collection}_`) || table === versions || table.startsWith(`${versions}_`)
  const { rows: keys } = await db.query<{ child: string; column: string; parent: string; rule: string }>(`
    SELECT kcu.table_name AS child, kcu.column_name AS column, ccu.table_name AS parent, rc.delete_rule AS rule
    FROM information_schema.referential_constraints rc
    JOIN information_schema.key_column_usage kcu
      ON kcu.constraint_name = rc.constraint_name AND kcu.constraint_schema = rc.constraint_schema
    JOIN information_schema.constraint_column_usage ccu
      ON ccu.constraint_name = rc.constraint_name AND ccu.constraint_schema = rc.constraint_schema
    WHERE rc.constraint_schema = current_schema()`)
  const owners = new Map<string, { column: string; table: string }>()
  for (const key of keys) {
    if (!belongs(key.child) || !belongs(key.parent) || key.child === collection) continue
    const owns = key.rule === 'CASCADE' || (key.child === versions && key.column === 'parent_id')
    if (owns) owners.set(key.child, { column: key.column, table: key.parent })
  }
  const { rows: columns } = await db.query<{ table: string; column: string; type: string }>(`
    SELECT table_name AS table, column_name AS column, data_type AS type FROM information_schema.columns
    WHERE table_schema = current_schema() AND is_generated = 'NEVER' ORDER BY table_name, ordinal_position`)
  const tableOf = (name: string): CopyTable => {
    const own = columns.filter((column) => column.table === name)
    const pk = own.find((column) => column.column === 'id')
    if (!pk) throw new Error(`Table ${name} has no id column to copy by.`)
    return { name, pkType: pk.type, owner: owners.get(name), columns: own.map((column) => column.column) }
  }
  const ordered = [tableOf(collection)]
  for (let i = 0; i < ordered.length; i++) {
    for (const [child, owner] of [...owners].sort(([a], [b]) => a.localeCompare(b))) {
      if (owner.table === ordered[i]!.name) ordered.push(tableOf(child))
    }
  }
  return ordered
}

const isInteger = (type: string) => type === 'integer' || type === 'bigint'

export interface CopyPlan {
  tables: CopyTable[]
  /** Per table, the most rows one source document has there. */
  widths: Map<string, number>
}

/**
 * Marks the rows of the source documents (source i is `sourceIds[i]`) in a temporary table, with
 * each row's rank within its source, on this connection.
 */
export async function prepareSources(db: PoolClient, tables: CopyTable[], sourceIds: number[]): Promise<CopyPlan> {
  await db.query(`DROP TABLE IF EXISTS copy_source`)
  await db.query(
    `CREATE TEMP TABLE copy_source (tbl text, old_id text, source_idx int, rank int, PRIMARY KEY (tbl, old_id))`,
  )
  const [root, ...rest] = tables
  await db.query(
    `INSERT INTO copy_source SELECT $1, id::text, idx - 1, 0 FROM unnest($2::int[]) WITH ORDINALITY AS s(id, idx)`,
    [root!.name, sourceIds],
  )
  for (const table of rest) {
    const { column, table: parent } = table.owner!
    const parentType = tables.find((t) => t.name === parent)!.pkType
    await db.query(
      `INSERT INTO copy_source
       SELECT $1, t.id::text, p.source_idx, row_number() OVER (PARTITION BY p.source_idx ORDER BY t.id) - 1
       FROM ${ident(table.name)} t
       JOIN copy_source p ON p.tbl = $2 AND t.${ident(column)} = p.old_id::${isInteger(parentType) ? 'integer' : 'text'}`,
      [table.name, parent],
    )
  }
  await db.query(`ANALYZE copy_source`)
  const { rows } = await db.query<{ tbl: string; width: number }>(
    `SELECT tbl, max(rows)::int AS width FROM (SELECT tbl, source_idx, count(*) AS rows FROM copy_source GROUP BY 1, 2) s GROUP BY 1`,
  )
  return { tables, widths: new Map(rows.map((row) => [row.tbl, row.width])) }
}

/** Column overrides of the root and versions tables: SQL over the copy's number `c.n`. */
export type Overrides = Record<string, string>

/**
 * Inserts copies number `from` … `to - 1`; copy n is a copy of source `n % sources`. Returns the id
 * range of the new root rows (copy n has id `firstId + n - from`). Run it in a transaction.
 */
export async function copyDocuments(
  db: PoolClient,
  plan: CopyPlan,
  {
    from,
    to,
    sources,
    overrides,
  }: { from: number; to: number; sources: number; overrides: (table: string) => Overrides },
): Promise<{ firstId: number }> {
  const count = to - from
  const bases = new Map<string, number>()
  for (const table of plan.tables) {
    const width = plan.widths.get(table.name) ?? 0
    if (!width || !isInteger(table.pkType)) continue
    // Reserve the batch's ids: sequence values no other insert will take.
    const { rows } = await db.query<{ base: string }>(`SELECT nextval(pg_get_serial_sequence($1, 'id')) AS base`, [
      ident(table.name),
    ])
    const base = Number(rows[0]!.base)
    await db.query(`SELECT setval(pg_get_serial_sequence($1, 'id'), $2)`, [ident(table.name), base + count * width])
    bases.set(table.name, base)
  }
  const newId = (table: CopyTable, rankAlias: string, oldExpr: string) =>
    isInteger(table.pkType)
      ? `(${bases.get(table.name)} + (c.n - ${from}) * ${plan.widths.get(table.name)} + ${rankAlias}.rank)`
      : `substr(md5(${oldExpr} || ':' || c.n), 1, 24)`
  for (const table of plan.tables) {
    if (!plan.widths.get(table.name)) continue
    const own = overrides(table.name)
    const owner = table.owner && plan.tables.find((t) => t.name === table.owner!.table)!
    const expressions = table.columns.map((column) => {
      if (column === 'id') return newId(table, 'r', 'src.id')
      if (owner && column === table.owner!.column) return newId(owner, 'p', `src.${ident(column)}`)
      // A version's copy of a block id: the same new id its block got in the document.
      if (column === '_uuid') return `substr(md5(src._uuid || ':' || c.n), 1, 24)`
      return own[column] ?? `src.${ident(column)}`
    })
    const ownerJoin =
      owner && isInteger(owner.pkType)
        ? `JOIN copy_source p ON p.tbl = ${literal(owner.name)} AND p.old_id = src.${ident(table.owner!.column)}::text`
        : ''
    await db.query(`
      INSERT INTO ${ident(table.name)} (${table.columns.map(ident).join(', ')})
      SELECT ${expressions.join(', ')}
      FROM copy_source r
      JOIN ${ident(table.name)} src ON src.id = r.old_id::${isInteger(table.pkType) ? 'integer' : 'text'}
      JOIN (SELECT n, n % ${sources} AS s FROM generate_series(${from}, ${to - 1}) AS n) c ON c.s = r.source_idx
      ${ownerJoin}
      WHERE r.tbl = ${literal(table.name)}`)
  }
  return { firstId: bases.get(plan.tables[0]!.name)! }
}

/**
 * Drops the indexes of these tables that no constraint needs (primary keys and the foreign keys'
 * targets stay) and returns the statements that make them again. Inside a transaction, so that a
 * load that fails gets them back with its rollback. Building an index once over all the rows is much
 * faster than updating it row by row: worth it when a load more than doubles a table.
 */
export async function dropSecondaryIndexes(db: PoolClient, tables: string[]): Promise<string[]> {
  const { rows } = await db.query<{ name: string; definition: string }>(
    `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
    [tables],
  )
  for (const { name } of rows) await db.query(`DROP INDEX ${ident(name)}`)
  return rows.map((row) => row.definition)
}

export async function createIndexes(db: PoolClient, definitions: string[]): Promise<void> {
  await db.query(`SET LOCAL maintenance_work_mem = '256MB'`)
  for (const definition of definitions) await db.query(definition)
}
