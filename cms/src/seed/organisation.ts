import type { Payload } from 'payload'
import { SPOKESPERSON_REGULATION } from './data/documents'
import { STAFF_DIRECTORY } from './data/disclosures'
import { ORGANISATION, SPOKESPERSON_EXTRA } from './data/organisation'
import { makePortrait } from './portraits'
import { paragraphsToLexical } from './lexical'
import { day, local } from './stored'

async function portrait(payload: Payload, index: number, name: string): Promise<number> {
  const data = await makePortrait(index)
  const doc = await payload.create({
    ...local,
    collection: 'media',
    data: { alt: `Ảnh chân dung minh họa của ${name}` },
    file: { data, mimetype: 'image/jpeg', name: `chan-dung-minh-hoa-${index + 1}.jpg`, size: data.length },
  })
  return doc.id
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
        leaders: await Promise.all(ORGANISATION.leaders.map(async (p, i) => ({ ...p, photo: await portrait(payload, i, p.name) }))),
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
