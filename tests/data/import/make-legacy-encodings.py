#!/usr/bin/env python3
"""Writes the legacy-encoding CSV files of this folder (run it here; the outputs are committed).

windows-1252.csv     Western European names, fees in euros and pounds, countries in English
windows-1258-vi.csv  Vietnamese, with the tone marks as windows-1258 writes them: a base letter
                     and a combining mark ("ễ" is "ê" + U+0303), as Vietnamese Windows does
windows-1256-fa.csv  Persian names, cities and niches
"""
import unicodedata


def cp1258(text):
    out = b""
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], list(parts[1:])
        # The base with one of its marks when the code page has that letter (ê, ơ, ư, â, ă).
        for mark in marks:
            letter = unicodedata.normalize("NFC", base + mark)
            if len(letter) == 1:
                try:
                    letter.encode("cp1258")
                except UnicodeEncodeError:
                    continue
                base = letter
                marks.remove(mark)
                break
        out += (base + "".join(marks)).encode("cp1258")
    return out


def write(name, rows, encode):
    with open(name, "wb") as f:
        for row in rows:
            f.write(encode(",".join(row) + "\r\n"))


write("windows-1252.csv", [
    ["name", "handle", "followers", "country", "category", "price"],
    ["José Muñoz", "@josemunoz", "383.1K", "Spain", "\"Cinema & Actors/actresses\"", "\"€1,250\""],
    ["Zoë Brontë", "@zoebronte", "2.28E+05", "\"Moscow, Russia\"", "beauty; fashion", "£120"],
    ["François Güell", "@fguell", "12 500", "Brazil", "N/A", ""],
    ["Björn Ångström", "@bjorn", "1.2m", "N/A", "travel | food", "250 EUR"],
], lambda s: s.encode("cp1252"))

write("windows-1258-vi.csv", [
    ["tên", "tài khoản", "người theo dõi", "quốc gia", "lĩnh vực"],
    ["Nguyễn Thị Hương", "@huongnguyen", "15 nghìn", "Việt Nam", "làm đẹp; thời trang"],
    ["Trần Văn Đức", "@ductran", "\"1,2 triệu\"", "\"Hà Nội, Việt Nam\"", "ẩm thực"],
    ["Lê Thị Mỹ Duyên", "@myduyen", "250000", "Nhật Bản", "du lịch / ẩm thực"],
], cp1258)

write("windows-1256-fa.csv", [
    ["نام", "شناسه", "دنبال‌کننده", "کشور", "حوزه"],
    ["سارا کریمی", "@sara.karimi", "12000", "ایران", "زیبایی؛ مد"],
    ["علی رضایی", "@ali.rezaei", "45 هزار", "تهران", "ورزش"],
    ["مریم احمدی", "@maryam", "8000", "آلمان", "آشپزی"],
], lambda s: s.replace("ی", "ي").encode("cp1256"))  # windows-1256 has the Arabic yeh only
