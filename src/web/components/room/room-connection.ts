// A member's presence in one room: the signaling socket, the roster it reports, one mesh link per
// other peer inside the cap (or LiveKit, loaded only then), the side chat, and the controls. Plain
// TypeScript with a subscribe/snapshot pair, so React only renders what it says.
import { peersWithMedia, type RoomPeer, type RoomServerFrame } from '../../../contracts/room-limits.ts';
import type { RoomClientFrame, RoomToken } from '../../../contracts/rooms.ts';
import { openCamera, stopAll, type DeviceChoice } from './local-media.ts';
import { meshLink, type MeshLink } from './mesh-link.ts';
import { initialSnapshot, type RoomSnapshot } from './room-state.ts';
import { watchLevels } from './room-stats.ts';

type LivekitControl = import('./livekit-media.ts').LivekitControl;

export class RoomConnection {
  private state: RoomSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly links = new Map<string, MeshLink>();
  private socket: WebSocket | null = null;
  private livekit: LivekitControl | null = null;
  private screen: MediaStreamTrack | null = null;
  private chatKey = 0;
  private stopStats: () => void = () => {};

  private readonly token: RoomToken;
  readonly local: MediaStream;
  private readonly devices: DeviceChoice;

  constructor(token: RoomToken, local: MediaStream, devices: DeviceChoice) {
    this.token = token;
    this.local = local;
    this.devices = devices;
    this.state = initialSnapshot(token.roomTitle, token.mode);
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  snapshot = () => this.state;
  private set(patch: Partial<RoomSnapshot>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  connect() {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const socket = new WebSocket(
      `${scheme}://${location.host}/api/rooms/ws?token=${encodeURIComponent(this.token.token)}`,
    );
    this.socket = socket;
    socket.onmessage = (message) => void this.hear(JSON.parse(String(message.data)) as RoomServerFrame);
    socket.onclose = () => {
      if (this.state.phase !== 'removed') this.set({ phase: 'lost' });
      this.teardown();
    };
    this.stopStats = watchLevels(this, (levels, speaking) => {
      const media = { ...this.state.media };
      for (const [id, figures] of Object.entries(levels))
        media[id] = { ...(media[id] ?? { stream: null, name: null }), ...figures };
      this.set({ media, speaking });
    });
  }

  private send(frame: RoomClientFrame) {
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  private async hear(frame: RoomServerFrame) {
    switch (frame.type) {
      case 'welcome':
        this.set({
          phase: 'in',
          self: frame.self,
          maxPeers: frame.maxPeers,
          mode: frame.mode,
          roomTitle: frame.roomTitle,
        });
        this.announceMedia();
        if (frame.livekit) await this.startLivekit(frame.livekit);
        return;
      case 'waiting':
        return this.set({ phase: 'waiting' });
      case 'peer-joined':
      case 'peer-present':
      case 'peer-updated':
        this.set({ peers: upsert(this.state.peers, frame.peer) });
        return this.syncLinks();
      case 'peer-left':
        this.set({ peers: this.state.peers.filter((peer) => peer.id !== frame.peerId) });
        return this.syncLinks();
      case 'signal':
        return this.links
          .get(frame.from)
          ?.receive(frame.data)
          .catch(() => undefined);
      case 'chat': {
        const line = { ...frame, key: this.chatKey++, mine: frame.from === this.state.self?.id };
        return this.set({ chat: [...this.state.chat.slice(-199), line] });
      }
      case 'knock':
        return this.set({ knocks: [...this.state.knocks.filter((k) => k.id !== frame.peer.id), frame.peer] });
      case 'knock-withdrawn':
        return this.set({ knocks: this.state.knocks.filter((knock) => knock.id !== frame.peerId) });
      case 'muted-by-host':
        this.setMicrophone(false);
        return this.set({ mutedBy: frame.by });
      case 'removed':
        return this.set({ phase: 'removed', removedBy: frame.reason });
      case 'error':
        return this.set({ notice: frame.message });
      case 'pong':
        return;
      default:
        frame satisfies never;
    }
  }

  /** Everyone inside the mesh's cap has a link to everyone else inside it; the rest keep the chat. */
  private syncLinks() {
    const { self, peers, maxPeers, mode } = this.state;
    if (!self || mode !== 'mesh') return;
    const withMedia = peersWithMedia([self, ...peers], maxPeers ?? Infinity);
    const inside = withMedia.some((peer) => peer.id === self.id);
    const wanted = new Set(inside ? withMedia.filter((peer) => peer.id !== self.id).map((peer) => peer.id) : []);
    for (const [id, link] of this.links)
      if (!wanted.has(id)) {
        link.close();
        this.links.delete(id);
      }
    for (const id of wanted) {
      if (this.links.has(id)) continue;
      const link = meshLink(self.id > id, this.token.iceServers, this.local, {
        signal: (data) => this.send({ type: 'signal', to: id, data }),
        stream: (stream) => this.setStream(id, stream),
        failed: () => undefined,
      });
      this.links.set(id, link);
    }
  }

  private setStream(id: string, stream: MediaStream | null, name: string | null = null) {
    const current = this.state.media[id] ?? { framesDecoded: 0, level: 0, stream: null, name };
    this.set({ media: { ...this.state.media, [id]: { ...current, stream } } });
  }

  /** The peer connections (mesh) for the statistics poll. */
  connections = () => [...this.links].map(([id, link]) => ({ id, pc: link.pc }));

  /** True when the mesh is full and this member only has the chat. */
  isFull() {
    const { self, peers, maxPeers } = this.state;
    return !!self && maxPeers !== null && !peersWithMedia([self, ...peers], maxPeers).some((p) => p.id === self.id);
  }

  private async startLivekit(access: { url: string; token: string }) {
    const { joinLivekit } = await import('./livekit-media.ts');
    this.livekit = await joinLivekit(access, this.local, {
      stream: (key, name, stream) => this.setStream(key, stream, name),
      gone: (key) => {
        const { [key]: _gone, ...media } = this.state.media;
        this.set({ media });
      },
    });
  }

  private announceMedia() {
    const audio = this.local.getAudioTracks()[0]?.enabled ?? false;
    const video = this.local.getVideoTracks().length > 0 || this.screen !== null;
    this.send({ type: 'media', audio, video, screen: this.screen !== null });
    if (this.state.self) this.set({ self: { ...this.state.self, audio, video, screen: this.screen !== null } });
  }

  setMicrophone(on: boolean) {
    for (const track of this.local.getAudioTracks()) track.enabled = on;
    if (on) this.set({ mutedBy: null });
    void this.livekit?.setMicrophone(on);
    this.announceMedia();
  }

  async setCamera(on: boolean) {
    for (const track of this.local.getVideoTracks()) {
      track.stop();
      this.local.removeTrack(track);
    }
    const camera = on ? await openCamera(this.devices.videoDeviceId) : null;
    if (camera) this.local.addTrack(camera);
    if (!this.screen) await this.sendVideo(camera);
    await this.livekit?.setCamera(camera);
    this.announceMedia();
  }

  async shareScreen(on: boolean) {
    if (on) {
      const stream = await navigator.mediaDevices.getDisplayMedia({ video: true });
      this.screen = stream.getVideoTracks()[0] ?? null;
      this.screen?.addEventListener('ended', () => void this.shareScreen(false));
      await this.sendVideo(this.screen);
    } else {
      this.screen?.stop();
      this.screen = null;
      await this.sendVideo(this.local.getVideoTracks()[0] ?? null);
    }
    await this.livekit?.setScreen(this.screen);
    this.announceMedia();
  }

  private async sendVideo(track: MediaStreamTrack | null) {
    await Promise.all([...this.links.values()].map((link) => link.sendTrack('video', track)));
  }

  /** The track shown in my own tile: the screen while sharing, else the camera. */
  ownVideo = () => this.screen ?? this.local.getVideoTracks()[0] ?? null;

  chat = (text: string) => this.send({ type: 'chat', text });
  raiseHand = (raised: boolean) => {
    this.send({ type: 'hand', raised });
    if (this.state.self) this.set({ self: { ...this.state.self, hand: raised } });
  };
  hostAction = (type: 'mute' | 'remove' | 'admit', peer: string) => this.send({ type, peer });
  dismissNotice = () => this.set({ notice: null, mutedBy: null });

  leave() {
    this.socket?.close(1000, 'left');
    this.teardown();
  }

  private teardown() {
    this.stopStats();
    for (const link of this.links.values()) link.close();
    this.links.clear();
    void this.livekit?.leave();
    this.livekit = null;
    this.screen?.stop();
    stopAll(this.local);
  }
}

const upsert = (peers: RoomPeer[], peer: RoomPeer) => {
  const others = peers.filter((each) => each.id !== peer.id);
  return [...others, peer].sort((a, b) => a.joinedAt - b.joinedAt || (a.id < b.id ? -1 : 1));
};
