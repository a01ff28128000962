/**
 * The lifter, built from three.js primitives with human proportions: tapered limb cylinders with joint
 * spheres, ellipsoids for the pelvis, abdomen, chest and head, trainers (sole, heel counter, toe box) and socks. Clothing covers the torso, upper
 * arms and upper thighs; knees, shins and forearms show skin, as in gym clothing.
 */
import * as THREE from 'three';
import type { FigureSpec, Look, RigFrame, RigPoint, V3 } from '../types.js';
import { HEAD } from '../rig/build-rig.js';

const UP = new THREE.Vector3(0, 1, 0);
const tmpA = new THREE.Vector3();
const tmpB = new THREE.Vector3();

const vec = (p: V3): THREE.Vector3 => new THREE.Vector3(p.x, p.y, p.z);

/** Diffuse (Lambert) shading: a third of the software rasteriser's time of physically based materials. */
function material(colour: string): THREE.MeshLambertMaterial {
  return new THREE.MeshLambertMaterial({ color: new THREE.Color(colour) });
}

/** A tapered cylinder from a to b (radius ra at a, rb at b) with a sphere cap at each end. */
class Limb {
  readonly group = new THREE.Group();
  private readonly shaft: THREE.Mesh;
  private readonly capA: THREE.Mesh;
  private readonly capB: THREE.Mesh;
  constructor(ra: number, rb: number, mat: THREE.Material, capMat: THREE.Material = mat) {
    // Unit length along +Y, base (radius ra) at y = 0. Few segments: SwiftShader's time follows the vertex
    // count (20 -> 12 around cut Chromium's CPU a frame by a third); limbs are 10-20 px wide in the suite.
    const geom = new THREE.CylinderGeometry(rb, ra, 1, 12, 1, true);
    geom.translate(0, 0.5, 0);
    this.shaft = new THREE.Mesh(geom, mat);
    this.capA = new THREE.Mesh(new THREE.SphereGeometry(ra, 12, 8), capMat);
    this.capB = new THREE.Mesh(new THREE.SphereGeometry(rb, 12, 8), mat);
    this.group.add(this.shaft, this.capA, this.capB);
  }
  set(a: V3, b: V3): void {
    tmpA.set(a.x, a.y, a.z);
    tmpB.set(b.x - a.x, b.y - a.y, b.z - a.z);
    const len = tmpB.length();
    this.shaft.position.copy(tmpA);
    this.shaft.quaternion.setFromUnitVectors(UP, tmpB.normalize());
    this.shaft.scale.set(1, Math.max(len, 1e-4), 1);
    this.capA.position.copy(tmpA);
    this.capB.position.set(b.x, b.y, b.z);
  }
}

/** An ellipsoid placed by its centre and two axes (up, forward); z-ish lateral completes the frame. */
class Blob {
  readonly mesh: THREE.Mesh;
  constructor(
    private readonly rUp: number,
    private readonly rForward: number,
    private readonly rLateral: number,
    mat: THREE.Material,
  ) {
    this.mesh = new THREE.Mesh(new THREE.SphereGeometry(1, 20, 14), mat);
  }
  set(centre: V3, up: V3, forward: V3, upScale = 1): void {
    const y = vec(up).normalize();
    const x = vec(forward).normalize();
    const z = new THREE.Vector3().crossVectors(x, y).normalize();
    x.crossVectors(y, z).normalize();
    this.mesh.position.set(centre.x, centre.y, centre.z);
    this.mesh.quaternion.setFromRotationMatrix(new THREE.Matrix4().makeBasis(x, y, z));
    this.mesh.scale.set(this.rForward, this.rUp * upScale, this.rLateral);
  }
}

/**
 * A trainer seen from the side: a sole slab (light, against the dark platform) under an upper with a heel
 * counter, a collar just above the ankle, an instep sloping down to a rounded toe box. Built once from the
 * foot's own dimensions (the foot is rigid; a heel lift only rotates it), then placed per frame in the
 * foot's frame: x from the heel point to the toe point along the sole, y up to the ankle. The heel and toe
 * truth points are the sole's back and front ends, where the drawn heel and toe are.
 */
class Shoe {
  readonly group = new THREE.Group();
  private built = false;
  constructor(
    private readonly h: number,
    private readonly upperMat: THREE.Material,
    private readonly soleMat: THREE.Material,
  ) {}

