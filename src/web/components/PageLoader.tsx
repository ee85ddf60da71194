import { Center, Loader } from '@mantine/core';

export function PageLoader() {
  return (
    <Center py="xl" mih={240}>
      <Loader aria-label="Loading" />
    </Center>
  );
}
