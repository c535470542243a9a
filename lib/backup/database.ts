import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import type pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'
import { TABLES_NOT_BACKED_UP, loadOrder } from './manifest'

export interface TableShape {
  name: string
  /** Stored columns only: generated ones (the guides' search vector) are computed again on load. */
  columns: string[]
}

const quoted = (client: pg.ClientBase, names: string[]) => names.map((name) => client.escapeIdentifier(name)).join(', ')

/** The app's tables in the `public` schema, in an order that loads with foreign keys checked. */
export async function tablesInLoadOrder(client: pg.ClientBase): Promise<TableShape[]> {
  const { rows: columns } = await client.query<{ table: string; column: string }>(`
    SELECT c.relname AS table, a.attname AS column
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
    WHERE n.nspname = 'public' AND c.relkind = 'r'
    ORDER BY c.relname, a.attnum`)
  const { rows: references } = await client.query<{ from: string; to: string }>(`
    SELECT conrelid::regclass::text AS from, confrelid::regclass::text AS to
    FROM pg_constraint WHERE contype = 'f' AND connamespace = 'public'::regnamespace`)
  const byTable = new Map<string, string[]>()
  for (const { table, column } of columns) {
    if (TABLES_NOT_BACKED_UP.has(table)) continue
    byTable.set(table, [...(byTable.get(table) ?? []), column])
  }
  const unquote = (name: string) => name.replace(/^"|"$/g, '')
  return loadOrder(
    [...byTable.keys()],
    references.map((reference) => ({ from: unquote(reference.from), to: unquote(reference.to) })),
  ).map((name) => ({ name, columns: byTable.get(name)! }))
}

/** Writes the table's rows to `file` in COPY's text format (exact for every type, one row per line). */
export async function copyTableToFile(client: pg.ClientBase, table: TableShape, file: string): Promise<number> {
  const stream = client.query(
    copyTo(`COPY ${client.escapeIdentifier(table.name)} (${quoted(client, table.columns)}) TO STDOUT`),
  )
  await pipeline(stream, fs.createWriteStream(file))
  return stream.rowCount ?? 0
}

export async function copyFileToTable(client: pg.ClientBase, table: TableShape, file: string): Promise<number> {
  const stream = client.query(
    copyFrom(`COPY ${client.escapeIdentifier(table.name)} (${quoted(client, table.columns)}) FROM STDIN`),
  )
  await pipeline(fs.createReadStream(file), stream)
  return stream.rowCount ?? 0
}

/** After loading explicit ids, each serial column's sequence must continue after the largest one. */
export async function resetSequences(client: pg.ClientBase, tables: string[]): Promise<void> {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT table_name AS table, column_name AS column, pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
     FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = ANY($1) AND pg_get_serial_sequence(quote_ident(table_name), column_name) IS NOT NULL`,
    [tables],
  )
  for (const { table, column, sequence } of rows) {
    const maxId = `(SELECT max(${client.escapeIdentifier(column)}) FROM ${client.escapeIdentifier(table)})`
    await client.query(`SELECT setval($1, coalesce(${maxId}, 1), ${maxId} IS NOT NULL)`, [sequence])
  }
}

/** Guides and accounts in the database, or zero when it has no schema yet: what a restore would replace. */
export async function contentCounts(client: pg.ClientBase): Promise<{ guides: number; users: number }> {
  const count = async (table: string) => {
    const { rows } = await client.query<{ exists: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS exists`, [
      `public.${table}`,
    ])
    if (!rows[0]!.exists) return 0
    const result = await client.query<{ count: string }>(`SELECT count(*) FROM ${client.escapeIdentifier(table)}`)
    return Number(result.rows[0]!.count)
  }
  return { guides: await count('guides'), users: await count('users') }
}

export async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT name FROM payload_migrations WHERE batch > 0 ORDER BY name`,
  )
  return rows.map((row) => row.name)
}
