import type { PayloadRequest } from 'payload'
import { EntityType, getAccessResults } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { getTranslation } from '@payloadcms/translations'
import { getNavGroups, getVisibleEntities } from '@payloadcms/ui/shared'
import { Button, Card } from '@payloadcms/ui'
import React from 'react'

/**
 * The first screen's cards of the collections and globals a role sees, as Payload's own "collections" widget draws
 * them, except that the "create" button's screen-reader name is "Tạo mới Tin bài" (Payload's passes the label object
 * untranslated and says "Tạo mới [object Object]"). Registered as the dashboard's default layout in payload.config.ts.
 */
export async function EntityCards({ req }: { req: PayloadRequest }) {
  const { i18n, payload } = req
  const permissions = await getAccessResults({ req })
  const groups = getNavGroups(permissions, getVisibleEntities({ req }), payload.config, i18n)
  const adminRoute = payload.config.routes.admin
  return (
    <div className="collections">
      <div className="collections__wrap">
        {groups.map(({ entities, label }) => (
          <div className="collections__group" key={label}>
            <h2 className="collections__label">{label}</h2>
            <ul className="collections__card-list">
              {entities.map(({ slug, type, label: entityLabel }) => {
                const title = getTranslation(entityLabel, i18n)
                const collection = type === EntityType.collection
                const path: `/${string}` = collection ? `/collections/${slug}` : `/globals/${slug}`
                const canCreate = collection && permissions?.collections?.[slug]?.create
                return (
                  <li key={slug}>
                    <Card
                      id={`card-${slug}`}
                      title={title}
                      titleAs="h3"
                      href={formatAdminURL({ adminRoute, path })}
                      buttonAriaLabel={i18n.t(collection ? 'general:showAllLabel' : 'general:editLabel', { label: title })}
                      actions={
                        canCreate ? (
                          <Button
                            aria-label={i18n.t('general:createNewLabel', { label: title })}
                            buttonStyle="icon-label"
                            el="link"
                            icon="plus"
                            iconStyle="with-border"
                            round
                            to={formatAdminURL({ adminRoute, path: `${path}/create` })}
                          />
                        ) : undefined
                      }
                    />
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </div>
    </div>
  )
}
