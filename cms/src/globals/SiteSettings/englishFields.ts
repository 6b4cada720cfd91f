import type { Field } from 'payload'
import { l } from '../../utilities/label'

/**
 * The short page in English about the owner (/en/), generated from these fields and the contacts above (phone,
 * e-mail, hotline): the name, parent body and address in English and a few lines about what the body does. Without
 * an English name the page shows the Vietnamese one.
 */
export const englishFields: Field[] = [
  {
    type: 'collapsible',
    label: l('Trang giới thiệu bằng tiếng Anh', 'English page'),
    admin: { initCollapsed: true, description: l('Hiện tại địa chỉ /en/ của trang công khai.', 'Shown at /en/.') },
    fields: [
      { name: 'englishName', type: 'text', label: l('Tên cơ quan bằng tiếng Anh', 'Name in English'), maxLength: 200 },
      { name: 'englishParentBody', type: 'text', label: l('Cơ quan chủ quản bằng tiếng Anh', 'Parent body in English'), maxLength: 200 },
      { name: 'englishAddress', type: 'text', label: l('Địa chỉ bằng tiếng Anh', 'Address in English'), maxLength: 300 },
      {
        name: 'englishAbout',
        type: 'textarea',
        label: l('Giới thiệu ngắn bằng tiếng Anh', 'About, in English'),
        maxLength: 1500,
        admin: { description: l('Mỗi đoạn một dòng.', 'One paragraph a line.') },
      },
    ],
  },
]
