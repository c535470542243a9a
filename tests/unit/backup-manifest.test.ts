import { describe, expect, it } from '@jest/globals'
import { loadOrder, migrationsForBackup } from '@/lib/backup/manifest'

describe('loadOrder', () => {
  it('puts every table after the tables it references', () => {
    const order = loadOrder(
      ['comments', 'guides', 'users', 'guides_rels', 'technologies'],
      [
        { from: 'comments', to: 'guides' },
        { from: 'comments', to: 'comments' },
        { from: 'guides', to: 'users' },
        { from: 'guides_rels', to: 'guides' },
        { from: 'guides_rels', to: 'technologies' },
      ],
    )
    const position = (table: string) => order.indexOf(table)
    expect(order).toHaveLength(5)
    expect(position('users')).toBeLessThan(position('guides'))
    expect(position('guides')).toBeLessThan(position('comments'))
    expect(position('technologies')).toBeLessThan(position('guides_rels'))
    expect(position('guides')).toBeLessThan(position('guides_rels'))
  })

  it('ignores references to tables it was not asked to order', () => {
    expect(loadOrder(['guides'], [{ from: 'guides', to: 'payload_locked_documents' }])).toEqual(['guides'])
  })

  it('names the tables of a cycle', () => {
    expect(() =>
      loadOrder(
        ['a', 'b', 'c'],
        [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'a' },
        ],
      ),
    ).toThrow(/cycle[^]*: a, b$/)
  })
})

describe('migrationsForBackup', () => {
  const code = ['001_initial', '002_faq', '003_search']

  it('runs the code migrations the backup had, leaving newer ones for after the load', () => {
    expect(migrationsForBackup(code, ['001_initial', '002_faq'])).toEqual(['001_initial', '002_faq'])
    expect(migrationsForBackup(code, code)).toEqual(code)
  })

  it('refuses a backup from a newer version', () => {
    expect(() => migrationsForBackup(code, [...code, '004_future'])).toThrow(/newer version[^]*004_future/)
  })

  it('refuses a backup whose migrations are not the start of the code history', () => {
    expect(() => migrationsForBackup(code, ['001_initial', '003_search'])).toThrow(/not the first migrations/)
  })
})
