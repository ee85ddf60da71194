// /app/circles/<slug>/room: a circle's standing video room, at the same address for the circle's
// whole life. The room is named by the circle's id (the server admits by id), so the page looks
// the circle up first; a circle the member may not see is the not-found answer, as everywhere.
import { useQuery } from '@tanstack/react-query';
import type { Circle } from '../../../contracts/circles.ts';
import { useParams } from '../../app/routing.tsx';
import { api } from '../../api/http.ts';
import { queryKeys } from '../../api/query-keys.ts';
import { PageFrame } from '../../components/PageFrame.tsx';
import { QueryState } from '../../components/QueryState.tsx';
import { RoomView } from '../../components/room/RoomView.tsx';

export function CircleRoomPage() {
  const { slug = '' } = useParams<{ slug: string }>();
  const circle = useQuery({
    queryKey: queryKeys.circle(slug),
    queryFn: ({ signal }) => api<Circle>(`/api/circles/${encodeURIComponent(slug)}`, { signal }),
  });
  return (
    <PageFrame
      title={circle.data ? `${circle.data.name}: video room` : 'Video room'}
      intro="The circle’s own room, always at this address. Choose your camera and microphone, then join."
    >
      <QueryState query={circle}>{(found) => <RoomView key={found.id} kind="circle" id={found.id} />}</QueryState>
    </PageFrame>
  );
}
