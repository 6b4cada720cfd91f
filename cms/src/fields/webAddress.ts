import type { TextField } from 'payload'
import { isWebAddress, WEB_ADDRESS_MESSAGE } from '@gd/shared/urls'
import { l } from '../utilities/label'

/** A web site's address (http/https), checked on save with a Vietnamese message; empty is allowed unless required. */
export function webAddressField(name: string, label: string, required = false): TextField {
  return {
    name,
    type: 'text',
    label,
    required,
    maxLength: 500,
    admin: { placeholder: 'https://', description: l('Địa chỉ đầy đủ, bắt đầu bằng https://', 'Full address, starting with https://') },
    validate: (value: unknown) =>
      value === null || value === undefined || value === ''
        ? required
          ? WEB_ADDRESS_MESSAGE
          : true
        : isWebAddress(value) || WEB_ADDRESS_MESSAGE,
  }
}
