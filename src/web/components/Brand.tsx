import { Group, Text } from '@mantine/core';
import { Link } from '../app/routing.tsx';

export function Brand({ to = '/' }: { to?: string }) {
  return (
    <Link to={to} className="brand">
      <Group gap={8} wrap="nowrap">
        <svg width="30" height="30" viewBox="0 0 64 64" aria-hidden="true">
          <rect width="64" height="64" rx="14" fill="var(--mantine-color-sage-8)" />
          <path d="M20 46V18h6v12l11-12h8L33 31l13 15h-8l-9-10.5-3 3.2V46z" fill="#fff" />
        </svg>
        <Text component="span" fw={700} size="lg" c="dark.7">
          Kneadwork
        </Text>
      </Group>
    </Link>
  );
}
