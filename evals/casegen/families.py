"""Product families: everyday names, pictures, typical specifications, selling points, reviews and related items.

`tis` is the compulsory standard (the TISI open-data `เลขที่ มอก.` string, copied exactly) or None when no
compulsory standard covers the product. Family text never mentions a standard, mark or licence: those facts
are placed by each case, so a case states exactly what its page shows.

Products covered by more than one compulsory standard (air conditioner 1529-2561 safety + 2134-2553 energy; refrigerator
2214-2561 + 2186-2561; washing machine 1463-2556 + 1462-2562; LED bulb 2780-2562 + 1955-2551 radio disturbance; car tyre
2718-2560 + 2721-2560) carry their safety/product standard here and are used only in violation cases: one licence on the
page could not prove full compliance, and the violation verdict does not depend on which standard is named.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Family:
    key: str
    tis: str | None
    th: str                      # everyday Thai name
    en: str                      # everyday English name
    art: str                     # picture kind (art.SHAPES)
    cat_th: tuple[str, ...]
    cat_en: tuple[str, ...]
    price: int
    specs: list[tuple[str, str, str]] = field(default_factory=list)   # (Thai label, English label, value)
    pts_th: list[str] = field(default_factory=list)
    pts_en: list[str] = field(default_factory=list)
    rv_th: list[str] = field(default_factory=list)
    rv_en: list[str] = field(default_factory=list)
    rel: list[tuple[str, str, str, int]] = field(default_factory=list)  # (Thai title, English title, art, price)
    var: tuple[str, str, list[str]] = ("สี", "Colour", ["ดำ / Black", "ขาว / White"])
    colours: tuple[str, ...] = ("#2b2d31", "#e9e6df", "#7aa6c2")


F: dict[str, Family] = {}


def fam(key: str, tis: str | None, th: str, en: str, art: str, cat_th, cat_en, price: int, **kw) -> None:
    F[key] = Family(key, tis, th, en, art, tuple(cat_th), tuple(cat_en), price, **kw)


# ---------------------------------------------------------------- compulsory products (consumer goods first)
fam("powerbank", "2879-2560", "พาวเวอร์แบงค์", "power bank", "powerbank", ["มือถือและอุปกรณ์เสริม", "แบตเตอรี่สำรอง"], ["Mobile & Gadgets", "Power banks"], 459,
    specs=[("ความจุ", "Capacity", "20000mAh / 3.7V (74Wh)"), ("ชนิดเซลล์", "Cell type", "ลิเธียมโพลิเมอร์ / Li-Polymer"),
           ("อินพุต", "Input", "USB-C 5V⎓3A, 9V⎓2A"), ("เอาต์พุต", "Output", "USB-C PD 20W, USB-A 22.5W"), ("น้ำหนัก", "Weight", "365 g")],
    pts_th=["ชาร์จเร็ว PD 20W ชาร์จมือถือได้ 4-5 รอบ", "หน้าจอบอกเปอร์เซ็นต์แบตคงเหลือ", "ชาร์จพร้อมกันได้ 3 เครื่อง", "ถือขึ้นเครื่องบินได้ (ไม่เกิน 100Wh)"],
    pts_en=["PD 20W fast charging, 4-5 full phone charges", "Digital battery display", "Charges three devices at once", "Carry-on safe (under 100Wh)"],
    rv_th=["ชาร์จไวจริง จอชัด", "หนักนิดนึงแต่แบตอึด ไปเที่ยวสามวันไม่ต้องหาปลั๊ก"], rv_en=["Charges my phone fast, display is handy", "A bit heavy but lasts all weekend"],
    rel=[("สายชาร์จ USB-C ถัก 1 เมตร", "Braided USB-C cable 1 m", "cable", 79), ("หัวชาร์จ PD 20W", "PD 20W wall charger", "plug", 159), ("ซองผ้าใส่แบตสำรอง", "Fabric power bank pouch", "pouch", 49)],
    var=("สี", "Colour", ["ดำ Graphite", "ขาว Ivory", "ฟ้า Sky"]))
fam("socket", "166-2549", "เต้ารับไฟฟ้า", "wall socket outlet", "plug", ["บ้านและสวน", "อุปกรณ์ไฟฟ้า", "ปลั๊กและสวิตช์"], ["Home", "Electrical", "Sockets & switches"], 89,
    specs=[("พิกัด", "Rating", "16A 250V~"), ("จำนวนช่อง", "Outlets", "2 ช่อง มีกราวด์ / 2 gang with earth"), ("วัสดุ", "Material", "PC กันไฟลาม / flame-retardant PC"), ("การติดตั้ง", "Mounting", "ฝังผนัง / flush")],
    pts_th=["เต้ารับคู่แบบมีขากราวด์ ติดตั้งกับบล็อกฝังมาตรฐาน", "ม่านนิรภัยกันเด็กแหย่", "หน้ากากผิวด้าน ทำความสะอาดง่าย"],
    pts_en=["Duplex earthed socket for standard flush boxes", "Child-safety shutters", "Matt faceplate, easy to clean"],
    rv_th=["ช่างที่บ้านบอกงานประกอบดี", "ใส่ปลั๊กแน่น ไม่หลวม"], rv_en=["Electrician said it is well built", "Plugs sit firmly"],
    rel=[("สวิตช์ทางเดียว", "One-way switch", "switch", 45), ("บล็อกลอย 2x4", "Surface box 2x4", "box", 25), ("สายไฟ VAF 2x1.5", "VAF cable 2x1.5", "cable", 390)],
    var=("สี", "Colour", ["ขาว White", "เทา Grey"]), colours=("#f5f5f2", "#9e9e9e"))
fam("cord", "2432-2555", "ปลั๊กพ่วง", "extension cord", "cord", ["เครื่องใช้ไฟฟ้าในบ้าน", "ปลั๊กไฟและรางปลั๊ก"], ["Home appliances", "Power strips"], 259,
    specs=[("จำนวนช่อง", "Sockets", "4 ช่อง 4 สวิตช์ / 4 outlets, 4 switches"), ("ความยาวสาย", "Cable length", "3 m"), ("สายไฟ", "Cable", "VCT 3x0.75 sq.mm"),
           ("พิกัด", "Rating", "10A 250V~ 2300W"), ("ระบบป้องกัน", "Protection", "เบรกเกอร์ตัดไฟอัตโนมัติ / overload breaker")],
    pts_th=["สวิตช์แยกทุกช่อง มีไฟแสดงสถานะ", "เบรกเกอร์ตัดไฟเมื่อใช้เกินกำลัง", "วัสดุทนความร้อนไม่ลามไฟ"],
    pts_en=["Individual switch per outlet with indicator", "Overload breaker", "Heat-resistant, flame-retardant housing"],
    rv_th=["สายยาวดี ใช้กับโต๊ะคอมพอดี", "สวิตช์แน่น ไฟสวย"], rv_en=["Cable length is perfect for my desk", "Switches feel solid"],
    rel=[("ปลั๊กพ่วง USB 3 ช่อง", "3-outlet strip with USB", "cord", 299), ("ที่เก็บสายไฟ", "Cable organiser", "box", 59), ("ปลั๊กแปลง 3 ขา", "3-pin adapter", "plug", 39)],
    var=("ความยาว", "Length", ["3 เมตร", "5 เมตร"]), colours=("#f1f1ee", "#333333"))
fam("helmet", "369-2557", "หมวกกันน็อค", "motorcycle helmet", "helmet", ["ยานยนต์", "อุปกรณ์ผู้ขับขี่", "หมวกกันน็อค"], ["Automotive", "Rider gear", "Helmets"], 890,
    specs=[("ประเภท", "Type", "เต็มใบ / full face"), ("ขนาด", "Size", "M (57-58 cm), L (59-60 cm)"), ("วัสดุเปลือก", "Shell", "ABS"), ("น้ำหนัก", "Weight", "1,350 g"), ("ชิลด์", "Visor", "ใส กันรอย / clear anti-scratch")],
    pts_th=["โฟม EPS หนา ซับในถอดซักได้", "ช่องระบายอากาศหน้า-หลัง", "สายรัดคางล็อกแบบ D-ring"],
    pts_en=["Thick EPS liner, removable washable padding", "Front and rear vents", "D-ring chin strap"],
    rv_th=["ใส่สบาย ไม่บีบหัว", "ชิลด์ใสดี ขับกลางคืนเห็นชัด"], rv_en=["Comfortable, does not squeeze", "Clear visor, good at night"],
    rel=[("ชิลด์หมวกกันน็อคสีปรอท", "Iridium visor", "helmet", 290), ("ถุงมือขับมอเตอร์ไซค์", "Riding gloves", "gloves", 250), ("ผ้าบัฟกันแดด", "Neck gaiter", "shirt", 59)],
    var=("ขนาด", "Size", ["M", "L", "XL"]), colours=("#1f2a44", "#c62828", "#f5f5f5"))
fam("toy_blocks", "685 เล่ม 1-2562", "ตัวต่อพลาสติก", "building blocks", "toy", ["แม่และเด็ก", "ของเล่น", "ตัวต่อ"], ["Mother & Baby", "Toys", "Building sets"], 349,
    specs=[("จำนวนชิ้น", "Pieces", "240"), ("วัสดุ", "Material", "ABS"), ("อายุที่เหมาะสม", "Age", "6 ปีขึ้นไป / 6+"), ("ขนาดกล่อง", "Box size", "38 x 26 x 7 cm")],
    pts_th=["ต่อได้ 3 แบบ บ้าน รถ และหุ่นยนต์", "ขอบมน สีสด", "เสริมจินตนาการและสมาธิ"],
    pts_en=["Builds three models: house, car and robot", "Rounded edges, bright colours", "Builds creativity and focus"],
    rv_th=["ลูกชอบมาก ต่อทั้งวัน", "ชิ้นส่วนครบ กล่องสวย"], rv_en=["My son loves it", "All pieces included, nice box"],
    rel=[("กล่องเก็บตัวต่อ", "Brick storage box", "box", 129), ("แผ่นฐานตัวต่อ", "Baseplate", "toy", 99), ("ตุ๊กตาหมี", "Teddy bear", "plush", 199)],
    var=("ชุด", "Set", ["240 ชิ้น", "480 ชิ้น"]), colours=("#f4c430", "#ff7043"))
fam("toy_plush", "685 เล่ม 1-2562", "ตุ๊กตาผ้า", "plush toy", "plush", ["แม่และเด็ก", "ของเล่น", "ตุ๊กตา"], ["Mother & Baby", "Toys", "Plush"], 259,
    specs=[("ขนาด", "Size", "35 cm"), ("วัสดุ", "Material", "ผ้าขนนุ่ม ใยสังเคราะห์ / polyester plush"), ("อายุที่เหมาะสม", "Age", "3 ปีขึ้นไป / 3+")],
    pts_th=["ผ้านุ่ม กอดสบาย", "ตาปักด้วยด้าย ไม่ใช้กระดุม", "ซักมือได้"],
    pts_en=["Soft and huggable", "Embroidered eyes, no buttons", "Hand washable"],
    rv_th=["นุ่มมาก ลูกกอดนอนทุกคืน", "ตัวใหญ่กว่าที่คิด"], rv_en=["So soft, my daughter sleeps with it", "Bigger than expected"],
    rel=[("ตุ๊กตากระต่าย", "Bunny plush", "plush", 229), ("หมอนหนุนเด็ก", "Kids pillow", "pouch", 159), ("ผ้าห่มเด็ก", "Baby blanket", "pouch", 259)],
    var=("สี", "Colour", ["น้ำตาล", "ชมพู", "ครีม"]), colours=("#c8a27a", "#f6b8c8"))
fam("toy_car", "685 เล่ม 1-2562", "รถบังคับวิทยุ", "remote-control car", "toy", ["แม่และเด็ก", "ของเล่น", "รถบังคับ"], ["Mother & Baby", "Toys", "RC cars"], 590,
    specs=[("สเกล", "Scale", "1:16"), ("แบตเตอรี่", "Battery", "3.7V 500mAh (ในตัวรถ)"), ("ระยะบังคับ", "Range", "30 m"), ("อายุที่เหมาะสม", "Age", "8+")],
    pts_th=["ล้อยางใหญ่ วิ่งได้ทุกพื้นผิว", "ชาร์จผ่าน USB", "รีโมท 2.4GHz เล่นพร้อมกันหลายคันได้"],
    pts_en=["Big rubber tyres, all-terrain", "USB rechargeable", "2.4GHz remote, race several cars"],
    rv_th=["วิ่งเร็วมาก ลูกชอบ", "แบตอยู่ได้ประมาณ 20 นาที"], rv_en=["Very fast, kids love it", "Battery lasts about 20 minutes"],
    rel=[("แบตสำรองรถบังคับ", "Spare RC battery", "box", 120), ("รถบังคับเรือ", "RC boat", "toy", 690), ("โดรนเด็ก", "Kids drone", "toy", 890)],
    var=("สี", "Colour", ["แดง", "น้ำเงิน"]), colours=("#d32f2f", "#1565c0"))
fam("ledbulb", "2780-2562", "หลอดไฟ LED", "LED bulb", "bulb", ["บ้านและสวน", "หลอดไฟ"], ["Home", "Lighting", "Bulbs"], 59,
    specs=[("กำลังไฟ", "Power", "9W"), ("ขั้ว", "Base", "E27"), ("แรงดัน", "Voltage", "220-240V~"), ("ความสว่าง", "Luminous flux", "810 lm"), ("อุณหภูมิสี", "Colour temperature", "6500K Daylight")],
    pts_th=["ประหยัดไฟกว่าหลอดไส้ถึง 85%", "อายุการใช้งาน 15,000 ชั่วโมง", "แสงนวลไม่กระพริบ ถนอมสายตา"],
    pts_en=["Up to 85% less energy than incandescent", "15,000 h lifetime", "Flicker-free light"],
    rv_th=["สว่างดี คุ้มราคา", "ใช้มาสามเดือนยังไม่เสีย"], rv_en=["Bright and cheap", "Three months, still working"],
    rel=[("ขั้วหลอด E27", "E27 lamp holder", "bulb", 35), ("หลอดไฟ LED 13W แพ็ค 3", "LED bulb 13W 3-pack", "bulb", 189), ("โคมไฟหัวเตียง", "Bedside lamp", "bulb", 259)],
    var=("แสง", "Light", ["Daylight 6500K", "Warm white 3000K"]), colours=("#fff8e1", "#ffe082"))
fam("ledtube", "2779-2562", "หลอดไฟ LED T8", "LED T8 tube", "tube", ["บ้านและสวน", "หลอดไฟ", "หลอดยาว"], ["Home", "Lighting", "Tubes"], 99,
    specs=[("กำลังไฟ", "Power", "18W"), ("ความยาว", "Length", "120 cm"), ("ขั้ว", "Cap", "G13 ขั้วคู่ / double-capped"), ("การต่อ", "Wiring", "ไฟเข้าสองด้าน ถอดสตาร์ทเตอร์ / dual-end, remove starter")],
    pts_th=["ใส่แทนหลอดฟลูออเรสเซนต์เดิมได้", "แสงสว่างเต็ม ไม่ต้องใช้บัลลาสต์", "ประหยัดไฟครึ่งหนึ่ง"],
    pts_en=["Drop-in replacement for fluorescent tubes", "Full brightness without ballast", "Halves your lighting bill"],
    rv_th=["เปลี่ยนแทนหลอดเดิมง่าย", "สว่างขึ้นเยอะ"], rv_en=["Easy swap for old tubes", "Much brighter"],
    rel=[("รางหลอด T8 สำเร็จรูป", "T8 batten fitting", "tube", 189), ("หลอด LED 9W", "LED bulb 9W", "bulb", 49), ("สตาร์ทเตอร์", "Starter", "box", 15)],
    var=("แสง", "Light", ["Daylight", "Cool white"]), colours=("#ffffff", "#e3f2fd"))
fam("fluotube", "956-2557", "หลอดฟลูออเรสเซนต์", "fluorescent tube", "tube", ["บ้านและสวน", "หลอดไฟ", "หลอดยาว"], ["Home", "Lighting", "Tubes"], 45,
    specs=[("กำลังไฟ", "Power", "36W"), ("ขนาด", "Type", "T8 ยาว 120 cm"), ("ขั้ว", "Cap", "G13 ขั้วคู่"), ("แสง", "Colour", "Daylight 6500K")],
    pts_th=["หลอดนีออนยาวมาตรฐาน ใช้กับรางเดิม", "แสงขาวสว่าง", "ยกลัง 25 หลอดราคาส่ง"],
    pts_en=["Standard long tube for existing fittings", "Bright white light", "Box of 25 at trade price"],
    rv_th=["ห่อกันกระแทกดี ไม่แตกสักหลอด", "สั่งไปใช้ที่ร้านประจำ"], rv_en=["Well packed, none broken", "Reordering for my shop"],
    rel=[("บัลลาสต์ 36W", "36W ballast", "box", 120), ("สตาร์ทเตอร์ FS-U", "FS-U starter", "box", 12), ("รางนีออนเปล่า", "Empty batten", "tube", 150)],
    var=("จำนวน", "Pack", ["1 หลอด", "ยกลัง 25 หลอด"]), colours=("#ffffff",))
fam("fan", "934-2558", "พัดลมตั้งพื้น", "stand fan", "fan", ["เครื่องใช้ไฟฟ้าในบ้าน", "พัดลม"], ["Home appliances", "Fans"], 690,
    specs=[("ขนาดใบพัด", "Blade size", "16 นิ้ว / 16 in"), ("กำลังไฟ", "Power", "45W 220V~"), ("ระดับแรงลม", "Speeds", "3"), ("ส่าย", "Oscillation", "ซ้าย-ขวา / left-right"), ("ตั้งเวลา", "Timer", "120 นาที")],
    pts_th=["ลมแรง เงียบ มอเตอร์ทองแดงแท้", "ปรับสูงต่ำได้", "ตะแกรงถอดล้างง่าย"],
    pts_en=["Strong quiet airflow, copper motor", "Height adjustable", "Removable guard for cleaning"],
    rv_th=["ลมแรงดี เสียงเบา", "ประกอบง่าย ห้านาทีเสร็จ"], rv_en=["Strong and quiet", "Assembled in five minutes"],
    rel=[("พัดลมตั้งโต๊ะ 12 นิ้ว", "12 in desk fan", "fan", 490), ("พัดลมไอเย็น", "Air cooler", "appliance", 2590), ("พัดลมติดผนัง", "Wall fan", "fan", 790)],
    var=("สี", "Colour", ["ขาว", "ดำ", "ฟ้า"]), colours=("#4fc3f7", "#eeeeee"))
fam("iron", "366-2547", "เตารีดไฟฟ้า", "electric iron", "iron", ["เครื่องใช้ไฟฟ้าในบ้าน", "เตารีดและเครื่องรีดผ้า"], ["Home appliances", "Irons"], 390,
    specs=[("ประเภท", "Type", "เตารีดแห้ง / dry iron"), ("กำลังไฟ", "Power", "1000W"), ("หน้าเตารีด", "Soleplate", "เคลือบเทฟล่อน / non-stick"), ("สายไฟ", "Cord", "1.8 m")],
    pts_th=["ร้อนเร็วใน 1 นาที", "ปรับอุณหภูมิตามชนิดผ้า", "น้ำหนักเบา ถือไม่เมื่อย"],
    pts_en=["Heats in one minute", "Temperature dial for every fabric", "Light, easy on the wrist"],
    rv_th=["ร้อนไว รีดเรียบ", "ขนาดกำลังดี"], rv_en=["Heats fast, smooth result", "Nice size"],
    rel=[("โต๊ะรีดผ้านั่งรีด", "Sit-down ironing board", "board", 290), ("ผ้ารองรีด", "Ironing cloth", "pouch", 59), ("เตารีดไอน้ำ", "Steam iron", "iron", 890)],
    var=("สี", "Colour", ["ฟ้า", "ชมพู"]), colours=("#64b5f6", "#f48fb1"))
fam("ricecooker", "1039-2547", "หม้อหุงข้าวไฟฟ้า", "electric rice cooker", "pot", ["เครื่องใช้ไฟฟ้าในครัว", "หม้อหุงข้าว"], ["Kitchen appliances", "Rice cookers"], 790,
    specs=[("ความจุ", "Capacity", "1.8 ลิตร / 1.8 L"), ("กำลังไฟ", "Power", "650W"), ("หม้อใน", "Inner pot", "เคลือบกันติด / non-stick"), ("ระบบ", "Mode", "หุงและอุ่นอัตโนมัติ / cook & keep warm")],
    pts_th=["หุงข้าวสวย ข้าวต้ม นึ่งอาหารได้", "ตัดไฟอัตโนมัติเมื่อข้าวสุก", "มีถาดนึ่งแถม"],
    pts_en=["Cooks rice and porridge, steams food", "Switches to keep-warm automatically", "Steaming tray included"],
    rv_th=["ข้าวสุกนุ่ม ไม่ติดก้นหม้อ", "ขนาดพอดีครอบครัว 4 คน"], rv_en=["Fluffy rice, nothing sticks", "Right size for a family of four"],
    rel=[("ทัพพีตักข้าว", "Rice paddle", "box", 25), ("หม้อในสำรอง 1.8 ลิตร", "Spare inner pot 1.8 L", "pot", 290), ("ถ้วยตวงข้าว", "Rice cup", "mug", 15)],
    var=("ลาย", "Pattern", ["ดอกไม้", "เรียบขาว"]), colours=("#fafafa", "#ef9a9a"))
fam("thermopot", "2062-2558", "กระติกน้ำร้อนไฟฟ้า", "electric thermo pot", "appliance", ["เครื่องใช้ไฟฟ้าในครัว", "กระติกน้ำร้อน"], ["Kitchen appliances", "Thermo pots"], 890,
    specs=[("ความจุ", "Capacity", "3.2 ลิตร / 3.2 L"), ("กำลังไฟ", "Power", "750W"), ("การจ่ายน้ำ", "Dispensing", "ปั๊มไฟฟ้าและปั๊มมือ / electric + manual"), ("หม้อใน", "Inner pot", "สแตนเลส")],
    pts_th=["ต้มเดือดและอุ่นร้อนตลอดวัน", "ระบบตัดไฟเมื่อน้ำแห้ง", "ฝาถอดล้างได้"],
    pts_en=["Boils and keeps water hot all day", "Boil-dry cut-off", "Removable lid"],
    rv_th=["ต้มไว ใช้ชงกาแฟที่ออฟฟิศ", "เสียงเงียบ"], rv_en=["Boils quickly, used at the office", "Quiet"],
    rel=[("แก้วมัคเซรามิก", "Ceramic mug", "mug", 89), ("ที่กรองชา", "Tea strainer", "box", 39), ("กาต้มน้ำสแตนเลสเตาแก๊ส", "Stovetop kettle", "pot", 259)],
    var=("ความจุ", "Capacity", ["2.5 ลิตร", "3.2 ลิตร"]), colours=("#eeeeee", "#b0bec5"))
fam("hairdryer", "60335 เล่ม 2(23)-2564", "ไดร์เป่าผม", "hair dryer", "dryer", ["สุขภาพและความงาม", "เครื่องใช้ไฟฟ้าดูแลผม"], ["Health & Beauty", "Hair tools"], 450,
    specs=[("กำลังไฟ", "Power", "2200W"), ("ระดับลม", "Settings", "ร้อน 3 ระดับ ลม 2 ระดับ / 3 heat, 2 speed"), ("ฟังก์ชัน", "Function", "ลมเย็น ไอออนลบ / cool shot, ionic"), ("สายไฟ", "Cord", "1.8 m")],
    pts_th=["ลมแรง ผมแห้งไว", "ไอออนลบลดผมชี้ฟู", "หัวเป่าเสริมสำหรับจัดทรง"],
    pts_en=["Powerful airflow, dries fast", "Ionic care reduces frizz", "Styling nozzle included"],
    rv_th=["ลมแรงมาก ผมแห้งในห้านาที", "เสียงดังนิดหน่อย"], rv_en=["Very strong, dry in five minutes", "A bit loud"],
    rel=[("หวีแปรงไดร์", "Round brush", "box", 99), ("กิ๊บหนีบผม", "Hair clips", "box", 39), ("ที่แขวนไดร์", "Dryer holder", "box", 89)],
    var=("สี", "Colour", ["ดำ", "ชมพู"]), colours=("#212121", "#f48fb1"))
fam("straightener", "60335 เล่ม 2(23)-2564", "เครื่องหนีบผม", "hair straightener", "straightener", ["สุขภาพและความงาม", "เครื่องใช้ไฟฟ้าดูแลผม"], ["Health & Beauty", "Hair tools"], 390,
    specs=[("แผ่นหนีบ", "Plates", "เซรามิกเคลือบทัวร์มาลีน / tourmaline ceramic"), ("อุณหภูมิ", "Temperature", "160-230°C"), ("กำลังไฟ", "Power", "45W"), ("สายไฟ", "Cord", "หมุน 360° / 360° swivel")],
    pts_th=["ร้อนเร็วใน 30 วินาที", "ปรับอุณหภูมิได้ 5 ระดับ", "หนีบตรงหรือม้วนลอนได้"],
    pts_en=["Ready in 30 seconds", "Five temperature levels", "Straightens and curls"],
    rv_th=["หนีบแล้วผมตรงสวย ไม่กินผม", "ร้อนไวมาก"], rv_en=["Sleek result, no snagging", "Heats super fast"],
    rel=[("สเปรย์กันความร้อน", "Heat protect spray", "bottle", 159), ("แปรงหวีผม", "Paddle brush", "box", 89), ("เครื่องม้วนผม", "Curling wand", "straightener", 490)],
    var=("สี", "Colour", ["ชมพู", "ดำ"]), colours=("#f8bbd0", "#263238"))
fam("curler", "60335 เล่ม 2(23)-2564", "เครื่องม้วนผม", "curling iron", "straightener", ["สุขภาพและความงาม", "เครื่องใช้ไฟฟ้าดูแลผม"], ["Health & Beauty", "Hair tools"], 420,
    specs=[("ขนาดแกน", "Barrel", "32 mm"), ("อุณหภูมิ", "Temperature", "140-210°C"), ("กำลังไฟ", "Power", "60W")],
    pts_th=["แกนเซรามิก ลอนสวยอยู่ทน", "ตัดไฟอัตโนมัติ 60 นาที", "ถุงมือกันความร้อนแถมในกล่อง"],
    pts_en=["Ceramic barrel, long-lasting curls", "60-minute auto-off", "Heat glove included"],
    rv_th=["ลอนสวยเหมือนไปร้าน", "ใช้ง่าย"], rv_en=["Salon-like curls", "Easy to use"],
    rel=[("ที่คาดผม", "Hairband", "box", 29), ("สเปรย์จัดแต่งทรง", "Hairspray", "bottle", 129), ("ไดร์เป่าผมพกพา", "Travel hair dryer", "dryer", 290)],
    var=("ขนาด", "Barrel", ["25 mm", "32 mm"]), colours=("#ce93d8",))
fam("fryer", "60335 เล่ม 2(13)-2564", "หม้อทอดไฟฟ้า (Deep fryer)", "electric deep fryer", "pot", ["เครื่องใช้ไฟฟ้าในครัว", "หม้อทอด"], ["Kitchen appliances", "Deep fryers"], 1290,
    specs=[("ความจุน้ำมัน", "Oil capacity", "6 ลิตร / 6 L"), ("กำลังไฟ", "Power", "2500W"), ("ตะกร้า", "Baskets", "2"), ("อุณหภูมิ", "Temperature", "60-200°C")],
    pts_th=["หม้อทอดน้ำมันท่วม 2 ตะกร้า สำหรับร้านค้าขนาดเล็ก", "ถังสแตนเลสถอดล้างได้", "ปรับอุณหภูมิได้"],
    pts_en=["Two-basket deep fat fryer for small food stalls", "Removable stainless tank", "Adjustable thermostat"],
    rv_th=["ทอดไก่ได้ทีละเยอะ", "ร้อนเร็ว"], rv_en=["Fries big batches", "Heats up fast"],
    rel=[("ตะแกรงพักของทอด", "Draining rack", "box", 190), ("น้ำมันพืช 5 ลิตร", "Vegetable oil 5 L", "can", 259), ("กระดาษซับมัน", "Oil-absorbing paper", "box", 49)],
    var=("รุ่น", "Model", ["1 ตะกร้า 6L", "2 ตะกร้า 12L"]), colours=("#bdbdbd",))
fam("purifier", "60335 เล่ม 2(65)-2564", "เครื่องฟอกอากาศ", "air purifier", "appliance", ["เครื่องใช้ไฟฟ้าในบ้าน", "เครื่องฟอกอากาศ"], ["Home appliances", "Air purifiers"], 2490,
    specs=[("พื้นที่", "Room size", "40 ตร.ม. / 40 m²"), ("ไส้กรอง", "Filter", "HEPA H13 + คาร์บอน"), ("CADR", "CADR", "350 m³/h"), ("กำลังไฟ", "Power", "45W")],
    pts_th=["กรองฝุ่น PM2.5 ได้ 99.97%", "เซนเซอร์วัดคุณภาพอากาศ", "โหมดนอนหลับเสียงเงียบ"],
    pts_en=["Captures 99.97% of PM2.5", "Air-quality sensor", "Whisper-quiet sleep mode"],
    rv_th=["ค่าฝุ่นในห้องลดลงชัดเจน", "เสียงเงียบตอนกลางคืน"], rv_en=["Noticeably cleaner air", "Silent at night"],
    rel=[("ไส้กรอง HEPA สำรอง", "Spare HEPA filter", "box", 590), ("เครื่องวัดฝุ่น", "PM2.5 meter", "box", 890), ("หน้ากาก N95", "N95 masks", "pouch", 129)],
    var=("รุ่น", "Model", ["40 ตร.ม.", "60 ตร.ม."]), colours=("#fafafa",))
fam("massager", "60335 เล่ม 2(32)-2564", "ปืนนวดไฟฟ้า", "massage gun", "dryer", ["สุขภาพและความงาม", "อุปกรณ์นวด"], ["Health & Beauty", "Massagers"], 690,
    specs=[("ความเร็ว", "Speeds", "30 ระดับ"), ("หัวนวด", "Heads", "6 หัว"), ("แบตเตอรี่", "Battery", "2500mAh ชาร์จ USB-C"), ("ใช้งานต่อเนื่อง", "Runtime", "5 ชม.")],
    pts_th=["คลายกล้ามเนื้อหลังออกกำลังกาย", "เสียงเงียบ", "กระเป๋าพกพาแถม"],
    pts_en=["Relieves sore muscles after workouts", "Quiet motor", "Carry case included"],
    rv_th=["นวดแล้วหายปวดไหล่", "แรงดี"], rv_en=["My shoulders thank me", "Powerful"],
    rel=[("ลูกบอลนวด", "Massage ball", "box", 99), ("เบาะนวดไฟฟ้า", "Massage cushion", "pouch", 990), ("หมอนรองคอ", "Neck pillow", "pouch", 199)],
    var=("สี", "Colour", ["ดำ", "เทา"]), colours=("#424242",))
fam("pressurewasher", "60335 เล่ม 2(79)-2563", "เครื่องฉีดน้ำแรงดันสูง", "high-pressure washer", "appliance", ["บ้านและสวน", "เครื่องมือช่าง", "เครื่องฉีดน้ำ"], ["Home", "Tools", "Pressure washers"], 1890,
    specs=[("แรงดัน", "Pressure", "150 bar"), ("กำลังไฟ", "Power", "1800W 220V"), ("อัตราการไหล", "Flow", "6 L/min"), ("สายฉีด", "Hose", "8 m")],
    pts_th=["ล้างรถ ล้างพื้น ล้างแอร์", "มอเตอร์ตัดอัตโนมัติเมื่อปล่อยไกปืน", "หัวฉีดปรับได้ 5 แบบ"],
    pts_en=["Cars, patios and AC units", "Auto-stop when the trigger is released", "Five spray patterns"],
    rv_th=["แรงดีมาก ล้างรถสะอาด", "ประกอบง่าย"], rv_en=["Very strong, car comes out spotless", "Easy set-up"],
    rel=[("น้ำยาล้างรถ", "Car shampoo", "bottle", 129), ("หัวฉีดโฟม", "Foam lance", "box", 290), ("สายต่อยาว 10 เมตร", "10 m extension hose", "cable", 390)],
    var=("รุ่น", "Model", ["150 bar", "180 bar"]), colours=("#fbc02d",))
fam("aircon", "1529-2561", "เครื่องปรับอากาศ", "air conditioner", "ac", ["เครื่องใช้ไฟฟ้าในบ้าน", "เครื่องปรับอากาศ"], ["Home appliances", "Air conditioners"], 12900,
    specs=[("ขนาดทำความเย็น", "Cooling capacity", "12,000 BTU"), ("ระบบ", "Type", "อินเวอร์เตอร์ ติดผนัง / inverter wall-mounted"), ("น้ำยา", "Refrigerant", "R32"), ("SEER", "SEER", "22.5")],
    pts_th=["เย็นเร็ว ประหยัดไฟ", "ฟอกอากาศในตัว", "ควบคุมผ่านแอปได้"],
    pts_en=["Fast cooling, low running cost", "Built-in air filter", "App control"],
    rv_th=["เย็นฉ่ำ ค่าไฟลดลง", "ช่างติดตั้งมาตรงเวลา"], rv_en=["Cold and efficient", "Installer arrived on time"],
    rel=[("ขาแขวนคอยล์ร้อน", "Outdoor unit bracket", "box", 390), ("ท่อน้ำยาแอร์ 4 เมตร", "4 m pipe set", "pipe", 890), ("น้ำยาล้างแอร์", "AC cleaner", "bottle", 159)],
    var=("ขนาด", "Size", ["9,000 BTU", "12,000 BTU", "18,000 BTU"]), colours=("#fafafa",))
fam("fridge", "2214-2561", "ตู้เย็น", "refrigerator", "fridge", ["เครื่องใช้ไฟฟ้าในบ้าน", "ตู้เย็น"], ["Home appliances", "Refrigerators"], 7990,
    specs=[("ความจุ", "Capacity", "7.4 คิว / 210 L"), ("ประตู", "Doors", "2 ประตู"), ("ระบบ", "Type", "อินเวอร์เตอร์ ไม่มีน้ำแข็งเกาะ / inverter no-frost"), ("น้ำยา", "Refrigerant", "R600a")],
    pts_th=["ช่องแช่แข็งกว้าง", "ชั้นวางกระจกนิรภัย ปรับระดับได้", "ประหยัดไฟ"],
    pts_en=["Roomy freezer", "Adjustable toughened-glass shelves", "Energy saving"],
    rv_th=["เย็นดี เสียงเงียบ", "ส่งถึงบ้านพร้อมยกขึ้นชั้นสอง"], rv_en=["Cold and quiet", "Delivered upstairs"],
    rel=[("กล่องเก็บของในตู้เย็น", "Fridge organiser", "foodbox", 159), ("ที่รองตู้เย็นมีล้อ", "Fridge base with wheels", "box", 390), ("เทอร์โมมิเตอร์ตู้เย็น", "Fridge thermometer", "box", 79)],
    var=("สี", "Colour", ["เงิน", "ดำ"]), colours=("#cfd8dc", "#37474f"))
fam("washing", "1463-2556", "เครื่องซักผ้า", "washing machine", "appliance", ["เครื่องใช้ไฟฟ้าในบ้าน", "เครื่องซักผ้า"], ["Home appliances", "Washing machines"], 6490,
    specs=[("ความจุ", "Capacity", "10 kg"), ("ประเภท", "Type", "ฝาบน อัตโนมัติ / top-load automatic"), ("โปรแกรม", "Programmes", "8"), ("กำลังไฟ", "Power", "420W")],
    pts_th=["ซักสะอาด ถนอมผ้า", "ตั้งเวลาซักล่วงหน้า", "ถังสแตนเลส"],
    pts_en=["Clean wash, gentle on fabrics", "Delay start", "Stainless drum"],
    rv_th=["ซักเงียบ ปั่นแห้งดี", "คุ้มราคา"], rv_en=["Quiet, spins dry", "Good value"],
    rel=[("ขาตั้งเครื่องซักผ้า", "Washer stand", "box", 290), ("ผ้าคลุมเครื่องซักผ้า", "Washer cover", "pouch", 199), ("ผงซักฟอก 3 กก.", "Detergent 3 kg", "sack", 189)],
    var=("ความจุ", "Capacity", ["8 kg", "10 kg", "12 kg"]), colours=("#eceff1",))
fam("waterheater", "1693-2547", "เครื่องทำน้ำอุ่น", "instantaneous water heater", "heater", ["บ้านและสวน", "ห้องน้ำ", "เครื่องทำน้ำอุ่น"], ["Home", "Bathroom", "Water heaters"], 2290,
    specs=[("กำลังไฟ", "Power", "3500W"), ("ระบบตัดไฟ", "Safety cut-off", "ELCB ในตัว / built-in ELCB"), ("หม้อต้ม", "Heating tank", "ทองแดง / copper"), ("ฝักบัว", "Shower set", "ปรับได้ 5 ระดับ")],
    pts_th=["น้ำอุ่นทันใจ ปรับอุณหภูมิได้", "ระบบตัดไฟเมื่อไฟรั่ว", "ติดตั้งง่าย"],
    pts_en=["Instant warm water, adjustable", "Earth-leakage cut-off", "Easy installation"],
    rv_th=["น้ำอุ่นไว อุณหภูมิคงที่", "ดีไซน์สวย"], rv_en=["Warms up fast, steady temperature", "Looks good"],
    rel=[("ฝักบัวสแตนเลส", "Stainless shower head", "shower", 290), ("สายฝักบัว 1.5 ม.", "Shower hose 1.5 m", "cable", 129), ("ราวแขวนฝักบัว", "Shower rail", "pipe", 199)],
    var=("กำลังไฟ", "Power", ["3500W", "4500W"]), colours=("#fafafa",))
fam("microwave", "1773-2548", "เตาไมโครเวฟ", "microwave oven", "appliance", ["เครื่องใช้ไฟฟ้าในครัว", "ไมโครเวฟ"], ["Kitchen appliances", "Microwaves"], 2290,
    specs=[("ความจุ", "Capacity", "20 ลิตร / 20 L"), ("กำลังไฟไมโครเวฟ", "Microwave power", "700W"), ("ระดับความร้อน", "Power levels", "5"), ("ระบบ", "Controls", "ลูกบิด / dial")],
    pts_th=["อุ่นอาหาร ละลายน้ำแข็ง", "ตั้งเวลาได้ 30 นาที", "จานหมุนถอดล้างได้"],
    pts_en=["Reheat and defrost", "30-minute timer", "Removable turntable"],
    rv_th=["อุ่นร้อนทั่วถึง", "ขนาดกะทัดรัดวางในคอนโดพอดี"], rv_en=["Heats evenly", "Compact, fits my condo"],
    rel=[("ฝาครอบไมโครเวฟ", "Microwave cover", "foodbox", 59), ("ชั้นวางไมโครเวฟ", "Microwave shelf", "box", 390), ("ถุงมือจับของร้อน", "Oven mitts", "gloves", 79)],
    var=("สี", "Colour", ["ขาว", "ดำ"]), colours=("#fafafa", "#212121"))
fam("grill", "1641-2552", "เตาปิ้งย่างไฟฟ้า", "electric grill", "pan", ["เครื่องใช้ไฟฟ้าในครัว", "เตาปิ้งย่าง"], ["Kitchen appliances", "Grills"], 590,
    specs=[("กำลังไฟ", "Power", "1500W"), ("ถาด", "Plate", "เคลือบกันติด 40 cm / non-stick 40 cm"), ("อุณหภูมิ", "Temperature", "ปรับได้ 5 ระดับ")],
    pts_th=["ปิ้งย่างหมูกระทะในบ้าน ไม่มีควัน", "ถาดรองน้ำมัน", "ถอดล้างง่าย"],
    pts_en=["Indoor Thai BBQ, low smoke", "Oil drip tray", "Easy to clean"],
    rv_th=["ย่างสุกเร็ว ควันน้อย", "ล้างง่าย"], rv_en=["Cooks fast, little smoke", "Easy clean-up"],
    rel=[("ที่คีบอาหาร", "Food tongs", "box", 39), ("กระดาษรองอบ", "Baking paper", "roll", 59), ("หม้อสุกี้", "Hot pot", "pot", 390)],
    colours=("#5d4037",))
fam("lighter", "879-2553", "ไฟแช็กแก๊ส", "gas lighter", "lighter", ["บ้านและสวน", "อุปกรณ์ในครัว", "ไฟแช็ก"], ["Home", "Kitchen", "Lighters"], 120,
    specs=[("ประเภท", "Type", "ไฟแช็กแก๊สใช้แล้วทิ้ง / disposable gas lighter"), ("จำนวน", "Pack", "50 อัน / 50 pcs"), ("ระบบจุด", "Ignition", "หินเหล็กไฟ / flint wheel")],
    pts_th=["ยกแพ็ค 50 อัน ราคาส่ง", "คละสี", "เหมาะสำหรับร้านค้า"],
    pts_en=["Box of 50 at wholesale price", "Assorted colours", "For resale"],
    rv_th=["จุดติดง่ายทุกอัน", "ส่งไว"], rv_en=["Every one lights first time", "Fast delivery"],
    rel=[("ไฟแช็กหัวยาวจุดเตา", "Long BBQ lighter", "lighter", 59), ("ไม้ขีดไฟกล่องเล็ก", "Small matchboxes", "matches", 35), ("เทียนหอม", "Scented candle", "mug", 99)],
    var=("สี", "Colour", ["คละสี"]), colours=("#ff7043", "#42a5f5"))
fam("matches", "53-2548", "ไม้ขีดไฟ", "safety matches", "matches", ["บ้านและสวน", "อุปกรณ์ในครัว", "ไม้ขีดไฟ"], ["Home", "Kitchen", "Matches"], 35,
    specs=[("จำนวน", "Pack", "10 กลัก / 10 boxes"), ("ก้านต่อกลัก", "Sticks per box", "ประมาณ 40 ก้าน"), ("ชนิด", "Type", "ไม้ขีดไฟนิรภัย / safety matches")],
    pts_th=["ก้านไม้แข็ง จุดติดง่าย", "แพ็คละ 10 กลัก", "เก็บไว้ใช้ยามไฟดับ"],
    pts_en=["Sturdy sticks, easy strike", "10 boxes per pack", "Handy for power cuts"],
    rv_th=["ขีดติดทุกก้าน", "ราคาถูก"], rv_en=["Every stick lights", "Cheap"],
    rel=[("ไฟแช็กแก๊ส", "Gas lighter", "lighter", 15), ("เทียนไข แพ็ค 6", "Candles 6-pack", "mug", 49), ("ไฟฉายพกพา", "Torch", "box", 99)],
    colours=("#e53935",))
fam("nipple", "969-2562", "จุกนมยางสำหรับขวดนม", "feeding-bottle teat", "baby", ["แม่และเด็ก", "ขวดนมและจุกนม"], ["Mother & Baby", "Feeding"], 129,
    specs=[("วัสดุ", "Material", "ซิลิโคน / silicone"), ("ขนาดรู", "Flow", "S (0-3 เดือน), M (3-6 เดือน)"), ("จำนวน", "Pack", "2 ชิ้น / 2 pcs"), ("ใช้กับขวด", "Fits", "คอกว้าง / wide neck")],
    pts_th=["นิ่มเหมือนนมแม่ ลดอาการโคลิก", "ต้มหรือนึ่งฆ่าเชื้อได้", "ใช้ได้กับขวดคอกว้างทั่วไป"],
    pts_en=["Breast-like softness, anti-colic", "Boil or steam sterilise", "Fits most wide-neck bottles"],
    rv_th=["ลูกดูดง่าย ไม่สำลัก", "นิ่มดี"], rv_en=["Baby latches easily", "Nice and soft"],
    rel=[("ขวดนมคอกว้าง 8 ออนซ์", "Wide-neck bottle 8 oz", "baby", 259), ("แปรงล้างขวดนม", "Bottle brush", "box", 89), ("ที่นึ่งขวดนม", "Bottle steriliser", "appliance", 1290)],
    var=("ขนาด", "Size", ["S", "M", "L"]), colours=("#f5d4a8",))
fam("pacifier", "1025-2562", "จุกหลอก", "pacifier", "pacifier", ["แม่และเด็ก", "จุกหลอกและยางกัด"], ["Mother & Baby", "Pacifiers"], 159,
    specs=[("วัสดุ", "Material", "ซิลิโคน + PP"), ("อายุ", "Age", "0-6 เดือน"), ("จำนวน", "Pack", "2 ชิ้นพร้อมฝาครอบ")],
    pts_th=["ทรงจุกออร์โธดอนติก", "แผ่นกันมีรูระบายอากาศ", "กล่องเก็บใช้นึ่งฆ่าเชื้อได้"],
    pts_en=["Orthodontic teat", "Ventilated shield", "Case doubles as steriliser"],
    rv_th=["ลูกยอมดูด นอนง่ายขึ้น", "สีน่ารัก"], rv_en=["Baby took to it immediately", "Cute colours"],
    rel=[("สายคล้องจุกหลอก", "Pacifier clip", "box", 79), ("ยางกัด", "Teether", "pacifier", 129), ("ผ้ากันเปื้อนเด็ก", "Baby bib", "shirt", 59)],
    var=("สี", "Colour", ["ฟ้า", "ชมพู", "เขียว"]), colours=("#81d4fa", "#f8bbd0"))
fam("crayons", "1149-2548", "สีเทียน", "wax crayons", "crayon", ["เครื่องเขียน", "อุปกรณ์ศิลปะ", "สีเทียน"], ["Stationery", "Art supplies", "Crayons"], 59,
    specs=[("จำนวนสี", "Colours", "24 สี"), ("ขนาดแท่ง", "Stick", "จัมโบ้ 11 mm"), ("เหมาะสำหรับ", "For", "เด็กอนุบาล / preschool")],
    pts_th=["สีสด ระบายลื่น", "แท่งใหญ่จับถนัดมือเด็ก", "ล้างออกจากมือง่าย"],
    pts_en=["Bright, smooth colour", "Chunky sticks for small hands", "Washes off hands"],
    rv_th=["ลูกใช้ระบายสีทุกวัน", "สีไม่เลอะมือ"], rv_en=["Used every day", "Doesn't smudge"],
    rel=[("สมุดระบายสี", "Colouring book", "book", 39), ("ดินน้ำมัน", "Modelling clay", "toy", 49), ("กล่องดินสอ", "Pencil case", "pouch", 69)],
    var=("ชุด", "Set", ["12 สี", "24 สี"]), colours=("#ffd54f",))
fam("plasticware", "655 เล่ม 1-2553", "ชุดจานชามพลาสติก", "plastic tableware set", "plate", ["บ้านและสวน", "เครื่องครัว", "จานชาม"], ["Home", "Kitchen", "Tableware"], 199,
    specs=[("วัสดุ", "Material", "พอลิพรอพิลีน (PP)"), ("ชุดประกอบด้วย", "Set", "จาน 4 ชาม 4 แก้ว 4"), ("ทนความร้อน", "Heat resistance", "ไม่เกิน 100°C")],
    pts_th=["น้ำหนักเบา ไม่แตก เหมาะกับเด็ก", "ล้างง่าย ไม่ดูดกลิ่น", "ซ้อนเก็บประหยัดที่"],
    pts_en=["Light and unbreakable, kid-friendly", "Easy to wash, odour-free", "Stackable"],
    rv_th=["สีพาสเทลน่ารัก", "ใช้ไปปิกนิกสะดวก"], rv_en=["Cute pastel colours", "Great for picnics"],
    rel=[("ช้อนส้อมพลาสติก", "Plastic cutlery", "box", 49), ("ถาดหลุม", "Compartment tray", "plate", 89), ("กระติกน้ำเด็ก", "Kids bottle", "bottle", 129)],
    var=("สี", "Colour", ["พาสเทล", "ขาว"]), colours=("#a5d6a7", "#90caf9"))
fam("melamine", "2921-2562", "จานเมลามีน", "melamine plates", "plate", ["บ้านและสวน", "เครื่องครัว", "จานชาม"], ["Home", "Kitchen", "Tableware"], 259,
    specs=[("วัสดุ", "Material", "เมลามีน 100% / 100% melamine"), ("ขนาด", "Size", "10 นิ้ว"), ("จำนวน", "Pack", "6 ใบ / 6 pcs")],
    pts_th=["ทนทาน ตกไม่แตก เหมาะสำหรับร้านอาหาร", "ลายสวย ไม่ซีด", "ล้างด้วยเครื่องล้างจานได้"],
    pts_en=["Durable for restaurants", "Fade-resistant pattern", "Dishwasher safe"],
    rv_th=["หนา แข็งแรง", "ลายสวยเหมือนรูป"], rv_en=["Thick and sturdy", "Pattern as pictured"],
    rel=[("ชามเมลามีน", "Melamine bowl", "plate", 45), ("ถาดเมลามีน", "Melamine tray", "plate", 129), ("ตะเกียบ", "Chopsticks", "box", 39)],
    var=("ลาย", "Pattern", ["ลายคราม", "ลายดอกไม้"]), colours=("#e3f2fd", "#fff3e0"))
fam("clingfilm", "1136-2559", "ฟิล์มยืดห่ออาหาร", "food cling film", "roll", ["บ้านและสวน", "เครื่องครัว", "ฟิล์มถนอมอาหาร"], ["Home", "Kitchen", "Food wrap"], 89,
    specs=[("ขนาด", "Size", "30 cm x 100 m"), ("วัสดุ", "Material", "PVC สำหรับอาหาร / food-grade PVC"), ("กล่อง", "Box", "มีใบมีดตัด / cutter box")],
    pts_th=["ยืดเหนียว ห่อแน่น", "ถนอมอาหารในตู้เย็น", "กล่องมีใบตัด ใช้ง่าย"],
    pts_en=["Stretchy, clings tightly", "Keeps food fresh in the fridge", "Cutter box"],
    rv_th=["เหนียวดี ไม่ขาดง่าย", "ม้วนใหญ่ใช้นาน"], rv_en=["Strong, does not tear", "Big roll lasts ages"],
    rel=[("ถุงซิปล็อก", "Zip bags", "pouch", 59), ("อะลูมิเนียมฟอยล์", "Aluminium foil", "roll", 79), ("กล่องถนอมอาหาร", "Food containers", "foodbox", 199)],
    colours=("#e0f7fa",))
fam("stockpot", "2440-2552", "หม้อก๋วยเตี๋ยวสแตนเลส", "stainless steel noodle stockpot", "stockpot", ["บ้านและสวน", "เครื่องครัว", "หม้อ"], ["Home", "Kitchen", "Pots"], 1590,
    specs=[("ขนาด", "Size", "40 cm 3 ช่อง / 3 compartments"), ("วัสดุ", "Material", "สแตนเลส / stainless steel"), ("ตัวหม้อ", "Body", "เชื่อมประสานตะเข็บ / seamed, welded"), ("ความหนา", "Thickness", "0.8 mm")],
    pts_th=["หม้อก๋วยเตี๋ยวแบ่งช่อง สำหรับร้านค้า", "ตะเข็บเชื่อมแน่น ไม่รั่วซึม", "ใช้กับเตาแก๊สได้"],
    pts_en=["Compartment noodle pot for stalls", "Tight welded seams", "For gas stoves"],
    rv_th=["หม้อใหญ่ หนา ใช้เปิดร้าน", "ขัดเงาสวย"], rv_en=["Big and thick, opened my stall with it", "Nicely polished"],
    rel=[("ตะกร้อลวกเส้น", "Noodle strainer", "box", 45), ("กระบวยสแตนเลส", "Ladle", "box", 59), ("ฝาหม้อ 40 ซม.", "40 cm lid", "stockpot", 390)],
    var=("ขนาด", "Size", ["36 cm", "40 cm", "45 cm"]), colours=("#cfd8dc",))
fam("nonstick", "2622-2556", "กระทะเคลือบเทฟล่อน", "non-stick frying pan", "pan", ["บ้านและสวน", "เครื่องครัว", "กระทะ"], ["Home", "Kitchen", "Pans"], 390,
    specs=[("ขนาด", "Size", "28 cm"), ("การเคลือบ", "Coating", "ฟลูออโรพอลิเมอร์ (PTFE) / PTFE fluoropolymer"), ("ตัวกระทะ", "Body", "อะลูมิเนียม"), ("ใช้กับเตา", "Hobs", "แก๊ส ไฟฟ้า อินดักชัน")],
    pts_th=["ทอดไข่ไม่ติดกระทะ ใช้น้ำมันน้อย", "ด้ามจับกันความร้อน", "ใช้กับเตาอินดักชันได้"],
    pts_en=["Eggs slide right off, little oil needed", "Stay-cool handle", "Induction ready"],
    rv_th=["ไม่ติดจริง", "หนักกำลังดี"], rv_en=["Truly non-stick", "Nice weight"],
    rel=[("ตะหลิวซิลิโคน", "Silicone spatula", "box", 79), ("ฝากระจก 28 ซม.", "28 cm glass lid", "glass", 190), ("หม้อด้าม", "Saucepan", "pan", 450)],
    var=("ขนาด", "Size", ["24 cm", "28 cm", "32 cm"]), colours=("#263238",))
fam("lpg", "27-2543", "ถังแก๊สปิคนิค", "LPG cylinder", "cylinder", ["บ้านและสวน", "เตาแก๊สและอุปกรณ์"], ["Home", "Gas stoves & cylinders"], 690,
    specs=[("ขนาดบรรจุ", "Capacity", "4 กก. / 4 kg"), ("วัสดุ", "Material", "เหล็กกล้า พ่นสี"), ("วาล์ว", "Valve", "วาล์วเกลียว / screw valve"), ("สภาพ", "Condition", "ถังเปล่า ใหม่ / new, empty")],
    pts_th=["ถังแก๊สปิคนิคขนาดพกพา สำหรับเตาแคมป์ปิ้ง", "ถังเปล่า ไม่รวมแก๊ส", "หัวเตาแยกขาย"],
    pts_en=["Portable LPG cylinder for camping stoves", "Empty cylinder, no gas", "Burner sold separately"],
    rv_th=["ถังหนาแน่น", "ส่งไวดี"], rv_en=["Solid cylinder", "Fast shipping"],
    rel=[("หัวเตาปิคนิค", "Camping burner head", "box", 290), ("หัวปรับแรงดันแก๊ส", "Gas regulator", "box", 350), ("สายแก๊ส 2 เมตร", "2 m gas hose", "cable", 120)],
    var=("ขนาด", "Size", ["4 กก.", "7 กก."]), colours=("#1565c0", "#c62828"))
fam("extinguisher", "332-2537", "ถังดับเพลิงชนิดผงเคมีแห้ง", "dry chemical fire extinguisher", "extinguisher", ["บ้านและสวน", "อุปกรณ์นิรภัย"], ["Home", "Safety"], 990,
    specs=[("ขนาด", "Size", "15 ปอนด์ / 15 lb"), ("สารดับเพลิง", "Agent", "ผงเคมีแห้ง ABC"), ("ระดับการดับเพลิง", "Rating", "4A 10B"), ("ส่วนประกอบ", "Includes", "เกจวัดแรงดัน สายฉีด ขาแขวน")],
    pts_th=["ดับไฟประเภท A B C", "มีเกจวัดแรงดันดูสถานะได้", "เหมาะสำหรับบ้าน ร้านค้า โรงงาน"],
    pts_en=["For class A, B and C fires", "Pressure gauge shows readiness", "For homes, shops and factories"],
    rv_th=["ถังใหม่ แรงดันเต็ม", "ติดตั้งตามที่ อบต. แนะนำ"], rv_en=["New, fully pressurised", "Required for our shop inspection"],
    rel=[("ป้ายจุดติดตั้งถังดับเพลิง", "Extinguisher sign", "box", 59), ("ขาแขวนถังดับเพลิง", "Wall bracket", "box", 79), ("ผ้าห่มกันไฟ", "Fire blanket", "pouch", 390)],
    var=("ขนาด", "Size", ["10 ปอนด์", "15 ปอนด์"]), colours=("#d32f2f",))
fam("mototyre", "2720-2560", "ยางนอกมอเตอร์ไซค์", "motorcycle tyre", "tyre", ["ยานยนต์", "ยางรถจักรยานยนต์"], ["Automotive", "Motorcycle tyres"], 590,
    specs=[("ขนาด", "Size", "80/90-17"), ("ประเภท", "Type", "ทิวบ์เลส / tubeless"), ("ลายดอก", "Tread", "ลายสปอร์ต / sport"), ("ผลิต", "Made", "สัปดาห์ 36 ปี 2026")],
    pts_th=["ยึดเกาะถนนดี ทั้งทางแห้งและเปียก", "แก้มยางแข็งแรง", "ยางใหม่ ผลิตปีล่าสุด"],
    pts_en=["Good grip, wet or dry", "Strong sidewall", "Fresh production"],
    rv_th=["เกาะถนนดี เข้าโค้งมั่นใจ", "ส่งไว ยางใหม่"], rv_en=["Grips well in corners", "Fresh tyre, quick delivery"],
    rel=[("ยางในมอเตอร์ไซค์ 17 นิ้ว", "17 in inner tube", "innertube", 120), ("จุ๊บลมทิวบ์เลส", "Tubeless valve", "box", 30), ("น้ำยาเคลือบยาง", "Tyre shine", "bottle", 99)],
    var=("ขนาด", "Size", ["70/90-17", "80/90-17"]), colours=("#444444",))
fam("cartyre", "2718-2560", "ยางรถยนต์", "car tyre", "tyre", ["ยานยนต์", "ยางรถยนต์"], ["Automotive", "Car tyres"], 2190,
    specs=[("ขนาด", "Size", "205/55R16"), ("ดัชนีรับน้ำหนัก", "Load index", "91V"), ("ประเภท", "Type", "ยางเก๋ง / passenger"), ("ผลิต", "Made", "สัปดาห์ 12 ปี 2026")],
    pts_th=["นุ่มเงียบ ขับขี่สบาย", "ร่องดอกรีดน้ำดี", "ยางใหม่ ไม่ค้างสต็อก"],
    pts_en=["Quiet and comfortable", "Good water evacuation", "Fresh stock"],
    rv_th=["เงียบกว่ายางเดิม", "ร้านติดตั้งให้ฟรี"], rv_en=["Quieter than my old set", "Free fitting"],
    rel=[("จุ๊บลมรถยนต์", "Valve caps", "box", 49), ("เครื่องเติมลมพกพา", "Portable inflator", "box", 690), ("น้ำยาเคลือบยาง", "Tyre shine", "bottle", 99)],
    var=("ขนาด", "Size", ["195/65R15", "205/55R16"]), colours=("#333333",))
fam("innertube", "683-2562", "ยางในมอเตอร์ไซค์", "motorcycle inner tube", "innertube", ["ยานยนต์", "ยางรถจักรยานยนต์"], ["Automotive", "Motorcycle tyres"], 120,
    specs=[("ขนาด", "Size", "2.50-17"), ("จุ๊บ", "Valve", "TR4"), ("วัสดุ", "Material", "ยางบิวทิล / butyl")],
    pts_th=["ยางในเนื้อหนา ทนทาน", "เก็บลมดี", "ใส่ได้กับล้อ 17 นิ้ว"],
    pts_en=["Thick, durable butyl", "Holds air well", "Fits 17 in rims"],
    rv_th=["ลมไม่รั่ว", "ราคาดี"], rv_en=["No leaks", "Good price"],
    rel=[("ยางนอก 80/90-17", "Tyre 80/90-17", "tyre", 590), ("ชุดปะยาง", "Puncture kit", "box", 89), ("ที่สูบลมเท้าเหยียบ", "Foot pump", "box", 250)],
    var=("ขนาด", "Size", ["2.25-17", "2.50-17"]), colours=("#212121",))
fam("exhaust", "341-2543", "ท่อไอเสียมอเตอร์ไซค์", "motorcycle exhaust", "exhaust", ["ยานยนต์", "อะไหล่มอเตอร์ไซค์", "ท่อไอเสีย"], ["Automotive", "Motorcycle parts", "Exhausts"], 1490,
    specs=[("ใช้กับรุ่น", "Fits", "รถจักรยานยนต์ 110-125cc"), ("วัสดุ", "Material", "สแตนเลส"), ("คอท่อ", "Header", "25 mm"), ("เสียง", "Sound", "ทุ้ม / deep")],
    pts_th=["ท่อเดิมทรงสปอร์ต ใส่แทนท่อเดิมได้ทันที", "เสียงทุ้มนุ่ม", "ปลายท่อเคลือบสีไทเทเนียม"],
    pts_en=["Bolt-on sport muffler", "Deep, smooth tone", "Titanium-look tip"],
    rv_th=["ใส่ง่าย อัตราเร่งดีขึ้น", "งานเชื่อมสวย"], rv_en=["Easy fit, better pickup", "Clean welds"],
    rel=[("ปะเก็นคอท่อ", "Header gasket", "box", 35), ("กันร้อนท่อ", "Heat shield", "exhaust", 190), ("สปริงท่อ", "Exhaust springs", "box", 45)],
    var=("สีปลาย", "Tip", ["ไทเทเนียม", "ดำ"]), colours=("#607d8b",))
fam("rcbo", "909-2548", "เบรกเกอร์กันดูด RCBO", "RCBO circuit breaker", "breaker", ["บ้านและสวน", "อุปกรณ์ไฟฟ้า", "เบรกเกอร์"], ["Home", "Electrical", "Breakers"], 450,
    specs=[("พิกัดกระแส", "Rated current", "32A"), ("กระแสรั่ว", "Residual current", "30mA"), ("ขั้ว", "Poles", "2P"), ("พิกัดตัดกระแส", "Breaking capacity", "6kA")],
    pts_th=["ตัดไฟทันทีเมื่อไฟรั่วหรือไฟเกิน", "ติดตั้งกับตู้ไฟแบบราง DIN", "ปุ่มทดสอบ TEST"],
    pts_en=["Trips on leakage or overload", "DIN-rail mounting", "TEST button"],
    rv_th=["ติดตั้งแทนเบรกเกอร์เดิม", "ทดสอบกดเทสต์ตัดไว"], rv_en=["Replaced my old breaker", "Trips fast on test"],
    rel=[("ตู้คอนซูมเมอร์ 6 ช่อง", "6-way consumer unit", "board", 990), ("เบรกเกอร์ลูกย่อย 16A", "16A MCB", "breaker", 120), ("รางปีกนก", "DIN rail", "box", 45)],
    var=("พิกัด", "Rating", ["16A", "32A", "50A"]), colours=("#fafafa",))
fam("consumerunit", "1436 เล่ม 3-2564", "ตู้คอนซูมเมอร์ยูนิต", "consumer unit (distribution board)", "board", ["บ้านและสวน", "อุปกรณ์ไฟฟ้า", "ตู้ไฟ"], ["Home", "Electrical", "Consumer units"], 1590,
    specs=[("จำนวนช่อง", "Ways", "8 ช่อง"), ("เมนเบรกเกอร์", "Main", "RCBO 50A 30mA"), ("ตัวตู้", "Enclosure", "เหล็กพ่นสี"), ("บัสบาร์", "Busbar", "ทองแดง")],
    pts_th=["ตู้ไฟบ้านพร้อมเมนกันดูด", "ติดตั้งง่าย มีบัสบาร์กราวด์", "ฝาปิดใส มองเห็นสถานะ"],
    pts_en=["Home distribution board with RCBO main", "Earth busbar included", "Clear cover"],
    rv_th=["ช่างไฟชมว่าของดี", "แพ็คแน่นหนา"], rv_en=["Electrician approved", "Well packed"],
    rel=[("เบรกเกอร์ลูกย่อย 20A", "20A MCB", "breaker", 120), ("สายกราวด์ 10 sq.mm", "10 sq.mm earth wire", "cable", 290), ("หลักดิน", "Earth rod", "rebar", 190)],
    var=("ขนาด", "Size", ["4 ช่อง", "8 ช่อง", "12 ช่อง"]), colours=("#eceff1",))
fam("switch", "824-2551", "สวิตช์ไฟ", "light switch", "switch", ["บ้านและสวน", "อุปกรณ์ไฟฟ้า", "ปลั๊กและสวิตช์"], ["Home", "Electrical", "Sockets & switches"], 45,
    specs=[("ประเภท", "Type", "สวิตช์ทางเดียว / one-way"), ("พิกัด", "Rating", "16AX 250V~"), ("ขนาด", "Size", "1 ช่อง / 1 module")],
    pts_th=["กดนุ่ม เสียงเบา", "ขั้วต่อสายแน่นหนา", "ใช้กับหน้ากากมาตรฐาน"],
    pts_en=["Soft, quiet click", "Firm terminals", "Fits standard plates"],
    rv_th=["กดนุ่มดี", "ใส่หน้ากากเดิมได้"], rv_en=["Nice click", "Fits my old plates"],
    rel=[("หน้ากาก 3 ช่อง", "3-gang plate", "switch", 35), ("เต้ารับคู่", "Double socket", "plug", 89), ("บล็อกฝัง 2x4", "Flush box 2x4", "box", 19)],
    colours=("#fafafa",))
fam("shower", "2066-2552", "ฝักบัวอาบน้ำ", "shower head", "shower", ["บ้านและสวน", "ห้องน้ำ", "ฝักบัว"], ["Home", "Bathroom", "Showers"], 390,
    specs=[("ระบบน้ำ", "Spray modes", "3 ระดับ"), ("วัสดุ", "Material", "ABS ชุบโครเมียม"), ("สาย", "Hose", "สแตนเลส 1.5 m"), ("อัตราการไหล", "Flow", "9 L/min")],
    pts_th=["น้ำแรงแม้แรงดันต่ำ", "หัวฝักบัวทำความสะอาดง่าย", "ชุดพร้อมสายและขอแขวน"],
    pts_en=["Strong spray even at low pressure", "Easy-clean nozzles", "Hose and holder included"],
    rv_th=["น้ำแรงขึ้นเยอะ", "ติดตั้งเองได้"], rv_en=["Much stronger spray", "DIY install"],
    rel=[("สายฉีดชำระ", "Bidet spray", "shower", 190), ("ก๊อกน้ำ", "Faucet", "faucet", 290), ("ชั้นวางของในห้องน้ำ", "Bathroom shelf", "box", 159)],
    colours=("#b0bec5",))
fam("faucet", "2067-2552", "ก๊อกน้ำอ่างล้างหน้า", "basin faucet", "faucet", ["บ้านและสวน", "ห้องน้ำ", "ก๊อกน้ำ"], ["Home", "Bathroom", "Faucets"], 590,
    specs=[("ประเภท", "Type", "ก๊อกเดี่ยว น้ำเย็น / single cold tap"), ("วัสดุ", "Material", "ทองเหลืองชุบโครเมียม"), ("อัตราการไหล", "Flow", "6 L/min"), ("วาล์ว", "Valve", "เซรามิกดิสก์")],
    pts_th=["ทองเหลืองแท้ ไม่เป็นสนิม", "ปิดสนิท ไม่มีน้ำหยด", "ติดตั้งกับอ่างทั่วไป"],
    pts_en=["Solid brass, rust-free", "Drip-free ceramic disc", "Fits standard basins"],
    rv_th=["หนักแน่น ดูแพง", "น้ำไหลนุ่ม"], rv_en=["Heavy, feels premium", "Smooth flow"],
    rel=[("สายน้ำดี", "Flexible hose", "cable", 89), ("สะดืออ่าง", "Basin waste", "box", 129), ("ฝักบัว", "Shower head", "shower", 390)],
    colours=("#b0bec5",))
fam("detergent", "78-2549", "ผงซักฟอก", "laundry detergent powder", "sack", ["บ้านและสวน", "ผลิตภัณฑ์ทำความสะอาด", "ผงซักฟอก"], ["Home", "Cleaning", "Laundry"], 189,
    specs=[("ขนาด", "Size", "3,000 กรัม / 3 kg"), ("สูตร", "Formula", "ซักมือและเครื่อง / hand & machine"), ("กลิ่น", "Scent", "ฟลอรัล")],
    pts_th=["ขจัดคราบฝังลึก", "ฟองน้อย ล้างออกง่าย", "หอมสดชื่นยาวนาน"],
    pts_en=["Lifts deep stains", "Low foam, rinses easily", "Long-lasting fresh scent"],
    rv_th=["ซักสะอาด หอม", "ถุงใหญ่คุ้ม"], rv_en=["Clean and fragrant", "Big bag, good value"],
    rel=[("น้ำยาปรับผ้านุ่ม", "Fabric softener", "bottle", 129), ("ตะกร้าผ้า", "Laundry basket", "box", 159), ("ไม้หนีบผ้า", "Clothes pegs", "box", 39)],
    var=("ขนาด", "Size", ["900 g", "3 kg", "9 kg"]), colours=("#29b6f6",))
fam("thinner", "496-2553", "ทินเนอร์สำหรับแลกเกอร์", "lacquer thinner", "can", ["บ้านและสวน", "เครื่องมือช่าง", "สีและอุปกรณ์ทาสี"], ["Home", "Tools", "Paint"], 120,
    specs=[("ขนาด", "Size", "1 แกลลอน (3.785 ลิตร)"), ("ใช้ผสม", "For", "แลกเกอร์ สีพ่น / lacquer, spray paint"), ("เกรด", "Grade", "AAA")],
    pts_th=["ผสมแลกเกอร์ได้เนียน แห้งไว", "ล้างอุปกรณ์พ่นสี", "ยกลังราคาส่ง"],
    pts_en=["Smooth lacquer mix, fast drying", "Cleans spray guns", "Case price available"],
    rv_th=["ผสมสีเนียนดี", "ส่งไว แพ็คดี"], rv_en=["Mixes smoothly", "Well packed"],
    rel=[("แลกเกอร์เงา", "Gloss lacquer", "can", 290), ("ปืนพ่นสี", "Spray gun", "box", 590), ("ถุงมือไนไตรล์", "Nitrile gloves", "gloves", 129)],
    colours=("#ef6c00",))
fam("cement", "15-2562", "ปูนซีเมนต์ปอร์ตแลนด์", "Portland cement", "sack", ["วัสดุก่อสร้าง", "ปูนซีเมนต์"], ["Building materials", "Cement"], 145,
    specs=[("ชนิด", "Type", "ประเภท 1 / Type I"), ("น้ำหนัก", "Weight", "50 กก. / 50 kg"), ("การใช้งาน", "Use", "งานโครงสร้าง เสา คาน พื้น")],
    pts_th=["ปูนโครงสร้าง กำลังอัดสูง", "ส่งถึงหน้างาน", "สั่ง 100 ถุงขึ้นไปราคาพิเศษ"],
    pts_en=["Structural cement, high strength", "Delivered to site", "Special price from 100 bags"],
    rv_th=["ส่งตรงเวลา ถุงไม่แตก", "ราคาดีกว่าร้านแถวบ้าน"], rv_en=["On-time delivery, no torn bags", "Cheaper than local shops"],
    rel=[("ทรายหยาบ (คิว)", "Coarse sand (m³)", "sack", 450), ("หินคลุก", "Crushed stone", "sack", 390), ("เหล็กเส้น DB12", "Rebar DB12", "rebar", 189)],
    colours=("#9e9e9e",))
fam("rebar", "24-2559", "เหล็กข้ออ้อย", "deformed steel bar", "rebar", ["วัสดุก่อสร้าง", "เหล็ก"], ["Building materials", "Steel"], 189,
    specs=[("ขนาด", "Size", "DB12 (12 mm)"), ("ชั้นคุณภาพ", "Grade", "SD40"), ("ความยาว", "Length", "10 เมตร / 10 m"), ("น้ำหนัก", "Weight", "8.88 กก./เส้น")],
    pts_th=["เหล็กเต็ม ไม่ใช่เหล็กเบา", "มีใบรับรองผลทดสอบจากโรงงาน", "บริการตัดดัดตามแบบ"],
    pts_en=["Full-weight bar", "Mill test certificate available", "Cut and bend to drawing"],
    rv_th=["ชั่งน้ำหนักแล้วเต็ม", "ส่งถึงไซต์งาน"], rv_en=["Weighed it, full weight", "Delivered to site"],
    rel=[("ลวดผูกเหล็ก", "Tie wire", "box", 69), ("เหล็กเส้นกลม RB9", "Round bar RB9", "rebar", 89), ("ปูนซีเมนต์ 50 กก.", "Cement 50 kg", "sack", 145)],
    var=("ขนาด", "Size", ["DB12", "DB16", "DB20"]), colours=("#795548",))
fam("pvcpipe", "17-2561", "ท่อพีวีซีน้ำดื่ม", "PVC water pipe", "pipe", ["วัสดุก่อสร้าง", "ท่อและข้อต่อ"], ["Building materials", "Pipes"], 89,
    specs=[("ขนาด", "Size", "1/2 นิ้ว (18 mm)"), ("ชั้นคุณภาพ", "Class", "ชั้น 13.5"), ("ความยาว", "Length", "4 เมตร / 4 m"), ("สี", "Colour", "ฟ้า / blue")],
    pts_th=["ท่อประปาสำหรับน้ำดื่ม", "ผนังหนา ทนแรงดัน", "ต่อกับข้อต่อพีวีซีมาตรฐาน"],
    pts_en=["Pipe for drinking-water supply", "Thick pressure-rated wall", "Fits standard PVC fittings"],
    rv_th=["ท่อหนาดี", "ส่งพร้อมข้อต่อ"], rv_en=["Good thick pipe", "Came with fittings"],
    rel=[("ข้องอ 90 องศา", "90° elbow", "pipe", 8), ("กาวทาท่อ", "PVC cement", "can", 45), ("เทปพันเกลียว", "PTFE tape", "roll", 15)],
    var=("ขนาด", "Size", ["1/2 นิ้ว", "3/4 นิ้ว", "1 นิ้ว"]), colours=("#42a5f5",))
fam("glass", "965-2560", "กระจกเทมเปอร์", "tempered glass panel", "glass", ["วัสดุก่อสร้าง", "กระจก"], ["Building materials", "Glass"], 1850,
    specs=[("ความหนา", "Thickness", "10 mm"), ("ขนาด", "Size", "ตัดตามสั่ง / cut to size"), ("การใช้งาน", "Use", "ฉากกั้นอาบน้ำ ประตู ราวกันตก")],
    pts_th=["กระจกนิรภัยเทมเปอร์ แข็งแรงกว่ากระจกธรรมดา 4 เท่า", "แตกเป็นเม็ดเล็ก ไม่เป็นปากฉลาม", "เจียรขอบ เจาะรูตามแบบ"],
    pts_en=["Toughened glass, four times stronger", "Breaks into small granules", "Polished edges, drilled to drawing"],
    rv_th=["ตัดขนาดตรงเป๊ะ", "ติดตั้งฉากกั้นอาบน้ำสวย"], rv_en=["Cut exactly to size", "Shower screen looks great"],
    rel=[("บานพับกระจก", "Glass hinge", "box", 490), ("ซิลิโคนยาแนว", "Silicone sealant", "can", 129), ("มือจับประตูกระจก", "Glass door handle", "box", 390)],
    var=("ความหนา", "Thickness", ["8 mm", "10 mm", "12 mm"]), colours=("#b3e5fc",))
fam("dispenser", "2461-2565", "ตู้กดน้ำร้อนน้ำเย็น", "hot and cold water dispenser", "fridge", ["เครื่องใช้ไฟฟ้าในบ้าน", "ตู้กดน้ำ"], ["Home appliances", "Water dispensers"], 3290,
    specs=[("ระบบ", "Type", "ถังคว่ำ น้ำร้อน-น้ำเย็น / top-load hot & cold"), ("กำลังไฟทำความร้อน", "Heating power", "500W"), ("ทำความเย็น", "Cooling", "คอมเพรสเซอร์"), ("ก๊อก", "Taps", "2 ก๊อก มีล็อกน้ำร้อนกันเด็ก")],
    pts_th=["น้ำเย็นจัดและน้ำร้อนพร้อมชงตลอดวัน", "ล็อกก๊อกน้ำร้อนกันเด็ก", "ถาดรองน้ำถอดล้างได้"],
    pts_en=["Chilled and hot water all day", "Child lock on the hot tap", "Removable drip tray"],
    rv_th=["น้ำเย็นเร็ว", "ใช้ในออฟฟิศดีมาก"], rv_en=["Cools quickly", "Great for the office"],
    rel=[("ถังน้ำดื่ม 18.9 ลิตร", "18.9 L water bottle", "bottle", 120), ("แก้วกระดาษ", "Paper cups", "mug", 59), ("ปั๊มน้ำดื่มไฟฟ้า", "Electric bottle pump", "box", 199)],
    colours=("#fafafa",))
fam("clothesdryer", "1389-2559", "เครื่องอบผ้า", "tumble dryer", "appliance", ["เครื่องใช้ไฟฟ้าในบ้าน", "เครื่องอบผ้า"], ["Home appliances", "Dryers"], 8990,
    specs=[("ความจุ", "Capacity", "8 kg"), ("ระบบ", "Type", "ระบายอากาศ / vented"), ("กำลังไฟ", "Power", "2100W"), ("โปรแกรม", "Programmes", "15")],
    pts_th=["ผ้าแห้งไว ไม่ต้องรอแดด", "เซนเซอร์ความชื้น หยุดเองเมื่อผ้าแห้ง", "ลดรอยยับ"],
    pts_en=["Dry clothes without the sun", "Moisture sensor stops when dry", "Anti-crease"],
    rv_th=["หน้าฝนช่วยได้มาก", "ผ้านุ่ม"], rv_en=["Life saver in rainy season", "Soft laundry"],
    rel=[("ขาตั้งซ้อนเครื่องอบผ้า", "Stacking kit", "box", 990), ("ลูกบอลอบผ้า", "Dryer balls", "box", 129), ("ตะกร้าผ้า", "Laundry basket", "box", 159)],
    colours=("#fafafa",))
fam("alcoholfuel", "950-2547", "แอลกอฮอล์แข็ง", "solid alcohol fuel", "can", ["บ้านและสวน", "อุปกรณ์จัดเลี้ยง", "เชื้อเพลิง"], ["Home", "Catering", "Fuel"], 259,
    specs=[("ขนาด", "Size", "ถ้วยละ 150 กรัม / 150 g cups"), ("จำนวน", "Pack", "24 ถ้วย / 24 cups"), ("ระยะเวลาเผาไหม้", "Burn time", "ประมาณ 2 ชั่วโมง / ca. 2 h")],
    pts_th=["เชื้อเพลิงก้อนสำหรับอุ่นอาหารบุฟเฟ่ต์ หม้อไฟ", "ไฟนิ่ง ไม่มีกลิ่นฉุน", "ยกลัง 24 ถ้วย"],
    pts_en=["Fuel cups for buffet warmers and hot pots", "Steady flame, low odour", "Case of 24"],
    rv_th=["ติดไฟง่าย อยู่นาน", "ใช้งานจัดเลี้ยงประจำ"], rv_en=["Lights easily, lasts long", "We use it for every event"],
    rel=[("ถาดอุ่นอาหารบุฟเฟ่ต์", "Chafing dish", "stockpot", 890), ("หม้อไฟสแตนเลส", "Stainless hot pot", "pot", 290), ("ไฟแช็กหัวยาว", "Long lighter", "lighter", 59)],
    colours=("#80deea",))
fam("gloves", "1056 เล่ม 1-2556", "ถุงมือยางตรวจโรค", "medical examination gloves", "gloves", ["สุขภาพและความงาม", "อุปกรณ์การแพทย์", "ถุงมือ"], ["Health", "Medical supplies", "Gloves"], 159,
    specs=[("วัสดุ", "Material", "ยางธรรมชาติ (ลาเท็กซ์) / natural latex"), ("ชนิด", "Type", "มีแป้ง ใช้ครั้งเดียว / powdered, single use"), ("จำนวน", "Pack", "100 ชิ้น/กล่อง"), ("ขนาด", "Size", "S / M / L")],
    pts_th=["ถุงมือตรวจโรคสำหรับคลินิกและโรงพยาบาล", "ยืดหยุ่น กระชับมือ", "กล่องละ 100 ชิ้น"],
    pts_en=["Examination gloves for clinics and hospitals", "Elastic, snug fit", "100 per box"],
    rv_th=["ใส่สบาย ไม่ขาดง่าย", "ใช้ที่คลินิกทันตกรรม"], rv_en=["Comfortable, tear resistant", "We use them at our dental clinic"],
    rel=[("หน้ากากอนามัย 50 ชิ้น", "Face masks 50 pcs", "pouch", 89), ("เจลล้างมือ", "Hand gel", "bottle", 59), ("ถุงมือไนไตรล์", "Nitrile gloves", "gloves", 199)],
    var=("ขนาด", "Size", ["S", "M", "L"]), colours=("#fff3e0",))

# ---------------------------------------------------------------- products no compulsory standard covers
fam("tshirt", None, "เสื้อยืดคอกลม", "cotton T-shirt", "shirt", ["แฟชั่นผู้ชาย", "เสื้อยืด"], ["Men's fashion", "T-shirts"], 199,
    specs=[("ผ้า", "Fabric", "Cotton 100% (32s)"), ("ทรง", "Fit", "Regular"), ("ไซซ์", "Sizes", "S 36\" / M 38\" / L 40\" / XL 42\"")],
    pts_th=["ผ้าคอตตอนนุ่ม ระบายอากาศดี", "ซักแล้วไม่ย้วย", "สกรีนลายคมชัด"],
    pts_en=["Soft breathable cotton", "Keeps its shape after washing", "Sharp screen print"],
    rv_th=["ผ้านุ่มมาก ใส่สบาย", "ไซซ์ตรงตามตาราง"], rv_en=["Very soft", "True to size"],
    rel=[("กางเกงขาสั้น", "Shorts", "shirt", 249), ("เสื้อโปโล", "Polo shirt", "shirt", 299), ("ถุงเท้า 5 คู่", "Socks 5 pairs", "pouch", 99)],
    var=("ไซซ์", "Size", ["S", "M", "L", "XL"]), colours=("#37474f", "#eeeeee", "#1e88e5"))
fam("phonecase", None, "เคสโทรศัพท์", "phone case", "phonecase", ["มือถือและอุปกรณ์เสริม", "เคสมือถือ"], ["Mobile & Gadgets", "Phone cases"], 99,
    specs=[("วัสดุ", "Material", "ซิลิโคน TPU / TPU silicone"), ("รุ่นที่รองรับ", "Fits", "หลายรุ่น เลือกในตัวเลือก / see options"), ("คุณสมบัติ", "Features", "กันกระแทกมุม / corner protection")],
    pts_th=["ซิลิโคนนิ่ม กันกระแทก", "ขอบยกกันกล้องเป็นรอย", "สีไม่เหลืองง่าย"],
    pts_en=["Soft shock-absorbing TPU", "Raised lip protects the camera", "Anti-yellowing"],
    rv_th=["ใส่พอดีเป๊ะ", "สีสวยเหมือนรูป"], rv_en=["Perfect fit", "Colour as pictured"],
    rel=[("ฟิล์มกระจกกันรอย", "Screen protector", "glass", 59), ("สายคล้องมือถือ", "Phone lanyard", "cable", 79), ("ขาตั้งมือถือ", "Phone stand", "box", 99)],
    var=("สี", "Colour", ["ดำ", "ม่วง", "ใส"]), colours=("#7e57c2", "#263238"))
fam("book", None, "หนังสือตำราอาหาร", "cookbook", "book", ["หนังสือ", "อาหารและเครื่องดื่ม"], ["Books", "Food & drink"], 295,
    specs=[("ผู้เขียน", "Author", "ครัวคุณย่าจันทร์ (นามแฝง)"), ("จำนวนหน้า", "Pages", "208"), ("ISBN", "ISBN", "978-616-99999-07-3"), ("ปก", "Cover", "ปกอ่อน / paperback")],
    pts_th=["รวม 80 เมนูอาหารไทยโบราณ", "ภาพสี่สีทุกหน้า", "ขั้นตอนละเอียด ทำตามง่าย"],
    pts_en=["80 classic Thai recipes", "Full colour throughout", "Clear step-by-step methods"],
    rv_th=["สูตรแม่นมาก", "ภาพสวย"], rv_en=["Recipes work every time", "Beautiful photos"],
    rel=[("หนังสือขนมไทย", "Thai desserts book", "book", 259), ("สมุดจดสูตรอาหาร", "Recipe notebook", "book", 89), ("ผ้ากันเปื้อน", "Apron", "shirt", 159)],
    var=("ปก", "Cover", ["ปกอ่อน"]), colours=("#8d6e63",))
fam("lipstick", None, "ลิปสติก", "lipstick", "lipstick", ["สุขภาพและความงาม", "เครื่องสำอาง", "ลิปสติก"], ["Health & Beauty", "Makeup", "Lipstick"], 259,
    specs=[("เนื้อ", "Finish", "แมตต์ / matte"), ("ปริมาณ", "Net weight", "3.5 g"), ("วันหมดอายุ", "Expiry", "06/2029")],
    pts_th=["สีชัดติดทนนาน 12 ชั่วโมง", "ไม่ทำให้ปากแห้ง", "ไม่ติดแมสก์"],
    pts_en=["Bold colour lasts 12 hours", "Non-drying", "Mask-proof"],
    rv_th=["สีสวยมาก ติดทน", "เนื้อบางเบา"], rv_en=["Gorgeous colour, lasts", "Lightweight"],
    rel=[("ลิปบาล์ม", "Lip balm", "lipstick", 99), ("แป้งพัฟ", "Pressed powder", "box", 199), ("มาสคาร่า", "Mascara", "lipstick", 229)],
    var=("เฉดสี", "Shade", ["01 Rose", "02 Brick", "03 Nude"]), colours=("#c2185b", "#8d3b2f"))
fam("driedmango", None, "มะม่วงอบแห้ง", "dried mango", "food", ["อาหารและเครื่องดื่ม", "ขนมและของว่าง"], ["Food & drink", "Snacks"], 120,
    specs=[("น้ำหนัก", "Net weight", "500 g"), ("ส่วนประกอบ", "Ingredients", "มะม่วงน้ำดอกไม้ น้ำตาล"), ("วันหมดอายุ", "Best before", "ดูที่ถุง / see pack")],
    pts_th=["มะม่วงน้ำดอกไม้ อบแห้งหวานน้อย", "ถุงซิปล็อกเก็บง่าย", "ของฝากยอดนิยม"],
    pts_en=["Nam Dok Mai mango, less sugar", "Resealable pouch", "Popular souvenir"],
    rv_th=["หวานกำลังดี", "เนื้อนุ่ม"], rv_en=["Not too sweet", "Soft and chewy"],
    rel=[("ทุเรียนทอด", "Durian chips", "food", 190), ("กล้วยตาก", "Sun-dried banana", "food", 89), ("มะขามแช่อิ่ม", "Candied tamarind", "food", 99)],
    colours=("#ffb300",))
fam("chair", None, "เก้าอี้ไม้", "wooden chair", "chair", ["บ้านและสวน", "เฟอร์นิเจอร์", "เก้าอี้"], ["Home", "Furniture", "Chairs"], 890,
    specs=[("วัสดุ", "Material", "ไม้ยางพารา / rubberwood"), ("ขนาด", "Size", "45 x 50 x 82 cm"), ("รับน้ำหนัก", "Max load", "120 kg"), ("การประกอบ", "Assembly", "ประกอบเอง / self-assembly")],
    pts_th=["ไม้จริงทั้งตัว แข็งแรง", "เคลือบสีธรรมชาติ", "ประกอบง่ายด้วยประแจที่แถม"],
    pts_en=["Solid wood", "Natural finish", "Easy assembly, tools included"],
    rv_th=["แข็งแรง ไม่โยก", "ไม้สวย"], rv_en=["Sturdy, no wobble", "Lovely wood"],
    rel=[("โต๊ะกินข้าวไม้", "Wooden dining table", "chair", 2990), ("เบาะรองนั่ง", "Seat cushion", "pouch", 159), ("ชั้นวางของไม้", "Wooden shelf", "box", 690)],
    var=("สี", "Colour", ["ไม้ธรรมชาติ", "วอลนัท"]), colours=("#a1887f",))
fam("totebag", None, "กระเป๋าผ้าแคนวาส", "canvas tote bag", "bag", ["แฟชั่นผู้หญิง", "กระเป๋า"], ["Women's fashion", "Bags"], 159,
    specs=[("วัสดุ", "Material", "ผ้าแคนวาส 12 ออนซ์ / 12 oz canvas"), ("ขนาด", "Size", "38 x 40 x 10 cm"), ("ช่องใส่ของ", "Pockets", "ช่องในมีซิป 1 ช่อง")],
    pts_th=["ผ้าหนา ใส่โน้ตบุ๊กได้", "มีช่องซิปด้านใน", "สายสะพายยาวสะพายไหล่ได้"],
    pts_en=["Thick canvas fits a laptop", "Inner zip pocket", "Long shoulder straps"],
    rv_th=["ผ้าหนาดี ใส่ของได้เยอะ", "ลายสวย"], rv_en=["Thick and roomy", "Nice print"],
    rel=[("กระเป๋าสตางค์", "Wallet", "pouch", 199), ("กระเป๋าเป้", "Backpack", "bag", 490), ("พวงกุญแจ", "Keyring", "keychain", 59)],
    var=("สี", "Colour", ["ครีม", "ดำ", "เขียวมะกอก"]), colours=("#efe6d2", "#556b2f"))
fam("pbcase", None, "ซองใส่พาวเวอร์แบงค์", "power bank pouch", "pouch", ["มือถือและอุปกรณ์เสริม", "กระเป๋าใส่อุปกรณ์"], ["Mobile & Gadgets", "Gadget pouches"], 79,
    specs=[("วัสดุ", "Material", "ผ้าไนลอนกันน้ำ บุฟองน้ำ / padded nylon"), ("ขนาดภายใน", "Inner size", "16 x 9 x 3 cm"), ("ช่อง", "Pockets", "ช่องตาข่ายใส่สาย")],
    pts_th=["ใส่พาวเวอร์แบงค์ 10000-20000mAh ได้", "บุฟองน้ำกันกระแทก", "มีช่องเก็บสายชาร์จ"],
    pts_en=["Fits 10000-20000mAh power banks", "Padded against knocks", "Mesh pocket for cables"],
    rv_th=["ใส่แบตสำรองพอดี", "ผ้าดี ซิปลื่น"], rv_en=["My power bank fits perfectly", "Good zip"],
    rel=[("พาวเวอร์แบงค์ 10000mAh", "10000mAh power bank", "powerbank", 399), ("สายชาร์จ 3 in 1", "3-in-1 cable", "cable", 99), ("กระเป๋าจัดระเบียบสายไฟ", "Cable organiser bag", "pouch", 129)],
    var=("สี", "Colour", ["ดำ", "เทา", "กรม"]), colours=("#455a64",))
fam("helmetsticker", None, "สติ๊กเกอร์ติดหมวกกันน็อค", "helmet sticker set", "sticker", ["ยานยนต์", "ของแต่งรถ", "สติ๊กเกอร์"], ["Automotive", "Accessories", "Stickers"], 49,
    specs=[("วัสดุ", "Material", "ไวนิลสะท้อนแสง / reflective vinyl"), ("จำนวน", "Pack", "12 ชิ้น / 12 pcs"), ("ขนาด", "Size", "3-7 cm")],
    pts_th=["ลายการ์ตูนน่ารัก สะท้อนแสงตอนกลางคืน", "กันน้ำ ไม่ลอกง่าย", "ติดหมวกกันน็อค รถ กระเป๋าได้"],
    pts_en=["Cute reflective cartoon designs", "Waterproof, long lasting", "For helmets, bikes and bags"],
    rv_th=["ติดหมวกแล้วน่ารักมาก", "สะท้อนแสงดีจริง"], rv_en=["Looks cute on my helmet", "Really reflective"],
    rel=[("หมวกกันน็อคครึ่งใบ", "Open-face helmet", "helmet", 590), ("สติ๊กเกอร์ติดรถ", "Car sticker", "sticker", 39), ("ชิลด์หมวก", "Helmet visor", "helmet", 250)],
    var=("ลาย", "Design", ["แมว", "ไดโนเสาร์", "ดอกไม้"]), colours=("#ff80ab",))
fam("keychain", None, "พวงกุญแจโลหะรูปหุ่นยนต์ (ของสะสม)", "die-cast robot keyring (collectible)", "keychain", ["งานอดิเรกและของสะสม", "พวงกุญแจ"], ["Hobbies & Collectibles", "Keyrings"], 159,
    specs=[("วัสดุ", "Material", "โลหะซิงค์อัลลอยด์ / zinc alloy"), ("ขนาด", "Size", "5.5 cm"), ("ห่วง", "Ring", "สแตนเลส"), ("เหมาะสำหรับ", "For", "ผู้ใหญ่ อายุ 15 ปีขึ้นไป / adults 15+")],
    pts_th=["ของสะสมสำหรับผู้ใหญ่ ไม่ใช่ของเล่น ไม่เหมาะสำหรับเด็ก", "โลหะหนัก ขัดเงา", "ใส่กล่องของขวัญ"],
    pts_en=["Adult collectible keyring, not a toy and not for children", "Heavy polished metal", "Gift boxed"],
    rv_th=["งานละเอียดมาก", "ห้อยกระเป๋าสวย"], rv_en=["Great detail", "Looks great on my bag"],
    rel=[("ฟิกเกอร์สะสม", "Collectible figure", "keychain", 890), ("กล่องโชว์อะคริลิก", "Acrylic display case", "box", 259), ("พวงกุญแจหนัง", "Leather keyring", "keychain", 129)],
    colours=("#90a4ae",))
fam("bikehelmet", None, "หมวกจักรยาน", "bicycle helmet", "bikehelmet", ["กีฬาและกิจกรรมกลางแจ้ง", "จักรยาน", "หมวกจักรยาน"], ["Sports & Outdoors", "Cycling", "Helmets"], 790,
    specs=[("ประเภท", "Type", "หมวกปั่นจักรยานเสือหมอบ / road cycling"), ("น้ำหนัก", "Weight", "260 g"), ("รอบศีรษะ", "Fit", "54-61 cm ปรับได้"), ("ช่องระบายอากาศ", "Vents", "18")],
    pts_th=["เบาสบาย ระบายอากาศดี สำหรับปั่นจักรยาน", "ไม่ใช่หมวกสำหรับขี่รถจักรยานยนต์", "ไฟท้าย LED ในตัว"],
    pts_en=["Light, airy helmet for cycling", "Not for motorcycle use", "Built-in rear LED"],
    rv_th=["เบามาก ปั่นร้อยกิโลไม่เมื่อยคอ", "ไฟท้ายสว่าง"], rv_en=["Feather light", "Bright rear light"],
    rel=[("ถุงมือปั่นจักรยาน", "Cycling gloves", "gloves", 290), ("ไฟหน้าจักรยาน", "Bike front light", "bulb", 390), ("ขวดน้ำจักรยาน", "Bike bottle", "bottle", 129)],
    var=("สี", "Colour", ["ขาว", "ดำด้าน", "แดง"]), colours=("#eeeeee", "#d32f2f"))
fam("tumbler", None, "แก้วเก็บความเย็นสแตนเลส", "stainless steel tumbler", "bottle", ["บ้านและสวน", "แก้วและขวดน้ำ"], ["Home", "Drinkware"], 290,
    specs=[("ความจุ", "Capacity", "30 oz (890 ml)"), ("วัสดุ", "Material", "สแตนเลส 304 ผนังสองชั้น สุญญากาศ"), ("เก็บความเย็น", "Keeps cold", "24 ชม.")],
    pts_th=["เก็บเย็นนาน น้ำแข็งไม่ละลาย", "ไม่มีไอน้ำเกาะ", "ฝาปิดพร้อมหลอด"],
    pts_en=["Ice lasts all day", "No condensation", "Lid with straw"],
    rv_th=["น้ำแข็งอยู่ถึงเย็น", "สีสวย"], rv_en=["Ice still there in the evening", "Lovely colours"],
    rel=[("หลอดสแตนเลส", "Steel straws", "box", 59), ("ปลอกแก้วหนัง", "Leather sleeve", "pouch", 99), ("ขวดน้ำพกพา", "Water bottle", "bottle", 199)],
    var=("สี", "Colour", ["ครีม", "เขียวมิ้นต์", "ดำ"]), colours=("#a5d6a7", "#efebe9"))
fam("vacuumflask", None, "กระติกน้ำร้อนสุญญากาศ (ไม่ใช้ไฟฟ้า)", "vacuum flask (non-electric)", "bottle", ["บ้านและสวน", "แก้วและขวดน้ำ", "กระติกน้ำ"], ["Home", "Drinkware", "Flasks"], 350,
    specs=[("ความจุ", "Capacity", "1.5 ลิตร"), ("วัสดุ", "Material", "สแตนเลส 304 สองชั้น"), ("เก็บความร้อน", "Keeps hot", "12 ชั่วโมง"), ("การใช้งาน", "Power", "ไม่ใช้ไฟฟ้า / no electricity")],
    pts_th=["กระติกเก็บความร้อน-ความเย็น ไม่ต้องเสียบปลั๊ก", "ฝาเกลียวกันรั่ว", "พกไปแคมป์ปิ้งได้"],
    pts_en=["Keeps drinks hot or cold, no plug needed", "Leak-proof screw lid", "Great for camping"],
    rv_th=["ร้อนถึงเช้า", "หูหิ้วแข็งแรง"], rv_en=["Still hot next morning", "Sturdy handle"],
    rel=[("แก้วกาแฟพกพา", "Travel mug", "mug", 190), ("กระติกน้ำเด็ก", "Kids bottle", "bottle", 159), ("ชุดชงชาพกพา", "Travel tea set", "box", 390)],
    colours=("#b0bec5",))
fam("usbcable", None, "สายชาร์จ USB-C", "USB-C charging cable", "cable", ["มือถือและอุปกรณ์เสริม", "สายชาร์จ"], ["Mobile & Gadgets", "Cables"], 99,
    specs=[("หัวต่อ", "Connectors", "USB-C to USB-C"), ("ความยาว", "Length", "1 m / 2 m"), ("กำลังสูงสุด", "Max power", "60W (20V 3A)"), ("วัสดุ", "Jacket", "ไนลอนถัก / braided nylon")],
    pts_th=["ชาร์จเร็ว PD 60W", "ถักไนลอนทนทาน งอได้ 20,000 ครั้ง", "ส่งข้อมูล 480Mbps"],
    pts_en=["60W PD fast charging", "Braided, 20,000 bend test", "480Mbps data"],
    rv_th=["ชาร์จไว สายแข็งแรง", "ยาวกำลังดี"], rv_en=["Fast and sturdy", "Good length"],
    rel=[("หัวชาร์จ 65W", "65W charger", "plug", 590), ("พาวเวอร์แบงค์ 20000mAh", "20000mAh power bank", "powerbank", 590), ("ที่เก็บสาย", "Cable clips", "box", 39)],
    var=("ความยาว", "Length", ["1 m", "2 m"]), colours=("#212121", "#e0e0e0"))
fam("yogamat", None, "เสื่อโยคะ", "yoga mat", "mat", ["กีฬาและกิจกรรมกลางแจ้ง", "โยคะและพิลาทิส"], ["Sports & Outdoors", "Yoga"], 390,
    specs=[("วัสดุ", "Material", "TPE"), ("ขนาด", "Size", "183 x 61 cm"), ("ความหนา", "Thickness", "6 mm / 8 mm")],
    pts_th=["กันลื่นสองด้าน", "หนานุ่มรองรับข้อต่อ", "แถมสายรัดและถุงใส่"],
    pts_en=["Non-slip on both sides", "Cushions your joints", "Strap and bag included"],
    rv_th=["ไม่ลื่นจริง", "ไม่มีกลิ่นยาง"], rv_en=["Really grippy", "No rubber smell"],
    rel=[("บล็อกโยคะ", "Yoga block", "box", 129), ("ยางยืดออกกำลังกาย", "Resistance band", "cable", 99), ("ขวดน้ำกีฬา", "Sports bottle", "bottle", 159)],
    var=("สี", "Colour", ["ม่วง", "เขียว", "เทา"]), colours=("#9575cd", "#81c784"))
fam("mug", None, "แก้วมัคเซรามิก", "ceramic mug", "mug", ["บ้านและสวน", "แก้วและขวดน้ำ"], ["Home", "Drinkware"], 129,
    specs=[("ความจุ", "Capacity", "350 ml"), ("วัสดุ", "Material", "เซรามิกเคลือบ / glazed stoneware"), ("ไมโครเวฟ", "Microwave", "ได้ / yes")],
    pts_th=["ลายวาดมือ ไม่ซ้ำกัน", "เคลือบเงา ล้างง่าย", "ของขวัญน่ารัก"],
    pts_en=["Hand-painted, each one unique", "Glossy glaze, easy to wash", "Lovely gift"],
    rv_th=["ลายน่ารักมาก", "ห่อมาดี ไม่แตก"], rv_en=["So cute", "Well packed"],
    rel=[("จานรองแก้ว", "Coasters", "plate", 59), ("ช้อนชงกาแฟ", "Coffee spoons", "box", 49), ("กาแฟดริป", "Drip coffee bags", "food", 129)],
    var=("ลาย", "Design", ["แมว", "ดอกไม้", "ภูเขา"]), colours=("#ffe0b2", "#b2dfdb"))

# ---------------------------------------------------------------- listings whose product cannot be identified
fam("mysterybox", None, "กล่องสุ่มแกดเจ็ต", "gadget mystery box", "box", ["งานอดิเรกและของสะสม", "กล่องสุ่ม"], ["Hobbies & Collectibles", "Mystery boxes"], 199,
    specs=[("ขนาดกล่อง", "Box size", "20 x 15 x 10 cm"), ("จำนวนต่อกล่อง", "Items", "1 ชิ้น (สุ่ม)"), ("เงื่อนไข", "Terms", "ไม่รับเปลี่ยนคืนทุกกรณี")],
    pts_th=["ลุ้นของในกล่อง มูลค่าสูงสุด 2,000 บาท", "ของในกล่องสุ่มจากสินค้าไอทีหลายประเภท ไม่สามารถเลือกได้", "ถ่ายคลิปตอนแกะกล่องเพื่อรับสิทธิ์ลุ้นรางวัล"],
    pts_en=["Win items worth up to ฿2,000", "Contents are drawn at random from many kinds of gadgets; no choice", "Film your unboxing to join the prize draw"],
    rv_th=["ลุ้นสนุกดี", "รอบนี้ได้ของเล็กๆ แต่ก็โอเค"], rv_en=["Fun to open", "Got something small this time"],
    rel=[("กล่องสุ่มเครื่องสำอาง", "Beauty mystery box", "box", 299), ("กล่องสุ่มของเล่น", "Toy mystery box", "box", 159), ("กล่องสุ่มเสื้อผ้า", "Clothes mystery box", "box", 259)],
    var=("ระดับ", "Tier", ["Silver", "Gold"]), colours=("#ffca28", "#8e24aa"))
fam("livecode", None, "สินค้าตามรหัสไลฟ์", "live-stream item code", "box", ["ไลฟ์สด", "สินค้าไลฟ์"], ["Live", "Live items"], 199,
    specs=[("รหัส", "Code", "A12"), ("เงื่อนไข", "Terms", "เฉพาะลูกค้าที่ CF ในไลฟ์")],
    pts_th=["ราคาพิเศษเฉพาะในไลฟ์", "กดสั่งตามรหัสที่แม่ค้าแจ้งในไลฟ์เท่านั้น", "โอนภายใน 24 ชม. หลัง CF"],
    pts_en=["Special live price", "Order only by the code announced in the live", "Pay within 24 h of confirming"],
    rv_th=["ได้ของแล้วค่ะ", "CF รหัส A12 ค่ะ"], rv_en=["Got it, thanks", "CF A12 please"],
    rel=[("รหัส A10", "Code A10", "box", 159), ("รหัส A11", "Code A11", "box", 259), ("รหัส B03", "Code B03", "box", 99)],
    var=("รหัส", "Code", ["A12"]), colours=("#bdbdbd",))


FORBIDDEN_IN_FAMILY = ("มอก", "สมอ", "TIS", "ใบอนุญาต", "licen", "Licen")


def check_families() -> None:
    """Family text must not carry standard/licence facts (cases add those explicitly)."""
    for f in F.values():
        blob = " ".join([f.th, f.en, *f.pts_th, *f.pts_en, *f.rv_th, *f.rv_en, *(" ".join(s) for s in f.specs), *(r[0] + r[1] for r in f.rel)])
        for word in FORBIDDEN_IN_FAMILY:
            if word in blob:
                raise ValueError(f"family {f.key} mentions {word!r}")
