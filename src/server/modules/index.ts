// Every domain module registers its routes here, in one list.
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.ts';
import { registerProfileRoutes } from './profiles/profiles.routes.ts';

export type RegisterModule = (app: FastifyInstance, context: AppContext) => void | Promise<void>;

export const modules: RegisterModule[] = [registerProfileRoutes];
