// /app/rooms/:kind/:id: a video room on a page of its own, until the owning module's page wraps
// RoomView itself (circles: /app/circles/<slug>/room).
import { PageFrame } from '../../components/PageFrame.tsx';
import { RoomView } from '../../components/room/RoomView.tsx';
import { useParams } from '../../app/routing.tsx';

export function RoomPage() {
  const { kind = '', id = '' } = useParams<{ kind: string; id: string }>();
  return (
    <PageFrame title="Video room" intro="Camera, microphone and a side chat, in the browser.">
      <RoomView key={`${kind}/${id}`} kind={kind} id={id} />
    </PageFrame>
  );
}
