/** Known conditions triage recognises in the free-text `knownConditions` list, with common spellings. */
export const KNOWN_CONDITIONS = {
  spinal_stenosis: ['spinal_stenosis', 'stenosis', 'lumbar_stenosis'],
  herniated_disc: [
    'herniated_disc',
    'herniated_disk',
    'slipped_disc',
    'disc_herniation',
    'bulging_disc',
    'prolapsed_disc',
  ],
  osteoporosis: ['osteoporosis', 'osteopenia'],
  inflammatory_back_disease: [
    'inflammatory_back_disease',
    'ankylosing_spondylitis',
    'axial_spondyloarthritis',
    'spondyloarthritis',
    'rheumatoid_arthritis',
    'inflammatory_arthritis',
  ],
  cancer: ['cancer', 'tumour', 'tumor'],
  back_surgery: ['back_surgery', 'spinal_surgery', 'spinal_fusion', 'discectomy'],
} as const;

export type KnownConditionId = keyof typeof KNOWN_CONDITIONS;

/** Lower case, words joined by underscores: "Slipped disc" -> "slipped_disc". */
function normalise(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Maps free-text conditions to recognised ids; the rest are returned as `other`. */
export function recogniseConditions(list: readonly string[]): {
  readonly known: readonly KnownConditionId[];
  readonly other: readonly string[];
} {
  const known = new Set<KnownConditionId>();
  const other: string[] = [];
  for (const entry of list) {
    const key = normalise(entry);
    const match = (Object.keys(KNOWN_CONDITIONS) as KnownConditionId[]).find((id) =>
      (KNOWN_CONDITIONS[id] as readonly string[]).includes(key),
    );
    if (match) known.add(match);
    else if (key !== '' && key !== 'none') other.push(entry.trim());
  }
  return { known: [...known], other };
}
