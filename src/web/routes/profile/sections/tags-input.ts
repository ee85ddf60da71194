// Mantine's TagsInput as a module of its own, so LazyTagsInput can load it on demand.
export { TagsInput } from '@mantine/core';
