import type { Guide, Skill, Technology } from '@/payload-types'
import { quickFactsOf } from '@/lib/content/quick-facts'
import { ChipList, SkillChip, TechnologyChip } from '@/components/taxonomy/Chips'

const TOP_TECHNOLOGIES = 6
const TOP_SKILLS = 4

const populated = <T extends object>(values: (number | T)[] | null | undefined): T[] =>
  (values ?? []).filter((value): value is T => typeof value === 'object' && value !== null)

/** A fact that is a row of chips, across the box; nothing when it has none. */
const ChipFact = ({ label, children }: { label: string; children: React.ReactNode }) =>
  children ? (
    <div className="quick-facts__item quick-facts__item--wide">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  ) : null

/**
 * The career at a glance, at the top of the guide (as the Handbook's Quick Facts): median pay, entry
 * education, experience, outlook and jobs with their sources, and the first technologies and
 * technical skills the guide names. Nothing when the guide has none of them.
 */
export function QuickFacts({ guide }: { guide: Pick<Guide, 'role' | 'quickFacts' | 'technologies' | 'skills'> }) {
  const facts = quickFactsOf(guide.quickFacts)
  const technologies = populated<Technology>(guide.technologies).slice(0, TOP_TECHNOLOGIES)
  const skills = populated<Skill>(guide.skills)
    .filter((skill) => skill.kind !== 'soft')
    .slice(0, TOP_SKILLS)
  if (!facts.length && !technologies.length && !skills.length) return null
  return (
    <section className="quick-facts" aria-labelledby="quick-facts">
      <h2 id="quick-facts" className="quick-facts__heading">
        Quick facts: {guide.role}
      </h2>
      <dl className="quick-facts__list">
        {facts.map((fact) => (
          <div key={fact.id} className="quick-facts__item">
            <dt>{fact.label}</dt>
            <dd>
              {fact.value}
              {fact.source ? <small className="quick-facts__source">Source: {fact.source}</small> : null}
            </dd>
          </div>
        ))}
        <ChipFact label="Top technologies">
          {technologies.length ? (
            <ChipList items={technologies} render={(technology) => <TechnologyChip technology={technology} />} />
          ) : null}
        </ChipFact>
        <ChipFact label="Key skills">
          {skills.length ? <ChipList items={skills} render={(skill) => <SkillChip skill={skill} />} /> : null}
        </ChipFact>
      </dl>
    </section>
  )
}
