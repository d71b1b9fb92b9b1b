import type { Filterable } from './recommendation-filters.ts';

/** A topic of the recommendations, with how many stand under it. */
export interface Topic {
  slug: string;
  name: string;
  count: number;
}

/** What grouping needs to know of a recommendation. */
export interface Groupable extends Filterable {
  number: number;
  topic: string;
}

/**
 * The topics in the order of the recommendations chapter: its sub-headings over the other recommendations first,
 * then any topic that only priority recommendations have, in their order.
 */
export function topicsInListOrder<T extends Groupable>(recommendations: readonly T[]): Topic[] {
  const byNumber = [...recommendations].sort((a, b) => a.number - b.number);
  const ordered = [...byNumber.filter((r) => !r.priority), ...byNumber.filter((r) => r.priority)];
  const topics = new Map<string, Topic>();
  for (const r of ordered) {
    const topic = topics.get(r.topicSlug) ?? { slug: r.topicSlug, name: r.topic, count: 0 };
    topic.count += 1;
    topics.set(r.topicSlug, topic);
  }
  return [...topics.values()];
}

/** The other (not priority) recommendations of each topic, in the order of the recommendations chapter. */
export function otherByTopic<T extends Groupable>(recommendations: readonly T[]): { topic: Topic; recommendations: T[] }[] {
  const others = [...recommendations].filter((r) => !r.priority).sort((a, b) => a.number - b.number);
  return topicsInListOrder(recommendations)
    .map((topic) => ({ topic, recommendations: others.filter((r) => r.topicSlug === topic.slug) }))
    .filter((group) => group.recommendations.length > 0);
}
