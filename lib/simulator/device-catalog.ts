/** Device models, iOS releases and Secure Mail versions the simulated fleet is drawn from, with relative weights. */

export type DeviceModel = { name: string; kind: "iphone" | "ipad"; minimumIos: number };

export const DEVICE_MODELS: readonly (readonly [DeviceModel, number])[] = [
  [{ name: "iPhone 12", kind: "iphone", minimumIos: 17 }, 6],
  [{ name: "iPhone 13", kind: "iphone", minimumIos: 17 }, 12],
  [{ name: "iPhone 13 mini", kind: "iphone", minimumIos: 17 }, 3],
  [{ name: "iPhone 14", kind: "iphone", minimumIos: 17 }, 14],
  [{ name: "iPhone 14 Pro", kind: "iphone", minimumIos: 17 }, 7],
  [{ name: "iPhone SE (3rd generation)", kind: "iphone", minimumIos: 17 }, 5],
  [{ name: "iPhone 15", kind: "iphone", minimumIos: 17 }, 16],
  [{ name: "iPhone 15 Pro", kind: "iphone", minimumIos: 17 }, 10],
  [{ name: "iPhone 16", kind: "iphone", minimumIos: 18 }, 14],
  [{ name: "iPhone 16 Pro", kind: "iphone", minimumIos: 18 }, 8],
  [{ name: "iPad (10th generation)", kind: "ipad", minimumIos: 17 }, 10],
  [{ name: "iPad Air (M2)", kind: "ipad", minimumIos: 17 }, 6],
  [{ name: "iPad Pro 11-inch (M4)", kind: "ipad", minimumIos: 17 }, 4],
  [{ name: "iPad mini (6th generation)", kind: "ipad", minimumIos: 17 }, 4],
];

export const IOS_VERSIONS: readonly (readonly [string, number])[] = [
  ["17.5.1", 3],
  ["17.6.1", 6],
  ["17.7.2", 5],
  ["18.1.1", 6],
  ["18.2.1", 10],
  ["18.3.2", 14],
  ["18.4.1", 18],
  ["18.5", 22],
  ["18.6.2", 16],
];

export const APP_VERSIONS: readonly (readonly [string, number])[] = [
  ["24.9.0", 4],
  ["24.12.0", 8],
  ["25.2.0", 14],
  ["25.3.1", 24],
  ["25.5.0", 50],
];

export function majorVersion(version: string): number {
  return Number(version.split(".")[0]);
}
