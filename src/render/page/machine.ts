/**
 * The leg press machine and the room: floor, back wall, seat pan, inclined back pad, handles, rails on
 * the sled axis, and the sled (foot platform, carriage, weight horns with plates) that moves with the feet.
 */
import * as THREE from 'three';
import type { FigureSpec, Look, MachineSpec, RigFrame } from '../types.js';

const DEG = Math.PI / 180;

/** Diffuse (Lambert) shading: a third of the software rasteriser's time of physically based materials. */
function mat(colour: string): THREE.MeshLambertMaterial {
  return new THREE.MeshLambertMaterial({ color: new THREE.Color(colour) });
}

/** A box whose local x/y/z axes are the given unit vectors (x, y in the sagittal plane, z lateral). */
function box(
  size: [number, number, number],
  centre: THREE.Vector3,
  xAxis: THREE.Vector3,
  material: THREE.Material,
): THREE.Mesh {
  const m = new THREE.Mesh(new THREE.BoxGeometry(...size), material);
  const x = xAxis.clone().normalize();
  const z = new THREE.Vector3(0, 0, 1);
  const y = new THREE.Vector3().crossVectors(z, x).normalize();
  m.quaternion.setFromRotationMatrix(new THREE.Matrix4().makeBasis(x, y, z));
  m.position.copy(centre);
  m.castShadow = true;
  m.receiveShadow = true;
  return m;
}

/** A post from a point straight down to the floor. */
function post(top: THREE.Vector3, floorY: number, r: number, material: THREE.Material): THREE.Mesh {
  const hgt = Math.max(top.y - floorY, 0.01);
  return box(
    [r, hgt, r],
    new THREE.Vector3(top.x, floorY + hgt / 2, top.z),
    new THREE.Vector3(1, 0, 0),
    material,
  );
}

export class Machine {
  readonly group = new THREE.Group();
  private readonly sled = new THREE.Group();
  private readonly u: THREE.Vector3;
  private readonly across: THREE.Vector3;