  private build(lenM: number, ankleAlongM: number, ankleUpM: number): void {
    const h = this.h;
    const widthM = 0.05 * h;
    const extrude = (shape: THREE.Shape, depth: number, bevel: number): THREE.ExtrudeGeometry => {
      const g = new THREE.ExtrudeGeometry(shape, {
        depth,
        bevelEnabled: true,
        bevelThickness: bevel,
        bevelSize: bevel,
        bevelSegments: 2,
        curveSegments: 6,
      });
      g.translate(0, 0, -depth / 2);
      return g;
    };
    // Sole: bottom slightly into the platform face (no z-fighting), toe spring at the front.
    const soleTopM = 0.011 * h;
    const so = new THREE.Shape();
    so.moveTo(-0.006 * h, -0.001 * h);
    so.lineTo(lenM - 0.03 * h, -0.001 * h);
    so.quadraticCurveTo(lenM + 0.004 * h, -0.001 * h, lenM + 0.004 * h, soleTopM * 0.8);
    so.lineTo(-0.006 * h, soleTopM);
    so.closePath();
    // Upper: heel counter, collar around the ankle, instep down to the toe box.
    const collarM = ankleUpM + 0.012 * h;
    const up = new THREE.Shape();
    up.moveTo(-0.004 * h, soleTopM);
    up.quadraticCurveTo(-0.012 * h, 0.5 * collarM, -0.004 * h, collarM);
    up.lineTo(ankleAlongM + 0.01 * h, collarM - 0.006 * h);
    up.lineTo(ankleAlongM + 0.035 * h, collarM + 0.004 * h);
    up.lineTo(lenM * 0.7, 0.5 * ankleUpM + soleTopM * 0.5);
    up.quadraticCurveTo(lenM + 0.002 * h, 0.42 * ankleUpM, lenM - 0.002 * h, soleTopM * 0.8);
    up.closePath();
    const soleMesh = new THREE.Mesh(extrude(so, widthM, 0.004 * h), this.soleMat);
    const upperMesh = new THREE.Mesh(extrude(up, widthM * 0.86, 0.006 * h), this.upperMat);
    this.group.add(soleMesh, upperMesh);
  }

  set(heel: V3, toe: V3, ankle: V3): void {
    const l = vec(toe).sub(vec(heel));
    const len = l.length();
    l.normalize();
    const a = vec(ankle).sub(vec(heel));
    const along = a.dot(l);
    const n = a.clone().addScaledVector(l, -along);
    const upM = n.length();
    n.normalize();
    if (!this.built) {
      this.build(len, along, upM);
      this.built = true;
    }
    const z = new THREE.Vector3().crossVectors(l, n).normalize();
    this.group.position.set(heel.x, heel.y, heel.z);
    this.group.quaternion.setFromRotationMatrix(new THREE.Matrix4().makeBasis(l, n, z));
  }
}

export class Figure {
  readonly group = new THREE.Group();
  private readonly update: ((f: RigFrame) => void)[] = [];

