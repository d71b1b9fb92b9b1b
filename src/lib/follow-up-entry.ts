import { getCollection, type CollectionEntry } from 'astro:content';

export type FollowUpEntry = CollectionEntry<'follow-up'>;

/** The report's statement on the follow-up of earlier recommendations, where it makes one. */
export async function getFollowUp(): Promise<FollowUpEntry | undefined> {
  const entries = await getCollection('follow-up');
  if (entries.length > 1) throw new Error(`content/follow-up has ${entries.length} entries, expected one at most`);
  return entries[0];
}
