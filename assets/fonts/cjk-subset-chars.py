"""Every character of the national CJK standards most text is written in:
GB 2312 (simplified Chinese), Big5 level 1 (traditional Chinese, frequent
characters), JIS X 0208 (Japanese) and KS X 1001 (Korean, with its hanja),
as Unicode code points, one U+XXXX per line."""
import sys

def double_byte(codec, lead, trail):
    out = set()
    for a in lead:
        for b in trail:
            try:
                out.update(bytes([a, b]).decode(codec))
            except UnicodeDecodeError:
                pass
    return out

chars = set()
chars |= double_byte("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))
chars |= double_byte("euc_jp", range(0xA1, 0xF5), range(0xA1, 0xFF))
chars |= double_byte("euc_kr", range(0xA1, 0xFE), range(0xA1, 0xFF))
# Big5 level 1: lead bytes A4..C6 (the 5,401 frequent hanzi) and the symbols before them.
chars |= double_byte("big5", range(0xA1, 0xC7), list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)))
chars = sorted(c for c in chars if ord(c) > 0x7F)
sys.stdout.write("".join(f"U+{ord(c):04X}\n" for c in chars))