  constructor(spec: FigureSpec, look: Look) {
    const h = spec.heightM;
    const skin = material(look.skin);
    const shirt = material(look.shirt);
    const shorts = material(look.shorts);
    const shoes = material(look.shoes);
    const sole = material(look.shoeSole);
    const socks = material(look.socks);
    const hair = material(look.hair);
    const dark = material('#1a1410');
    const P = (f: RigFrame, n: RigPoint): V3 => f.points[n];
    const mid = (a: V3, b: V3, k: number): V3 => ({
      x: a.x + (b.x - a.x) * k,
      y: a.y + (b.y - a.y) * k,
      z: a.z + (b.z - a.z) * k,
    });
    const limb = (ra: number, rb: number, mat: THREE.Material, ends: (f: RigFrame) => [V3, V3]): void => {
      const l = new Limb(ra * h, rb * h, mat);
      this.group.add(l.group);
      this.update.push((f) => {
        const [a, b] = ends(f);
        l.set(a, b);
      });
    };

    for (const s of ['left', 'right'] as const) {
      const hip = `${s}_hip` as const;
      const knee = `${s}_knee` as const;
      const ankle = `${s}_ankle` as const;
      const shoulder = `${s}_shoulder` as const;
      const elbow = `${s}_elbow` as const;
      const wrist = `${s}_wrist` as const;
      // Legs: shorts to mid-thigh, then skin.
      limb(0.05, 0.042, shorts, (f) => [P(f, hip), mid(P(f, hip), P(f, knee), 0.55)]);
      limb(0.038, 0.031, skin, (f) => [mid(P(f, hip), P(f, knee), 0.5), P(f, knee)]);
      limb(0.031, 0.022, skin, (f) => [P(f, knee), mid(P(f, knee), P(f, ankle), 0.35)]);
      limb(0.033, 0.02, skin, (f) => [mid(P(f, knee), P(f, ankle), 0.3), P(f, ankle)]);
      // Arms: T-shirt sleeve over the upper arm.
      limb(0.032, 0.027, shirt, (f) => [P(f, shoulder), mid(P(f, shoulder), P(f, elbow), 0.5)]);
      limb(0.022, 0.019, skin, (f) => [mid(P(f, shoulder), P(f, elbow), 0.45), P(f, elbow)]);
      limb(0.019, 0.015, skin, (f) => [P(f, elbow), P(f, wrist)]);
      const hand = new Blob(0.03 * h, 0.02 * h, 0.014 * h, skin);
      this.group.add(hand.mesh);
      this.update.push((f) => {
        const dir = vec(P(f, wrist))
          .sub(vec(P(f, elbow)))
          .normalize();
        const c = vec(P(f, wrist)).addScaledVector(dir, 0.025 * h);
        hand.set(c, dir, { x: 0, y: 1, z: 0 });
      });
      // Sock band above the shoe collar, then the shoe.
      limb(0.024, 0.022, socks, (f) => [P(f, ankle), mid(P(f, ankle), P(f, knee), 0.12)]);
      const shoe = new Shoe(h, shoes, sole);
      this.group.add(shoe.group);
      this.update.push((f) => shoe.set(P(f, `${s}_heel`), P(f, `${s}_foot_index`), P(f, ankle)));
    }

    // Torso: pelvis (shorts), abdomen and chest (shirt), neck; ellipsoids that follow the spine points.
    const pelvis = new Blob(0.066 * h, 0.062 * h, 0.1 * h, shorts);
    const abdomen = new Blob(1, 0.058 * h, 0.088 * h, shirt);
    const chest = new Blob(1, 0.066 * h, 0.105 * h, shirt);
    this.group.add(pelvis.mesh, abdomen.mesh, chest.mesh);
    this.update.push((f) => {
      pelvis.set(P(f, 'pelvis_centre'), f.pelvisUp, f.pelvisForward);
      const base = P(f, 'lumbar_base');
      const top = P(f, 'lumbar_top');
      const up = { x: top.x - base.x, y: top.y - base.y, z: top.z - base.z };
      const len = Math.hypot(up.x, up.y, up.z);
      const fwd = { x: -up.y, y: up.x, z: 0 };
      const fwdSign = fwd.x * f.pelvisForward.x + fwd.y * f.pelvisForward.y >= 0 ? 1 : -1;
      const fw = { x: fwd.x * fwdSign, y: fwd.y * fwdSign, z: 0 };
      abdomen.set(mid(base, top, 0.5), up, fw, 0.5 * len + 0.04 * h);
      const neck = P(f, 'neck_base');
      const cu = { x: neck.x - top.x, y: neck.y - top.y, z: 0 };
      const clen = Math.hypot(cu.x, cu.y);
      const cf = { x: -cu.y * fwdSign, y: cu.x * fwdSign, z: 0 };
      chest.set(mid(top, neck, 0.45), cu, cf, 0.5 * clen + 0.035 * h);
    });
    limb(0.032, 0.03, skin, (f) => [P(f, 'neck_base'), P(f, 'head_centre')]);

    // Head: skin ellipsoid, hair cap behind and above, eyes, nose, ears.
    const head = new Blob(HEAD.up * h, HEAD.forward * h, HEAD.lateral * h, skin);
    const cap = new Blob(HEAD.up * h * 1.04, HEAD.forward * h * 1.02, HEAD.lateral * h * 1.06, hair);
    const nose = new THREE.Mesh(new THREE.SphereGeometry(0.011 * h, 12, 8), skin);
    const eyes = [0, 1].map(() => new THREE.Mesh(new THREE.SphereGeometry(0.0065 * h, 10, 8), dark));
    const ears = [0, 1].map(() => new Blob(0.016 * h, 0.01 * h, 0.006 * h, skin));
    this.group.add(head.mesh, cap.mesh, nose, ...eyes, ...ears.map((e) => e.mesh));
    this.update.push((f) => {
      const c = P(f, 'head_centre');
      head.set(c, f.headUp, f.headForward);
      const back = {
        x: c.x - f.headForward.x * 0.012 * h + f.headUp.x * 0.01 * h,
        y: c.y - f.headForward.y * 0.012 * h + f.headUp.y * 0.01 * h,
        z: c.z,
      };
      cap.set(back, f.headUp, f.headForward);
      const n = P(f, 'nose');
      nose.position.set(n.x, n.y, n.z);
      eyes[0]!.position.copy(vec(P(f, 'left_eye')));
      eyes[1]!.position.copy(vec(P(f, 'right_eye')));
      ears[0]!.set(P(f, 'left_ear'), f.headUp, f.headForward);
      ears[1]!.set(P(f, 'right_ear'), f.headUp, f.headForward);
    });
    this.group.traverse((o) => {
      o.castShadow = true;
      o.receiveShadow = true;
    });
  }

  pose(frame: RigFrame): void {
    for (const u of this.update) u(frame);
  }
}
