// TEST SCAFFOLDING, never registered in production: the rooms module admits nobody by itself (the
// owning module of a kind decides; circles will register 'circle'). Tests register the 'test' kind,
// whose admission reads the member's email: host… → host, member… → participant, guest… → the
// waiting room, anyone else → no such room. Only ids starting with "test-" exist.
import type { AdmissionPolicy } from '../../src/server/modules/rooms/room-admission.ts';
import type { AppServices } from '../../src/server/app.ts';

export const testRoomAdmission: AdmissionPolicy = async (actor, id) => {
  if (!id.startsWith('test-')) return null;
  const who = /^(host|member|guest)/.exec(actor.email)?.[1];
  if (!who) return null;
  return {
    allowed: who !== 'guest',
    role: who === 'host' ? 'host' : 'participant',
    displayName: actor.name,
    roomTitle: `Test room ${id.slice(5)}`,
  };
};

/** Registers the test kind on an app built for tests (createTestApp, or rooms-server.ts). */
export const registerTestRooms = (services: AppServices) => services.rooms.rooms.admission('test', testRoomAdmission);
