"""Draw the simple demo illustrations once (run: python child_info/demo/images/make_images.py).

The PNGs are committed; this script only documents how they were made.
"""

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).parent
W, H = 600, 400
SKY, GRASS = "#dcecf7", "#bfe0b0"
SKIN, SKIN2 = "#f2c9a0", "#a8754f"


def canvas():
    image = Image.new("RGB", (W, H), SKY)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 300, W, H], fill=GRASS)
    return image, draw


def person(draw, x, y, scale=1.0, shirt="#3d7ab8", skin=SKIN, smile=True):
    s = scale
    draw.ellipse([x - 30 * s, y - 150 * s, x + 30 * s, y - 90 * s], fill=skin)
    draw.rounded_rectangle([x - 40 * s, y - 88 * s, x + 40 * s, y], radius=18 * s, fill=shirt)
    draw.ellipse([x - 13 * s, y - 128 * s, x - 5 * s, y - 120 * s], fill="#222")
    draw.ellipse([x + 5 * s, y - 128 * s, x + 13 * s, y - 120 * s], fill="#222")
    if smile:
        draw.arc([x - 14 * s, y - 122 * s, x + 14 * s, y - 100 * s], 20, 160, fill="#222", width=3)
    else:
        draw.line([x - 10 * s, y - 106 * s, x + 10 * s, y - 106 * s], fill="#222", width=3)


def house(draw, x, y, color="#e8b04b"):
    draw.rectangle([x, y, x + 160, y + 120], fill=color)
    draw.polygon([(x - 15, y), (x + 80, y - 70), (x + 175, y)], fill="#b5493a")
    draw.rectangle([x + 62, y + 55, x + 98, y + 120], fill="#7a4a2a")
    draw.rectangle([x + 15, y + 25, x + 50, y + 55], fill="#fff")
    draw.rectangle([x + 110, y + 25, x + 145, y + 55], fill="#fff")


def bubble(draw, box, tail):
    draw.rounded_rectangle(box, radius=25, fill="#fff", outline="#555", width=3)
    draw.polygon(tail, fill="#fff", outline="#555")


def heart(draw, x, y, r=30, color="#d94a5a"):
    draw.ellipse([x - r, y - r, x, y], fill=color)
    draw.ellipse([x, y - r, x + r, y], fill=color)
    draw.polygon([(x - r, y - r / 2), (x + r, y - r / 2), (x, y + r)], fill=color)


def phone(draw, x, y):
    draw.rounded_rectangle([x, y, x + 70, y + 130], radius=12, fill="#333")
    draw.rectangle([x + 8, y + 14, x + 62, y + 110], fill="#9fd3f5")


def table(draw, x, y):
    draw.rectangle([x, y, x + 220, y + 14], fill="#8b5a2b")
    draw.rectangle([x + 20, y + 14, x + 32, y + 80], fill="#8b5a2b")
    draw.rectangle([x + 188, y + 14, x + 200, y + 80], fill="#8b5a2b")


def cup(draw, x, y):
    draw.rectangle([x, y, x + 26, y + 28], fill="#fff", outline="#555", width=2)
    draw.arc([x + 18, y + 5, x + 36, y + 21], 270, 90, fill="#555", width=3)


def bun(draw, x, y):
    draw.ellipse([x, y, x + 34, y + 22], fill="#c98a3c")


