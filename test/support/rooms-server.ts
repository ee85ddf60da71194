// TEST SCAFFOLDING: Kneadwork served exactly as `node src/server/main.ts serve` does, plus the
// test-only 'test' room kind (support/rooms.ts), for the browser spec and the two-process test.
// Production never loads this file.
import { servicesOf } from '../../src/server/app.ts';
import { loadConfig } from '../../src/server/config.ts';
import { serve } from '../../src/server/serve.ts';
import { registerTestRooms } from './rooms.ts';

const app = await serve(loadConfig());
registerTestRooms(servicesOf(app));
