// Where the discussion pages live, below the router's '/app' (app-paths.ts writes the same
// addresses for the whole site, for notices and mail).
export const circlePath = (circle: string) => `/circles/${encodeURIComponent(circle)}`;
export const discussionsPath = (circle: string) => `${circlePath(circle)}/discussions`;
export const threadPath = (circle: string, threadId: string) => `${discussionsPath(circle)}/${threadId}`;
