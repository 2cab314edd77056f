"""What the demo server serves: PNG images and catalogue items, fixed for each n."""

import functools
import random
import struct
import zlib


@functools.lru_cache(maxsize=256)
def png_image(n: int) -> bytes:
    """A valid RGB PNG, colour gradients under noise, the same for the same n."""
    rng = random.Random(f"image/{n}")
    width, height = rng.randrange(120, 321), rng.randrange(60, 161)
    noise_mask = (1 << rng.randrange(3, 7)) - 1
    room = 255 - noise_mask  # gradients stay below this, so gradient + noise <= 255
    mask_table = bytes(byte & noise_mask for byte in range(256))
    noise = rng.randbytes(3 * width * height).translate(mask_table)
    along_x = b"".join(bytes((room * x // width, 0, 0)) for x in range(width))
    rows = []
    for y in range(height):
        along_y = bytes((0, room * y // height, room * (height - y) // height)) * width
        row_noise = noise[3 * width * y : 3 * width * (y + 1)]
        # Adding rows as big integers adds all their bytes at once, in C. No byte
        # sum exceeds 255, so no carry spills into the neighbouring byte.
        pixels = sum(int.from_bytes(part) for part in (along_x, along_y, row_noise))
        rows.append(b"\x00" + pixels.to_bytes(3 * width))  # \x00: no PNG filter
    # Noise defeats LZ77's search for repeats: Huffman coding alone is as small
    # and twice as fast.
    compressor = zlib.compressobj(1, zlib.DEFLATED, 15, 8, zlib.Z_HUFFMAN_ONLY)
    pixel_data = compressor.compress(b"".join(rows)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        _png_chunk(kind, data)
        for kind, data in ((b"IHDR", header), (b"IDAT", pixel_data), (b"IEND", b""))
    )


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    crc = zlib.crc32(kind + data)
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


_ADJECTIVES = ("Brass", "Copper", "Linen", "Oak", "Velvet", "Granite", "Amber")
_NOUNS = ("Lantern", "Teapot", "Notebook", "Compass", "Kettle", "Satchel", "Clock")
_TAGS = ("kitchen", "outdoor", "gift", "vintage", "office", "travel", "sale")


def catalogue_item(n: int) -> dict[str, object]:
    """A small catalogue item, the same for the same n."""
    rng = random.Random(f"item/{n}")
    return {
        "id": n,
        "name": f"{rng.choice(_ADJECTIVES)} {rng.choice(_NOUNS)}",
        "price": round(rng.uniform(2, 250), 2),
        "currency": "EUR",
        "tags": sorted(rng.sample(_TAGS, k=rng.randint(1, 3))),
        "in_stock": rng.random() < 0.8,
        "rating": round(rng.uniform(1, 5), 1),
        "image": f"/images/{n}.png",
    }
