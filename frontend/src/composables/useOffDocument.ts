import { inject, type InjectionKey } from 'vue'

/** Provided by OffDocumentPage: the page is built out of sight (WarmUp) to run its code once. */
export const offDocumentKey: InjectionKey<boolean> = Symbol('offDocument')

/** Whether this component is part of a page built out of sight: it may build less of itself (a
 * list a few rows, enough to run each cell's code once). */
export const useOffDocument = () => inject(offDocumentKey, false)
