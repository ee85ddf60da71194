// Video rooms (docs/decisions/022): a standing room per (kind, id), admitted by the module that owns
// the kind (circles registers 'circle'); tokens, the signaling socket over the realtime hub, and
// LiveKit tokens when LIVEKIT_* is set. No tables: tokens are signed, rosters live in the sockets.
import { defineModule } from '../module.ts';
import { registerRoomRoutes } from './rooms.routes.ts';
import { registerRoomSocket } from './room-socket.routes.ts';
import { roomsService } from './rooms.service.ts';

export const roomsModule = defineModule((context, _deps: Record<string, never>) => {
  const rooms = roomsService(context);
  return {
    name: 'rooms',
    services: { rooms },
    register(app) {
      registerRoomRoutes(app, context.actors, rooms);
      // After messages: the WebSocket plugin is registered with /api/ws (realtime/ws.routes.ts).
      registerRoomSocket(app, context, rooms);
    },
  };
});
export type RoomsServices = ReturnType<typeof roomsModule>['services'];
