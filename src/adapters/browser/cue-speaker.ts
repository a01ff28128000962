/** Says live cues out loud (speechSynthesis), with a short beep (WebAudio) first or instead; one mute switch. */

export interface SpokenCue {
  readonly id: string;
  readonly text: string;
}

export class CueSpeaker {
  muted = false;
  private audio: AudioContext | null = null;
  /** Every cue handed to the speaker, spoken or not (the page and tests show the last ones). */
  readonly log: { id: string; text: string; spoken: boolean; atMs: number }[] = [];

  /** Call from a user gesture (a click) so browsers allow sound. */
  unlock(): void {
    try {
      this.audio ??= new AudioContext();
      void this.audio.resume();
    } catch {
      this.audio = null;
    }
  }

  say(cue: SpokenCue): void {
    const spoken = !this.muted;
    this.log.push({ ...cue, spoken, atMs: performance.now() });
    if (!spoken) return;
    this.beep(cue.id === 'stop' ? 880 : 660);
    const synth = globalThis.speechSynthesis;
    if (synth === undefined) return;
    // A late cue is useless: drop anything still queued.
    synth.cancel();
    const u = new SpeechSynthesisUtterance(cue.text);
    u.rate = 1.15;
    synth.speak(u);
  }

  private beep(hz: number): void {
    const ctx = this.audio;
    if (ctx === null) return;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = hz;
    gain.gain.setValueAtTime(0.25, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.15);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.16);
  }
}
