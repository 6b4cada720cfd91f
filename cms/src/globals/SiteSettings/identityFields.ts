import type { Field } from 'payload'
import { webAddressField } from '../../fields/webAddress'
import { l } from '../../utilities/label'

/**
 * What makes the site recognisably the owner's official site (NĐ 42/2022): the hotline, the bodies it links to (the
 * ministry, the provincial department, the People's Committee, the national public-services portal) and the lines of
 * the footer: the person responsible for the content, the licence or establishing decision, the copyright and the
 * request to cite the source. The logo (Biểu trưng) is the emblem of the header and the favicon. A notice, when set,
 * runs under the header of every page (e.g. that the content is illustrative).
 */
export const identityFields: Field[] = [
  { name: 'hotline', type: 'text', label: l('Đường dây nóng', 'Hotline'), maxLength: 40 },
  {
    name: 'linkedBodies',
    type: 'array',
    label: l('Liên kết cơ quan', 'Linked bodies'),
    labels: { singular: l('Cơ quan', 'Body'), plural: l('Cơ quan', 'Bodies') },
    admin: {
      description: l(
        'Bộ Giáo dục và Đào tạo, Sở Giáo dục và Đào tạo, Ủy ban nhân dân, Cổng Dịch vụ công quốc gia…, theo thứ tự hiện ở chân trang.',
        'Ministry, provincial department, People’s Committee, national public-services portal…, in footer order.',
      ),
    },
    maxRows: 12,
    fields: [
      { name: 'name', type: 'text', label: l('Tên cơ quan, cổng thông tin', 'Name'), required: true, maxLength: 200 },
      webAddressField('url', l('Địa chỉ trang web', 'Web address'), true),
    ],
  },
  {
    name: 'footer',
    type: 'group',
    label: l('Chân trang', 'Footer'),
    fields: [
      {
        name: 'licence',
        type: 'text',
        label: l('Giấy phép, quyết định thành lập trang', 'Licence or establishing decision'),
        maxLength: 300,
        admin: { placeholder: 'Quyết định số …/QĐ-… ngày … của …' },
      },
      { name: 'responsible', type: 'text', label: l('Người chịu trách nhiệm nội dung', 'Responsible for content'), maxLength: 200 },
      {
        name: 'copyright',
        type: 'text',
        label: l('Bản quyền', 'Copyright'),
        maxLength: 200,
        admin: { description: l('Để trống: “© <năm> <tên cơ quan>”.', 'Empty: “© <year> <organisation>”.') },
      },
      {
        name: 'republish',
        type: 'text',
        label: l('Ghi chú phát hành lại', 'Republishing note'),
        maxLength: 200,
        defaultValue: 'Ghi rõ nguồn khi phát hành lại thông tin từ trang này.',
      },
    ],
  },
  {
    name: 'siteNotice',
    type: 'text',
    label: l('Thông báo chung', 'Site notice'),
    maxLength: 300,
    admin: { description: l('Hiện dưới đầu trang trên mọi trang, ví dụ: nội dung là minh họa.', 'Shown under the header on every page.') },
  },
]
