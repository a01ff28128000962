/**
 * Browser entry of the renderer: builds the scene from a SceneSpec, then draws frame k on request and
 * returns its pixels (RGB, bottom-up rows as WebGL reads them) and the projected image position of every
 * ground-truth point, with the same camera that drew it.
 */
import * as THREE from 'three';
import type { RigPoint, SceneSpec } from '../types.js';
import { Figure } from './figure.js';
import { Machine } from './machine.js';

const DEG = Math.PI / 180;

export interface PageRenderer {
  frame(k: number, names: readonly RigPoint[]): { rgbBase64: string; points: number[] };
  /** Page-side time so far (ms): drawing incl. the pixel read-back (SwiftShader finishes there), packing. */
  stats(): { drawMs: number; packMs: number; frames: number };
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    s += String.fromCharCode.apply(null, bytes.subarray(i, i + chunk) as unknown as number[]);
  }
  return btoa(s);
}

function init(spec: SceneSpec): PageRenderer {
  const { widthPx: w, heightPx: hPx } = spec.camera;
  const canvas = document.createElement('canvas');
  canvas.width = w;
  canvas.height = hPx;
  // Not attached to the page: nothing composites it, readPixels is the only consumer.
  const renderer = new THREE.WebGLRenderer({
    canvas,
    antialias: spec.quality.antialias,
    preserveDrawingBuffer: true,
  });
  renderer.setPixelRatio(1);
  renderer.setSize(w, hPx, false);
  renderer.shadowMap.enabled = spec.quality.shadows;
  renderer.shadowMap.type = THREE.PCFShadowMap;
  renderer.outputColorSpace = THREE.SRGBColorSpace;

  const scene = new THREE.Scene();
  scene.background = new THREE.Color(spec.look.wall);
  const frames = spec.frames;
  const first = frames[0]!;
  const alongs = frames.map((f) => f.platformAlongM);
  const figure = new Figure(spec.figure, spec.look);
  const wr = first.points.right_wrist;
  const machine = new Machine(spec.machine, spec.figure, spec.look, wr.y, wr.x, {
    min: Math.min(...alongs),
    max: Math.max(...alongs),
  });
  scene.add(machine.group, figure.group);

  // Camera: orbit the target by yaw from the side the lifter faces; distance fits the span.
  const cam = spec.camera;
  const aspect = w / hPx;
  const camera = new THREE.PerspectiveCamera(cam.vfovDeg, aspect, 0.05, 50);
  const tanV = Math.tan((cam.vfovDeg / 2) * DEG);
  const fit = Math.max(spec.spanM.y / 2 / tanV, spec.spanM.x / 2 / (tanV * aspect));
  const dist = (fit / 0.82) * cam.distanceScale;
  const side: 1 | -1 = cam.facing === 'right' ? 1 : -1;
  const t = new THREE.Vector3(spec.target.x, spec.target.y, spec.target.z);
  camera.position.set(
    t.x + Math.sin(cam.yawDeg * DEG) * dist,
    t.y + cam.heightOffsetM,
    t.z + side * Math.cos(cam.yawDeg * DEG) * dist,
  );
  camera.lookAt(t);
  machine.placeWall(side);

  // Lights: sky/ground fill plus a key light above and in front of the camera side, with shadows.
  scene.add(new THREE.HemisphereLight(0xffffff, 0x404040, 1.1 * spec.look.light));
  const key = new THREE.DirectionalLight(0xffffff, 1.9 * spec.look.light);
  key.position.set(t.x + 1.2, t.y + 3.5, t.z + side * 2.5);
  key.target.position.copy(t);
  key.castShadow = true;
  key.shadow.mapSize.set(1024, 1024);
  const sc = key.shadow.camera;
  sc.left = -2.5;
  sc.right = 2.5;
  sc.top = 2.5;
  sc.bottom = -2.5;
  scene.add(key, key.target);

  const gl = renderer.getContext();
  const rgba = new Uint8Array(w * hPx * 4);
  const rgb = new Uint8Array(w * hPx * 3);
  const v = new THREE.Vector3();
  const stats = { drawMs: 0, packMs: 0, frames: 0 };
  return {
    frame(k, names) {
      const t0 = performance.now();
      const f = frames[k]!;
      figure.pose(f);
      machine.pose(f);
      renderer.render(scene, camera);
      gl.readPixels(0, 0, w, hPx, gl.RGBA, gl.UNSIGNED_BYTE, rgba);
      const t1 = performance.now();
      for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
        rgb[j] = rgba[i]!;
        rgb[j + 1] = rgba[i + 1]!;
        rgb[j + 2] = rgba[i + 2]!;
      }
      const points: number[] = [];
      for (const n of names) {
        const p = f.points[n];
        v.set(p.x, p.y, p.z).project(camera);
        points.push(((v.x + 1) / 2) * w, ((1 - v.y) / 2) * hPx);
      }
      const rgbBase64 = toBase64(rgb);
      stats.drawMs += t1 - t0;
      stats.packMs += performance.now() - t1;
      stats.frames++;
      return { rgbBase64, points };
    },
    stats: () => ({ ...stats }),
  };
}

(globalThis as unknown as { spotterRender: { init: typeof init } }).spotterRender = { init };
