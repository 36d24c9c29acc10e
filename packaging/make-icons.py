#!/usr/bin/env python3
"""Regenerates the committed raster icons from the app's SVG (resources/icons/app-icon.svg).

Run it after the SVG changes; it needs rsvg-convert (Debian: librsvg2-bin). It writes
  linux/icons/<size>/com.vainu.Webhooks.png   hicolor PNGs, installed by cmake/Packaging.cmake
  windows/vainu-webhooks.ico                   PNG-compressed ICO (Windows Vista and later)
  macos/vainu-webhooks.icns                    PNG-based ICNS (macOS 10.7 and later)
The build never runs this script, so building needs no image tools.
"""
import pathlib
import struct
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
SVG = HERE.parent / "resources" / "icons" / "app-icon.svg"
APP_ID = "com.vainu.Webhooks"
HICOLOR_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# ICNS element types that hold a PNG, by pixel size (several names per size: 1x and 2x slots).
ICNS_TYPES = [(b"icp4", 16), (b"icp5", 32), (b"ic11", 32), (b"icp6", 64), (b"ic12", 64),
              (b"ic07", 128), (b"ic08", 256), (b"ic13", 256), (b"ic09", 512), (b"ic14", 512),
              (b"ic10", 1024)]


def render(size: int) -> bytes:
    return subprocess.run(["rsvg-convert", "--width", str(size), "--height", str(size), str(SVG)],
                          check=True, capture_output=True).stdout


def main() -> int:
    pngs = {size: render(size) for size in sorted(set(HICOLOR_SIZES + ICO_SIZES + [s for _, s in ICNS_TYPES]))}

    for size in HICOLOR_SIZES:
        out = HERE / "linux" / "icons" / f"{size}x{size}" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pngs[size])

    # ICO: ICONDIR, one ICONDIRENTRY per image (0 means 256), then the PNG data.
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, blobs = b"", b""
    for size in ICO_SIZES:
        data = pngs[size]
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
        blobs += data
    (HERE / "windows" / "vainu-webhooks.ico").write_bytes(header + entries + blobs)

    # ICNS: big-endian "icns" + total length, then (type, length including its 8-byte header, data).
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    (HERE / "macos" / "vainu-webhooks.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