def drawings():
    def soc():
        image, d = canvas()
        house(d, 360, 170, color="#9bb7d4")
        person(d, 200, 330, 1.1, shirt="#6a4c93")
        person(d, 290, 330, 0.8, shirt="#e07a2f")
        heart(d, 245, 90)
        return image

    def social_worker():
        image, d = canvas()
        person(d, 200, 330, 1.2, shirt="#2f8f6a")
        person(d, 400, 330, 0.8, shirt="#e07a2f")
        bubble(d, [330, 40, 520, 130], [(380, 130), (400, 130), (390, 160)])
        d.text((395, 70), "?", fill="#222", font_size=48)
        return image

    def report():
        image, d = canvas()
        d.rectangle([240, 60, 360, 220], fill="#fff", outline="#555", width=3)
        for row in range(5):
            d.line([258, 90 + row * 25, 342, 90 + row * 25], fill="#888", width=4)
        person(d, 150, 330, 1.0, shirt="#3d7ab8")
        person(d, 450, 330, 0.8, shirt="#e07a2f")
        return image

    def meeting():
        image, d = canvas()
        person(d, 170, 300, 1.1, shirt="#2f8f6a")
        person(d, 430, 300, 0.8, shirt="#e07a2f")
        table(d, 190, 290)
        cup(d, 230, 262)
        cup(d, 340, 262)
        bun(d, 285, 268)
        return image

    def rights():
        image, d = canvas()
        person(d, 300, 330, 1.3, shirt="#e07a2f")
        bubble(d, [360, 40, 560, 140], [(380, 140), (410, 140), (370, 180)])
        heart(d, 460, 95, r=26)
        return image

    def secret():
        image, d = canvas()
        person(d, 220, 330, 1.2, shirt="#2f8f6a")
        d.rounded_rectangle([350, 150, 470, 250], radius=10, fill="#e8b04b")
        d.arc([370, 90, 450, 190], 180, 360, fill="#777", width=12)
        d.ellipse([400, 185, 420, 205], fill="#333")
        return image

    def placement():
        image, d = canvas()
        house(d, 60, 180, color="#e8b04b")
        house(d, 380, 180, color="#9bd4b0")
        person(d, 300, 340, 0.8, shirt="#e07a2f")
        heart(d, 300, 100, r=24)
        return image

    def parents():
        image, d = canvas()
        person(d, 170, 330, 1.2, shirt="#6a4c93", skin=SKIN2)
        person(d, 280, 330, 0.8, shirt="#e07a2f", skin=SKIN2)
        person(d, 430, 330, 1.2, shirt="#2f8f6a")
        bubble(d, [330, 40, 540, 120], [(420, 120), (440, 120), (430, 150)])
        heart(d, 435, 85, r=20)
        return image

    def contact():
        image, d = canvas()
        person(d, 200, 330, 1.1, shirt="#e07a2f")
        phone(d, 360, 120)
        bubble(d, [450, 60, 580, 130], [(460, 130), (480, 130), (450, 160)])
        return image

    def help_now():
        image, d = canvas()
        phone(d, 260, 110)
        d.text((285, 150), "112", fill="#222", font_size=22)
        person(d, 150, 330, 1.0, shirt="#3d7ab8")
        person(d, 460, 330, 1.0, shirt="#d94a5a")
        return image

    def home_is_hard():
        image, d = canvas()
        house(d, 330, 170, color="#e8b04b")
        d.ellipse([300, 40, 420, 110], fill="#8a94a0")
        d.ellipse([370, 25, 500, 105], fill="#8a94a0")
        d.ellipse([440, 50, 540, 115], fill="#8a94a0")
        person(d, 180, 330, 0.9, shirt="#e07a2f", smile=False)
        return image

    def speak_up():
        image, d = canvas()
        person(d, 200, 330, 1.1, shirt="#e07a2f")
        bubble(d, [290, 40, 560, 170], [(300, 170), (330, 170), (260, 210)])
        d.text((320, 70), "!", fill="#d94a5a", font_size=64)
        for row in range(3):
            d.line([370, 85 + row * 25, 530, 85 + row * 25], fill="#888", width=5)
        return image

    return {
        "hemma": home_is_hard,
        "tycka": speak_up,
        "soc": soc,
        "socialsekreterare": social_worker,
        "orosanmalan": report,
        "mote": meeting,
        "rattigheter": rights,
        "sekretess": secret,
        "placering": placement,
        "foraldrar": parents,
        "kontakt": contact,
        "hjalp": help_now,
    }


if __name__ == "__main__":
    for name, draw in drawings().items():
        draw().save(HERE / f"{name}.png", optimize=True)
