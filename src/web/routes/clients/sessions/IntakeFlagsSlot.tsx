// Where the intake's contraindication flags show on every session screen. The intake module (issue
// 11, built alongside) fills this in at merge; until then it renders nothing.
export function IntakeFlagsSlot(_props: { clientId: string }) {
  return null;
}