  constructor(
    private readonly spec: MachineSpec,
    figure: FigureSpec,
    look: Look,
    wristY: number,
    wristX: number,
    along: { min: number; max: number },
  ) {
    const frame = mat(look.machineFrame);
    const padMat = mat(look.pad);
    const black = mat('#151515');
    const h = figure.heightM;
    const pad = new THREE.Vector3(spec.padDir.x, spec.padDir.y, 0);
    const padN = new THREE.Vector3(spec.padNormal.x, spec.padNormal.y, 0);
    this.u = new THREE.Vector3(spec.sledDir.x, spec.sledDir.y, 0);
    this.across = new THREE.Vector3(-this.u.y, this.u.x, 0);
    const floorY = spec.floorY;

    // Room.
    const floor = new THREE.Mesh(new THREE.PlaneGeometry(30, 30), mat(look.floor));
    floor.rotation.x = -Math.PI / 2;
    floor.position.y = floorY;
    floor.receiveShadow = true;
    const wall = new THREE.Mesh(new THREE.PlaneGeometry(30, 12), mat(look.wall));
    wall.name = 'wall';
    wall.position.set(0, floorY + 6, 0);
    wall.receiveShadow = true;
    this.group.add(floor, wall);

    // Back pad: behind the torso, from below the hips to above the head.
    const padLen = figure.trunkM + 0.2 * h;
    const padThick = 0.08;
    const padCentre = pad
      .clone()
      .multiplyScalar(padLen / 2 - 0.08)
      .addScaledVector(padN, -(figure.backDepthM + padThick / 2));
    this.group.add(box([padLen, padThick, 0.5], padCentre, pad, padMat));
    const padBoard = padCentre.clone().addScaledVector(padN, -padThick / 2 - 0.015);
    this.group.add(box([padLen, 0.03, 0.46], padBoard, pad, frame));
    // Seat pan under the buttocks, tilted up a little towards the knees.
    const seatDir = new THREE.Vector3(Math.cos(12 * DEG), Math.sin(12 * DEG), 0);
    const seatTop = new THREE.Vector3(0, -0.062 * h, 0).addScaledVector(padN, -0.02);
    const seatCentre = seatTop
      .clone()
      .addScaledVector(seatDir, 0.16)
      .add(new THREE.Vector3(0, -padThick / 2, 0));
    this.group.add(box([0.48, padThick, 0.5], seatCentre, seatDir, padMat));
    // Seat frame: posts to the floor and a base beam.
    const seatLow = seatCentre.clone().add(new THREE.Vector3(0, -padThick / 2, 0));
    this.group.add(post(seatLow.clone().setZ(0.18), floorY, 0.07, frame));
    this.group.add(post(seatLow.clone().setZ(-0.18), floorY, 0.07, frame));
    const padLow = padBoard.clone().addScaledVector(pad, padLen * 0.25);
    this.group.add(post(padLow, floorY, 0.08, frame));
    // Handles beside the seat where the hands grip.
    for (const s of [-1, 1]) {
      const grip = new THREE.Mesh(new THREE.CylinderGeometry(0.018, 0.018, 0.16, 12), black);
      grip.rotation.x = Math.PI / 2;
      grip.position.set(wristX + 0.025 * h, wristY, s * 0.3);
      const arm = post(new THREE.Vector3(wristX + 0.025 * h, wristY, s * 0.37), seatLow.y, 0.035, frame);
      this.group.add(grip, arm);
    }

    // Rails along the sled axis, under the platform, and their supports.
    const railAcross = spec.platformAcrossM - 0.42;
    const a0 = along.min - 0.35;
    const a1 = along.max + 0.9;
    for (const s of [-1, 1]) {
      const centre = this.u
        .clone()
        .multiplyScalar((a0 + a1) / 2)
        .addScaledVector(this.across, railAcross)
        .setZ(s * 0.26);
      this.group.add(box([a1 - a0, 0.07, 0.07], centre, this.u, frame));
      for (const a of [a0 + 0.1, a1 - 0.1]) {
        const top = this.u
          .clone()
          .multiplyScalar(a)
          .addScaledVector(this.across, railAcross)
          .setZ(s * 0.26);
        if (top.y > floorY) this.group.add(post(top, floorY, 0.06, frame));
      }
    }

    // Sled: platform face at along = 0 in the sled's own frame (x = push direction, y = across).
    const sledMat = mat(look.machineFrame);
    const plate = box(
      [0.035, 0.74, 0.78],
      new THREE.Vector3(0.0175, 0, 0),
      new THREE.Vector3(1, 0, 0),
      black,
    );
    const carriage = box(
      [0.16, 0.5, 0.62],
      new THREE.Vector3(0.12, -0.12, 0),
      new THREE.Vector3(1, 0, 0),
      sledMat,
    );
    this.sled.add(plate, carriage);
    for (const s of [-1, 1]) {
      const horn = new THREE.Mesh(new THREE.CylinderGeometry(0.03, 0.03, 0.3, 12), sledMat);
      horn.position.set(0.16, -0.18, s * 0.45);
      horn.rotation.x = Math.PI / 2;
      this.sled.add(horn);
      for (let i = 0; i < 2; i++) {
        const disc = new THREE.Mesh(
          new THREE.CylinderGeometry(0.22 - i * 0.04, 0.22 - i * 0.04, 0.045, 32),
          black,
        );
        disc.rotation.x = Math.PI / 2;
        disc.position.set(0.16, -0.18, s * (0.36 + i * 0.05));
        disc.castShadow = true;
        this.sled.add(disc);
      }
    }
    const sx = this.u.clone();
    const sy = this.across.clone();
    this.sled.quaternion.setFromRotationMatrix(
      new THREE.Matrix4().makeBasis(sx, sy, new THREE.Vector3(0, 0, 1)),
    );
    this.group.add(this.sled);
  }

  /** Puts the back wall behind the machine as seen from the camera's side. */
  placeWall(cameraSide: 1 | -1): void {
    const wall = this.group.getObjectByName('wall');
    if (!wall) return;
    wall.position.z = -cameraSide * 2.6;
    wall.rotation.y = cameraSide > 0 ? 0 : Math.PI;
  }

  pose(frame: RigFrame): void {
    this.sled.position
      .copy(this.u)
      .multiplyScalar(frame.platformAlongM)
      .addScaledVector(this.across, this.spec.platformAcrossM);
  }
}
