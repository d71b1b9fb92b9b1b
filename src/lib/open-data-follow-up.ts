import { assessmentId } from './follow-up.ts';
import { getFollowUp } from './follow-up-entry.ts';
import { footnotePath, paragraphPath } from './hrefs.ts';
import { followUpRecordSchema, type FollowUpRecord } from './open-data-schemas.ts';
import { permalink } from './permalink.ts';

/** The assessments of the follow-up statement, each with where it is stated and shown, validated; none for a report without one. */
export async function followUpRecords(): Promise<FollowUpRecord[]> {
  const followUp = await getFollowUp();
  if (!followUp) return [];
  const { assessments, chapter, section: _section, ...where } = followUp.data;
  const source = where.footnote ? footnotePath(chapter, where.footnote) : paragraphPath(chapter, where.paragraph!);
  return assessments.map((a) =>
    followUpRecordSchema.parse({
      ...a,
      ...where,
      source: permalink(source),
      permalink: permalink(`/recommendations/#${assessmentId(a)}`),
    }),
  );
}
