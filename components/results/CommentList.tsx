import { useFormatter, useTranslations } from 'next-intl';
import type { ShownComment } from '@/lib/results/types';

/** The citizens' comments with their month, and their target group where that may be shown. */
export function CommentList({
  comments,
  groupNames,
}: {
  comments: ShownComment[];
  groupNames: Record<string, string>;
}) {
  const t = useTranslations('Results');
  const format = useFormatter();
  if (comments.length === 0) return <p>{t('commentsNone')}</p>;
  const month = (value: string) =>
    format.dateTime(new Date(`${value}-15T12:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return (
    <ul className="nobullet-list no-max-width comment-list" data-testid="comments">
      {comments.map((comment, i) => (
        <li key={i} className="comment">
          <p className="comment-meta">
            {month(comment.month)}
            {comment.targetGroup && ` · ${groupNames[comment.targetGroup] ?? comment.targetGroup}`}
          </p>
          <p className="comment-text">{comment.comment}</p>
        </li>
      ))}
    </ul>
  );
}
