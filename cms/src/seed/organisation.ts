import type { Payload } from 'payload'
import { SPOKESPERSON_REGULATION } from './data/documents'
import { ORGANISATION, SPOKESPERSON_EXTRA } from './data/organisation'
import { paragraphsToLexical } from './lexical'
import { day, local } from './stored'

/**
 * The organisation page (functions, structure, leaders) and the spokesperson's appointment, regulation and press
 * contact, each only while still empty. documentIds: the seeded documents by number (the regulation is one).
 */
export async function seedOrganisation(payload: Payload, documentIds: Map<string, number>, count: (key: string) => void): Promise<void> {
  const organisation = await payload.findGlobal({ ...local, slug: 'organisation' })
  if (!organisation.functions && !(organisation.leaders ?? []).length) {
    await payload.updateGlobal({
      ...local,
      slug: 'organisation',
      data: {
        intro: ORGANISATION.intro,
        functions: paragraphsToLexical(ORGANISATION.functions),
        structure: paragraphsToLexical(ORGANISATION.structure),
        leaders: ORGANISATION.leaders,
      },
    })
    count('organisation')
  }

  const settings = await payload.findGlobal({ ...local, slug: 'site-settings' })
  if (settings.spokesperson && !settings.spokesperson.appointedOn) {
    await payload.updateGlobal({
      ...local,
      slug: 'site-settings',
      data: {
        spokesperson: {
          ...settings.spokesperson,
          appointedOn: day(SPOKESPERSON_EXTRA.appointedOn),
          pressContact: SPOKESPERSON_EXTRA.pressContact,
          regulation: documentIds.get(SPOKESPERSON_REGULATION),
        },
      },
    })
    count('site-settings')
  }
}
