import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import sharp from 'sharp';

/** At most this many bytes per photo, checked before the body is read (server/widget/routes.ts) and again here. */
export const maxPhotoBytes = 5 * 1024 * 1024;
export const maxPhotosPerClaim = 5;
/** Decoding bombs: a 5 MB PNG can claim gigapixels. 50 MP covers any phone camera. */
const maxPixels = 50_000_000;

const accepted = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' } as const;
export type PhotoMime = keyof typeof accepted;

export type CleanPhoto = { ok: true; data: Buffer; mime: PhotoMime; ext: string; width: number; height: number };
export type PhotoRefusal = { ok: false; reason: 'too_large' | 'not_an_image' };

/**
 * A buyer's photo made safe to keep: recognised by its content (the name and the declared type are ignored),
 * turned upright from its EXIF orientation, and re-encoded, which drops every metadata block (EXIF with GPS,
 * XMP, IPTC, ICC comments) since sharp keeps none unless asked.
 */
export async function cleanPhoto(bytes: Uint8Array): Promise<CleanPhoto | PhotoRefusal> {
  if (bytes.byteLength > maxPhotoBytes) return { ok: false, reason: 'too_large' };
  const type = await fileTypeFromBuffer(bytes);
  const mime = type?.mime as PhotoMime | undefined;
  if (!mime || !(mime in accepted)) return { ok: false, reason: 'not_an_image' };
  try {
    const image = sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' }).rotate();
    const encoded =
      mime === 'image/jpeg'
        ? image.jpeg({ quality: 88, mozjpeg: true })
        : mime === 'image/png'
          ? image.png()
          : image.webp({ quality: 88 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    return { ok: true, data, mime, ext: accepted[mime], width: info.width, height: info.height };
  } catch {
    // Truncated or corrupt data behind a valid signature.
    return { ok: false, reason: 'not_an_image' };
  }
}

/** Writes a cleaned photo under the claims directory by a random name, atomically (a temporary file renamed). */
export async function storePhoto(dir: string, name: string, data: Buffer): Promise<void> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temporary = join(dir, `.${name}.tmp`);
  await writeFile(temporary, data, { mode: 0o600 });
  await rename(temporary, join(dir, name));
}

export function readPhoto(dir: string, name: string): Promise<Buffer> {
  if (!/^[A-Za-z0-9_-]+\.(jpg|png|webp)$/.test(name)) throw new Error(`not a stored photo name: ${name}`);
  return readFile(join(dir, name));
}
