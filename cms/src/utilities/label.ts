/**
 * A label of the admin: the Vietnamese, as a plain string. The English is kept beside it in the code as a gloss
 * only. Payload 3.90 puts a label given as `{ vi, en }` untranslated into several screen-reader names ("Sắp xếp theo
 * [object Object]", "Thêm mới: [object Object]", the first screen's "Tạo mới [object Object]"), so labels are
 * strings; the admin is used in Vietnamese (its menus and buttons follow the user's language, Vietnamese by default).
 */
export const l = (vi: string, _en: string): string => vi
