/**
 * Demo schools of the seed tenant (Phòng Giáo dục và Đào tạo huyện Kim Thành, a former body since 01/07/2025).
 *
 * ILLUSTRATIVE DATA: the real school list was not available. Names follow the communes of the former Kim Thành
 * district, but addresses, phone numbers, e-mail addresses (example.edu.vn) and principals are invented.
 */
export interface SeedSchool {
  name: string
  level: 'mam-non' | 'tieu-hoc' | 'thcs' | 'lien-cap'
  commune: string
  address: string
  phone: string
  email: string
  principal: string
}

/** An illustrative school website on the same invented domain as its e-mail (mnphuthai@… → https://mnphuthai.…). */
export const schoolWebsite = (school: SeedSchool): string => `https://${school.email.replace('@', '.')}`

export const SCHOOLS: SeedSchool[] = [
  {
    name: 'Trường Mầm non Phú Thái',
    level: 'mam-non',
    commune: 'Phú Thái',
    address: 'Khu dân cư số 2, thị trấn Phú Thái, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3711 201',
    email: 'mnphuthai@example.edu.vn',
    principal: 'Nguyễn Thị Thu Hằng',
  },
  {
    name: 'Trường Tiểu học Phú Thái',
    level: 'tieu-hoc',
    commune: 'Phú Thái',
    address: 'Khu dân cư số 4, thị trấn Phú Thái, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3711 202',
    email: 'c1phuthai@example.edu.vn',
    principal: 'Phạm Văn Thắng',
  },
  {
    name: 'Trường Mầm non Kim Anh',
    level: 'mam-non',
    commune: 'Kim Anh',
    address: 'Trung tâm xã Kim Anh, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3712 203',
    email: 'mnkimanh@example.edu.vn',
    principal: 'Vũ Thị Lan',
  },
  {
    name: 'Trường Tiểu học Kim Xuyên',
    level: 'tieu-hoc',
    commune: 'Kim Xuyên',
    address: 'Đường trục xã, xã Kim Xuyên, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3712 204',
    email: 'c1kimxuyen@example.edu.vn',
    principal: 'Trần Thị Mai Anh',
  },
  {
    name: 'Trường THCS Kim Xuyên',
    level: 'thcs',
    commune: 'Kim Xuyên',
    address: 'Trung tâm xã Kim Xuyên, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3712 205',
    email: 'c2kimxuyen@example.edu.vn',
    principal: 'Đỗ Văn Hùng',
  },
  {
    name: 'Trường Mầm non Kim Liên',
    level: 'mam-non',
    commune: 'Kim Liên',
    address: 'Trung tâm xã Kim Liên, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3713 206',
    email: 'mnkimlien@example.edu.vn',
    principal: 'Lê Thị Ngọc',
  },
  {
    name: 'Trường THCS Lai Khê',
    level: 'thcs',
    commune: 'Lai Khê',
    address: 'Đường trục xã, xã Lai Khê, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3713 207',
    email: 'c2laikhe@example.edu.vn',
    principal: 'Hoàng Văn Toàn',
  },
  {
    name: 'Trường Tiểu học Vũ Dũng',
    level: 'tieu-hoc',
    commune: 'Vũ Dũng',
    address: 'Trung tâm xã Vũ Dũng, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3713 208',
    email: 'c1vudung@example.edu.vn',
    principal: 'Nguyễn Thị Phương',
  },
  {
    name: 'Trường Tiểu học Tuấn Việt',
    level: 'tieu-hoc',
    commune: 'Tuấn Việt',
    address: 'Trung tâm xã Tuấn Việt, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3714 209',
    email: 'c1tuanviet@example.edu.vn',
    principal: 'Bùi Thị Hạnh',
  },
  {
    name: 'Trường THCS Ngũ Phúc',
    level: 'thcs',
    commune: 'Ngũ Phúc',
    address: 'Đường trục xã, xã Ngũ Phúc, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3714 210',
    email: 'c2nguphuc@example.edu.vn',
    principal: 'Trịnh Văn Khải',
  },
  {
    name: 'Trường Mầm non Kim Tân',
    level: 'mam-non',
    commune: 'Kim Tân',
    address: 'Trung tâm xã Kim Tân, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3714 211',
    email: 'mnkimtan@example.edu.vn',
    principal: 'Phạm Thị Thanh Hương',
  },
  {
    name: 'Trường Tiểu học và THCS Kim Đính',
    level: 'lien-cap',
    commune: 'Kim Đính',
    address: 'Trung tâm xã Kim Đính, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3715 212',
    email: 'c12kimdinh@example.edu.vn',
    principal: 'Đinh Thị Yến',
  },
  {
    name: 'Trường Tiểu học Đồng Cẩm',
    level: 'tieu-hoc',
    commune: 'Đồng Cẩm',
    address: 'Đường trục xã, xã Đồng Cẩm, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3715 213',
    email: 'c1dongcam@example.edu.vn',
    principal: 'Nguyễn Văn Long',
  },
  {
    name: 'Trường THCS Tam Kỳ',
    level: 'thcs',
    commune: 'Tam Kỳ',
    address: 'Trung tâm xã Tam Kỳ, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3715 214',
    email: 'c2tamky@example.edu.vn',
    principal: 'Mạc Thị Huyền',
  },
  {
    name: 'Trường Mầm non Đại Đức',
    level: 'mam-non',
    commune: 'Đại Đức',
    address: 'Trung tâm xã Đại Đức, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3716 215',
    email: 'mndaiduc@example.edu.vn',
    principal: 'Vương Thị Hồng',
  },
  {
    name: 'Trường Tiểu học và THCS Hòa Bình',
    level: 'lien-cap',
    commune: 'Hòa Bình',
    address: 'Đường trục xã, xã Hòa Bình, huyện Kim Thành, tỉnh Hải Dương',
    phone: '0220 3716 216',
    email: 'c12hoabinh@example.edu.vn',
    principal: 'Đào Văn Thành',
  },
]
