/** Payload's endpoints for the staff accounts (the `users` collection) that the server treats specially. */
export type StaffAuthOperation = 'login' | 'logout' | 'refresh-token' | 'reset-password' | 'first-register' | 'forgot-password'

export const staffAuthPath = (operation: StaffAuthOperation): string => `/api/users/${operation}`
