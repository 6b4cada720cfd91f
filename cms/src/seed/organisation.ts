import type { Payload } from 'payload'
import { slugify } from '@gd/shared/text'
import { SPOKESPERSON_REGULATION } from './data/documents'
import { STAFF_DIRECTORY } from './data/disclosures'
import { ORGANISATION, SPOKESPERSON_EXTRA } from './data/organisation'
import { makePortrait } from './portraits'
import { paragraphsToLexical } from './lexical'
import { day, local } from './stored'

/** The leaders, each with a drawn portrait stored one after another (parallel uploads race for free file names). */
async function withPortraits(payload: Payload) {
  const leaders = []
  for (const [i, leader] of ORGANISATION.leaders.entries()) {
    const data = await makePortrait(i)
    const photo = await payload.create({
      ...local,
      collection: 'media',
      data: { alt: `Ảnh chân dung ${leader.name}` },
      file: { data, mimetype: 'image/jpeg', name: `chan-dung-minh-hoa-${slugify(leader.name)}.jpg`, size: data.length },
    })
    leaders.push({ ...leader, photo: photo.id })
  }
  return leaders
}

/**
 * The organisation page (functions, structure, leaders with an illustrative portrait, the staff directory) and the spokesperson's appointment, regulation and press
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
        leaders: await withPortraits(payload),
        staffDirectory: STAFF_DIRECTORY,
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
