import { plainPreview } from './markdown'
import type { Callback, SuggestionInput } from '@/stores/callbacks'

/** A suggestion prefilled from a callback's comments: the first line as the title, all of them
 * as the description. (Not in the callbacks store: the home page uses the store, and should not
 * bring the markdown parser's code with it.) */
export function suggestionFrom(c: Callback): SuggestionInput {
  const first = (c.comments ?? '').split('\n').find((l) => l.trim()) ?? ''
  return { title: plainPreview(first, 200), description: c.comments ?? '' }
}
