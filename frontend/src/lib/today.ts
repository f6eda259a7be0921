// What the home page (工作台) works out from the lists it loads: how many renewals fall due within
// the month, and which page of a customer's communication log shows a given communication.

/** Contract renewals a counter calls due: those ending within this many days. */
export const RENEWALS_DUE_DAYS = 30

/** How many renewals end within `days` (today counts as 0 days left). */
export function renewalsDue(renewals: readonly { daysLeft: number }[] | null | undefined, days = RENEWALS_DUE_DAYS): number {
  return (renewals ?? []).filter((r) => r.daysLeft <= days).length
}

/** The 1-based page of a newest-first log that shows the item with `position` newer items before it. */
export function pageOfPosition(position: number, pageSize: number): number {
  if (!(pageSize > 0) || !(position > 0)) return 1
  return Math.floor(position / pageSize) + 1
}
