// Logo and photo: uploaded the moment they are chosen (POST /api/me/profile/logo|photo), so this
// step has nothing to save. The server re-encodes the image and drops its metadata.
import { Avatar, Button, Center, FileButton, Group, Image, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Profile } from '../../../../contracts/profile.ts';
import { ApiError, messageOf } from '../../../api/http.ts';
import { useRemoveImage, useUploadImage, type ImageKind } from '../../../api/profile.ts';

const accept = 'image/png,image/jpeg,image/webp';
const maxBytes = 2 * 1024 * 1024;

function ImagePicker({ kind, url, title, hint }: { kind: ImageKind; url: string | null; title: string; hint: string }) {
  const upload = useUploadImage();
  const remove = useRemoveImage();
  const [problem, setProblem] = useState<string | null>(null);
  const errorId = `${kind}-error`;

  const onFile = (file: File | null) => {
    setProblem(null);
    if (!file) return;
    if (file.size > maxBytes) return setProblem('This image is larger than 2 MB. Please choose a smaller one.');
    upload.mutate(
      { kind, file },
      {
        onSuccess: () => notifications.show({ color: 'sage', message: `${title} saved.` }),
        onError: (error) =>
          setProblem(
            error instanceof ApiError && error.fields[0] ? `The image ${error.fields[0].message}` : messageOf(error),
          ),
      },
    );
  };

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm" align="flex-start">
        <Text fw={600} id={`${kind}-label`}>
          {title}
        </Text>
        {url ? (
          kind === 'logo' ? (
            <Image src={url} alt={`Your ${title.toLowerCase()}`} w={96} h={96} fit="contain" radius="md" />
          ) : (
            <Avatar src={url} alt={`Your ${title.toLowerCase()}`} size={96} radius="xl" />
          )
        ) : (
          <Center
            w={96}
            h={96}
            className="image-placeholder"
            style={{ borderRadius: kind === 'logo' ? 'var(--mantine-radius-md)' : '50%' }}
          >
            <Text size="xs" c="dimmed">
              No {kind} yet
            </Text>
          </Center>
        )}
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        <Group gap="xs">
          <FileButton
            onChange={onFile}
            accept={accept}
            inputProps={{
              'aria-labelledby': `${kind}-label`,
              'aria-describedby': problem ? errorId : undefined,
              name: kind,
            }}
          >
            {(props) => (
              <Button {...props} variant="light" loading={upload.isPending}>
                {url ? 'Replace' : 'Upload'} {title.toLowerCase()}
              </Button>
            )}
          </FileButton>
          {url && (
            <Button
              variant="subtle"
              color="gray"
              loading={remove.isPending}
              onClick={() => remove.mutate(kind, { onError: (error) => setProblem(messageOf(error)) })}
            >
              Remove
            </Button>
          )}
        </Group>
        {problem && (
          <Text size="sm" c="red.7" id={errorId} role="alert">
            {problem}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

export function ImagesSection({ profile }: { profile: Profile }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <ImagePicker
        kind="logo"
        url={profile.logoUrl}
        title="Logo"
        hint="Your practice logo, for your profile and letters. PNG, JPEG or WebP, up to 2 MB."
      />
      <ImagePicker
        kind="photo"
        url={profile.photoUrl}
        title="Photo"
        hint="A friendly photo of you. Square works best. PNG, JPEG or WebP, up to 2 MB."
      />
    </SimpleGrid>
  );
}
