// The licence number is for the member and verification, never shown to others.
export function withoutPrivateFields<T extends { licenseNumber?: unknown }>(profile: T): Omit<T, 'licenseNumber'> {
  const { licenseNumber: _private, ...shown } = profile;
  return shown;
}
