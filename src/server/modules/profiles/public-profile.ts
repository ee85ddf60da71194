// The licence number is on a member's own profile only: every view of a profile for someone else
// (the JSON profile view, the public /p/<slug> page) leaves it out, through this one function.
export function withoutPrivateFields<T extends { licenseNumber?: unknown }>(profile: T): Omit<T, 'licenseNumber'> {
  const { licenseNumber: _private, ...shown } = profile;
  return shown;
}
