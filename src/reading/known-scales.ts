/**
 * Grade scales HR tables use besides the manual's A/B/C/D (DOMAIN §6 "Scales"). When a sheet's grade
 * cells are all grades of one of these and not of the scale in use, the check names the scale that
 * reads them instead of flagging every cell. Bounds and points are project defaults (no manual gives
 * them): they matter only for scores typed as letters and the rater view's mean.
 */
import { DEFAULT_POLICY, type Policy } from "../policy";
import { DEFAULT_SCALE, type Scale, makeScale } from "../scale";

export interface KnownScale {
  id: string;
  /** How the report names it. */
  title: { en: string; zh: string };
  scale: Scale;
  /** Four-level scales default to the manual's 45/30/20/5 shares by position; others need a policy. */
  policy?: Policy;
}

/** The manual's shares applied to another four-level scale, best grade first. */
const byPosition = (scale: Scale): Policy => ({
  ...DEFAULT_POLICY,
  shares: DEFAULT_POLICY.shares.map(({ share }, index) => ({ grade: scale.grades[index].label, share })),
});

const four = (labels: [string, string, string, string], lowers = [90, 80, 60, 0]) =>
  makeScale(labels.map((label, index) => ({ label, lower: lowers[index], points: [95, 85, 70, 50][index] })));

const EXCELLENT = four(["优秀", "良好", "合格", "不合格"]);
const COMPETENT = four(["优秀", "称职", "基本称职", "不称职"], [90, 75, 60, 0]);
const YOU_LIANG = four(["优", "良", "中", "差"]);

export const KNOWN_SCALES: readonly KnownScale[] = [
  {
    id: "abcd",
    title: { en: "A/B/C/D (the manual's)", zh: "A/B/C/D（原手册）" },
    scale: DEFAULT_SCALE,
    policy: DEFAULT_POLICY,
  },
  {
    id: "excellent-good-pass-fail",
    title: { en: "优秀/良好/合格/不合格", zh: "优秀/良好/合格/不合格" },
    scale: EXCELLENT,
    policy: byPosition(EXCELLENT),
  },
  {
    id: "excellent-competent",
    title: { en: "优秀/称职/基本称职/不称职", zh: "优秀/称职/基本称职/不称职" },
    scale: COMPETENT,
    policy: byPosition(COMPETENT),
  },
  {
    id: "you-liang-zhong-cha",
    title: { en: "优/良/中/差", zh: "优/良/中/差" },
    scale: YOU_LIANG,
    policy: byPosition(YOU_LIANG),
  },
  {
    id: "s-a-b-c-d",
    title: { en: "S/A/B/C/D", zh: "S/A/B/C/D" },
    scale: makeScale([
      { label: "S", lower: 95, points: 97 },
      { label: "A", lower: 85, points: 90 },
      { label: "B", lower: 75, points: 80 },
      { label: "C", lower: 60, points: 68 },
      { label: "D", lower: 0, points: 50 },
    ]),
  },
  {
    id: "a-to-e",
    title: { en: "A/B/C/D/E", zh: "A/B/C/D/E" },
    scale: makeScale([
      { label: "A", lower: 90, points: 95 },
      { label: "B", lower: 80, points: 85 },
      { label: "C", lower: 70, points: 75 },
      { label: "D", lower: 60, points: 65 },
      { label: "E", lower: 0, points: 50 },
    ]),
  },
];

export const findKnownScale = (id: string): KnownScale | undefined =>
  KNOWN_SCALES.find((known) => known.id === id.trim().toLowerCase());
