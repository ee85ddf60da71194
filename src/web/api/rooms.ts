// Video rooms: a token for one room (admission is the owning module's; 404 when not admitted).
import type { RoomToken } from '../../contracts/rooms.ts';
import { api } from './http.ts';

export type { RoomToken } from '../../contracts/rooms.ts';

export const requestRoomToken = (kind: string, id: string) =>
  api<RoomToken>(`/api/rooms/${encodeURIComponent(kind)}/${encodeURIComponent(id)}/token`, { method: 'POST' });
