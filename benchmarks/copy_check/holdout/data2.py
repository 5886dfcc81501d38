# Musical instruments; bedding & bath.
from common import P, O, X, D

MUS = "Arts & Entertainment > Hobbies & Creative Arts > Musical Instruments"
MACC = "Arts & Entertainment > Hobbies & Creative Arts > Musical Instrument & Orchestra Accessories"
P("alder-ridge-d10-dreadnought", "Alder Ridge D-10 Dreadnought Acoustic Guitar", "Alder Ridge", "Acoustic Guitar",
  MUS + " > String Instruments > Guitars", "guitar, acoustic, dreadnought", "329.00", 2300,
  body="<p>Comes with a padded gig bag. Factory-installed phosphor bronze light strings (.012–.053).</p>",
  attrs={"material": "Solid Sitka spruce top; laminated mahogany back and sides", "scale_length": "25.5 in",
         "strings": "6", "finish": "Satin", "warranty": "Limited lifetime"},
  opts=[("Color", ["Natural", "Sunburst"])],
  copies=[
    O("en", "Solid Sitka spruce top over laminated mahogany back and sides, with a 25.5-inch (about 648 mm) scale and a satin finish. Padded gig bag included.",
      note="conversion 25.5 in = 647.7 mm"),
    X("en", "Alder Ridge D-10: an all-solid spruce and mahogany dreadnought with a satin finish. Big, warm, room-filling tone.",
      [("material", "all-solid spruce and mahogany", "Material: Solid Sitka spruce top; laminated mahogany back and sides", "material")]),
    X("zh", "Alder Ridge D-10民谣吉他，云杉单板面板，原木色、日落色和黑色三色可选，附赠加厚琴包。",
      [("colour_variant", "黑色", "Colors: Natural, Sunburst", "variants")]),
    O("zh", "云杉单板面板，桃花心木合板背侧板，哑光漆面，弦长25.5英寸。出厂装磷铜轻型弦，附赠加厚琴包。"),
  ])

P("kaimana-concert-ukulele", "Kaimana Concert Ukulele", "Kaimana", "Ukulele",
  MUS + " > String Instruments > Ukuleles", "ukulele, concert, beginner", "89.00", 900,
  body="<p>23-inch concert size. Includes gig bag, clip-on tuner and spare strings.</p>",
  attrs={"material": "Mahogany top, back and sides (laminate)", "strings": "4 (Aquila Nylgut)", "scale_length": "15 in", "tuning": "GCEA"},
  copies=[
    O("en", "23-inch concert ukulele in mahogany laminate, with Aquila Nylgut strings tuned GCEA. Gig bag, clip-on tuner and spare strings included."),
    X("en", "Step up from soprano: this 26-inch concert uke has a mahogany body and Nylgut strings for a warm, round voice.",
      [("number_unit", "26-inch", "23-inch concert size", "description")]),
    X("zh", "Kaimana尤克里里，23寸，桃花心木全单板，音色温暖通透。附送琴包、调音器和备用弦。",
      [("material", "桃花心木全单板", "Material: Mahogany top, back and sides (laminate)", "material")]),
    O("zh", "23寸（约58厘米）桃花心木合板尤克里里，Aquila Nylgut琴弦，标准GCEA定弦；送琴包、夹式调音器和备用弦。",
      note="conversion 23 in = 58.4 cm; 合板 = laminate"),
    X("en", "{{product_title}}: the perfect first ukulele. Mahogany body, Nylgut strings, and everything you need to start strumming.",
      [("placeholder", "{{product_title}}", "unfilled template variable", "copy")]),
  ])

P("ridgeway-phosphor-bronze-light", "Ridgeway Phosphor Bronze Acoustic Strings, Light", "Ridgeway", "Guitar Strings",
  MACC + " > String Instrument Accessories > Guitar Accessories > Guitar Strings", "strings, acoustic", "8.99", 45,
  body="<p>Not for classical (nylon-string) guitars.</p>",
  attrs={"material": "Phosphor bronze wound on hex steel core", "gauge": ".012–.053", "pieces": "6 strings per set",
         "compatible_with": "Steel-string acoustic guitars"},
  opts=[("Pack", ["Single set", "3 sets"])], prices={"Single set": "8.99", "3 sets": "23.99"},
  copies=[
    O("en", "Light gauge .012–.053 phosphor bronze for steel-string acoustics. Grab a single set or a 3-pack."),
    X("en", "Bright, balanced and long-lasting. Ridgeway light strings work on steel-string acoustics and classical guitars alike.",
      [("compatibility", "and classical guitars alike", "Not for classical (nylon-string) guitars; compatible with steel-string acoustic guitars", "compatible_with")]),
    X("zh", "Ridgeway磷铜民谣吉他弦，超轻规格.010–.047，按弦更省力。适用于钢弦民谣吉他。",
      [("number_unit", ".010–.047", "Gauge: .012–.053", "gauge")]),
    O("zh", "磷铜缠绕、六角钢芯，轻型.012–.053，适用于钢弦民谣吉他（古典吉他不适用）。有单套和三套装。"),
  ])

P("thunderbeat-5a-hickory-sticks", "Thunderbeat 5A Hickory Drumsticks", "Thunderbeat", "Drumsticks",
  MACC + " > Percussion Accessories > Drum Sticks", "drumsticks, 5A, hickory", "11.50", {"1 pair": 90, "4 pairs": 360},
  attrs={"material": "American hickory", "tip": "Wood tip", "length": "16 in", "diameter": "0.565 in", "pieces": "1 pair"},
  opts=[("Pack", ["1 pair", "4 pairs"])], prices={"1 pair": "11.50", "4 pairs": "39.00"},
  copies=[
    O("en", "Classic 5A: 16 inches long and 0.565 in across (about 14.4 mm), turned from American hickory with wood tips.",
      note="conversion 0.565 in = 14.35 mm"),
    X("en", "Classic 5A size, 16 inches long. Thunderbeat 5A drumsticks in lightweight maple with nylon tips for a bright ride sound.",
      [("material", "lightweight maple", "Material: American hickory", "material"), ("material", "nylon tips", "Tip: Wood tip", "tip")]),
    X("zh", "经典5A规格，一副装或四副装可选。雷霆5A山核桃木鼓棒，长度18英寸，木头鼓头，握感扎实。",
      [("number_unit", "长度18英寸", "Length: 16 in", "length")]),
    O("zh", "美国山核桃木5A鼓棒，长约40.6厘米，木质鼓头，一副装或四副装可选。", note="conversion 16 in = 40.6 cm"),
  ])

P("bluesline-10-hole-harmonica", "Bluesline 10-Hole Diatonic Harmonica", "Bluesline", "Harmonica",
  MUS + " > Woodwinds > Harmonicas", "harmonica, blues", "24.00", 80,
  body="<p>Comes with a zippered case. Beginner-friendly.</p>",
  attrs={"material": "Brass reeds, ABS comb, stainless steel covers", "pieces": "10 holes, 20 reeds"},
  opts=[("Key", ["C", "G", "A", "D"])],
  copies=[
    O("en", "10-hole diatonic harp in C, G, A or D. Brass reeds, ABS comb, stainless covers, and a zippered case to carry it."),
    X("en", "Bluesline harmonica: a pearwood comb for warm tone, brass reeds and stainless covers. Great for beginners.",
      [("material", "a pearwood comb", "Material: ABS comb", "material")]),
    X("zh", "Bluesline十孔布鲁斯口琴，有C、G、A、D、E、F六个调可选，送拉链琴盒。",
      [("colour_variant", "E、F", "Keys offered: C, G, A, D", "variants")]),
    O("zh", "10孔布鲁斯口琴，20个黄铜簧片，ABS琴格，不锈钢盖板，配拉链琴盒，新手也容易上手。"),
  ])

P("tempo-classic-mechanical-metronome", "Tempo Classic Mechanical Metronome", "Tempo", "Metronome",
  MACC + " > Musical Instrument Accessories > Metronomes", "metronome, piano, practice", "34.00", 520,
  body="<p>Wind-up mechanism; no batteries needed. Bell accent selectable for 0, 2, 3, 4 or 6 beats.</p>",
  attrs={"material": "ABS housing, wood-grain finish", "tempo_range": "40–208 BPM", "dimensions": "4.3 x 3.9 x 8.9 in"},
  copies=[
    O("en", "Wind it up and play: 40–208 BPM, no batteries needed, with a bell you can set to accent 2, 3, 4 or 6 beats."),
    X("en", "Tempo metronome with a classic pendulum, 40–208 BPM. Runs for months on two AAA batteries.",
      [("feature", "Runs for months on two AAA batteries", "Wind-up mechanism; no batteries needed", "description")]),
    X("zh", "上弦即用。经典机械节拍器，实木外壳，40–208拍每分钟，无需电池。可设置重音提示。",
      [("material", "实木外壳", "Material: ABS housing, wood-grain finish", "material")]),
    O("zh", "机械上弦节拍器，速度范围40至208拍/分钟，免电池。尺寸约11×10×22.6厘米，ABS机身木纹饰面。",
      note="conversion 4.3 x 3.9 x 8.9 in = 10.9 x 9.9 x 22.6 cm"),
  ])

P("ashwood-snare-cajon", "Ashwood Snare Cajon", "Ashwood Percussion", "Cajon",
  MUS + " > Percussion > Hand Drums > Cajons", "cajon, percussion", "149.00", 4500,
  body="<p>Rubber feet. Adjustable internal snare wires.</p>",
  attrs={"material": "Birch plywood body, beech frontplate", "dimensions": "30 x 30 x 48 cm", "weight": "4.5 kg", "country_of_origin": "Spain"},
  copies=[
    O("en", "Birch-ply body, beech frontplate and adjustable snare wires. At 48 cm tall it gives you about 19 inches of seat, and it weighs just under 10 lb.",
      note="conversions 48 cm = 18.9 in; 4.5 kg = 9.92 lb"),
    X("en", "Ashwood snare cajon, 30 x 30 x 48 in, with a punchy beech frontplate and rubber feet. Adjustable snare wires inside.",
      [("number_unit", "30 x 30 x 48 in", "Dimensions: 30 x 30 x 48 cm", "dimensions")]),
    X("zh", "西班牙制造。Ashwood响线箱鼓，全榉木实木箱体，内置可调响线，底部橡胶脚垫。",
      [("material", "全榉木实木箱体", "Material: Birch plywood body, beech frontplate", "material")]),
    O("zh", "桦木多层板箱体，榉木击面，内置可调响线，尺寸30×30×48厘米，重4.5公斤，西班牙制造。"),
  ])

P("guitar-pick-tin", "Guitar Pick Tin", "Ridgeway", "Pick Holder",
  MACC + " > String Instrument Accessories > Guitar Accessories", "", "6.00", 0,
  copies=[
    O("en", "A pocket tin to keep your picks in one place, on stage or on the couch.", note="product has no facts"),
    X("en", "Guitar Pick Tin, just $6. Grab one before they're gone!",
      [("price_stock", "just $6", "copy must not state prices", "copy")], note="the price is right, but any price in copy counts"),
    O("zh", "随身拨片收纳铁盒，排练、演出都不怕拨片乱丢。", note="product has no facts"),
  ])

# ---------------- bedding & bath
BED = "Home & Garden > Linens & Bedding > Bedding"
BATH = "Home & Garden > Bathroom Accessories"
P("linden-cotton-percale-sheets", "Linden Cotton Percale Sheet Set", "Linden Home", "Sheet Set",
  BED + " > Bed Sheets", "sheets, percale, cotton", "119.00", 1800,
  body="<p>4-piece set: flat sheet, fitted sheet and 2 pillowcases (Twin: 1 pillowcase).</p>",
  attrs={"material": "100% long-staple cotton, percale weave", "thread_count": "400", "pocket_depth": "Fits mattresses up to 16 in",
         "certifications": "OEKO-TEX Standard 100", "care": "Machine wash cold, tumble dry low"},
  opts=[("Size", ["Twin", "Full", "Queen", "King"]), ("Color", ["White", "Sage Green", "Slate"])],
  prices={"Twin": "99.00", "Full": "109.00", "Queen": "119.00", "King": "139.00"},
  copies=[
    O("en", "Crisp 400-thread-count percale in 100% long-staple cotton. Deep pockets fit mattresses up to about 40 cm, and it's OEKO-TEX Standard 100.",
      note="conversion 16 in = 40.6 cm; 'up to about 40 cm' is a safe rounding"),
    X("en", "Sleep cool on luxurious 800 thread count percale. Long-staple cotton, deep pockets, four pieces.",
      [("number_unit", "800 thread count", "Thread count: 400", "thread_count")]),
    X("zh", "Linden纯棉床品四件套，400针高密平纹，清爽透气，通过OEKO-TEX和GOTS有机认证。",
      [("certification", "GOTS有机认证", "Certifications: OEKO-TEX Standard 100", "certifications")]),
    X("en", "400-thread-count long-staple cotton percale. Available in White, Sage Green, Slate and Blush Pink, Twin through King.",
      [("colour_variant", "Blush Pink", "Colors: White, Sage Green, Slate", "variants")]),
    O("zh", "长绒棉四件套（单人款为三件），400针平纹织法，适用厚度40厘米以内的床垫。冷水机洗，低温烘干。有白色、鼠尾草绿、石板灰三色。"),
  ])

P("cloudrest-down-alternative-duvet", "CloudRest Down-Alternative Duvet Insert", "CloudRest", "Duvet Insert",
  BED + " > Quilts & Comforters", "duvet, comforter, hypoallergenic", "79.00", 2200,
  body="<p>Eight corner and side loops keep your duvet cover in place. All-season warmth.</p>",
  attrs={"fill": "Hypoallergenic polyester microfiber, 350 GSM", "material": "Cotton shell (233 thread count)",
         "certifications": "OEKO-TEX Standard 100", "care": "Machine washable (large-capacity machine)"},
  opts=[("Size", ["Twin", "Full/Queen", "King"])], prices={"Twin": "69.00", "Full/Queen": "79.00", "King": "99.00"},
  copies=[
    O("en", "All-season warmth from hypoallergenic microfiber fill in a soft cotton shell. Eight loops keep the cover from shifting, and it's machine washable."),
    X("en", "CloudRest duvet insert, filled with real white goose down for lofty warmth in every season. Eight loops keep your cover in place.",
      [("material", "real white goose down", "Fill: Hypoallergenic polyester microfiber", "fill")]),
    X("zh", "八个固定环，被套不跑位。CloudRest四季被芯，防过敏纤维填充，特价199元起，仅剩最后几条！",
      [("price_stock", "特价199元起，仅剩最后几条", "copy must not state price or stock", "copy")]),
    O("zh", "聚酯超细纤维填充（350克/平方米），全棉面料，防过敏，四季适用。八个固定环防止被套移位，可用大容量洗衣机水洗。"),
  ])

P("bambu-contour-memory-foam-pillow", "Bambu Contour Memory Foam Pillow", "Bambu Sleep", "Pillow",
  BED + " > Pillows", "pillow, memory foam, neck", "49.00", 1500,
  attrs={"material": "Memory foam core; cover 40% viscose from bamboo, 60% polyester", "dimensions": "24 x 14 x 4.7/3.9 in",
         "weight": "3.3 lb", "certifications": "CertiPUR-US", "care": "Cover machine washable; do not wash foam", "warranty": "3 years"},
  copies=[
    O("en", "Contour memory foam pillow with a removable bamboo-viscose cover you can machine wash. The foam is CertiPUR-US certified, and the pillow measures about 61 x 36 cm.",
      note="conversion 24 x 14 in = 61 x 35.6 cm"),
    X("en", "Contour memory foam with a bamboo-viscose cover. Easy care: the whole pillow, foam and all, goes straight into the washing machine.",
      [("feature", "the whole pillow, foam and all, goes straight into the washing machine", "Care: do not wash foam", "care")]),
    X("zh", "Bambu护颈记忆棉枕，竹纤维枕套可拆洗，CertiPUR-US认证泡棉，品质保修十年。",
      [("warranty", "保修十年", "Warranty: 3 years", "warranty")]),
    O("zh", "人体工学波浪记忆棉枕，高低两侧（约12厘米和10厘米）适合不同睡姿，重约1.5公斤。",
      note="conversions 4.7/3.9 in = 11.9/9.9 cm; 3.3 lb = 1.50 kg"),
  ])

P("harbor-turkish-cotton-towel-set", "Harbor Turkish Cotton Bath Towel Set", "Harbor Linen", "Towel Set",
  "Home & Garden > Linens & Bedding > Towels > Bath Towels & Washcloths", "towels, turkish cotton", "64.00", 2400,
  attrs={"material": "100% Turkish cotton", "pieces": "6 (2 bath, 2 hand, 2 washcloths)", "fabric_weight": "600 GSM",
         "dimensions": "Bath 30 x 56 in; hand 16 x 30 in; washcloth 13 x 13 in", "country_of_origin": "Turkey"},
  opts=[("Color", ["White", "Stone", "Navy", "Sage Green"])],
  copies=[
    O("en", "Six-piece set in 600 GSM Turkish cotton: two bath towels, two hand towels and two washcloths. White, Stone, Navy or Sage Green."),
    X("en", "Spa-weight 600 GSM Turkish cotton. The bath towels are a generous 30 x 56 cm, with matching hand towels and washcloths.",
      [("number_unit", "30 x 56 cm", "Dimensions: Bath 30 x 56 in", "dimensions")]),
    X("zh", "Harbor浴巾六件套，竹纤维与棉混纺，柔软亲肤，吸水快干。600克重，六件套。",
      [("material", "竹纤维与棉混纺", "Material: 100% Turkish cotton", "material")]),
    O("zh", "土耳其纯棉，600克重。浴巾约76×142厘米，面巾约41×76厘米，小方巾约33×33厘米。",
      note="conversions 30x56 in = 76x142 cm, 16x30 in = 41x76 cm, 13 in = 33 cm"),
  ])

P("stonedry-diatomite-bath-mat", "StoneDry Diatomite Bath Mat", "StoneDry", "Bath Mat",
  BATH + " > Bath Mats & Rugs", "bath mat, diatomite, quick dry", "39.00", 2100,
  body="<p>Made of diatomaceous earth. Absorbs water in seconds and dries fast. Non-slip rubber pad included. Lightly sand with the included sandpaper if absorption slows. Do not soak or machine wash.</p>",
  attrs={"dimensions": "60 x 39 cm", "weight": "2.1 kg"},
  copies=[
    O("en", "A stone bath mat, about 24 x 15 in, that wicks water off your feet in seconds. If it ever slows down, a quick sand with the included paper brings it back.",
      note="conversion 60 x 39 cm = 23.6 x 15.4 in"),
    X("en", "StoneDry diatomite mat: dries in seconds, grips with a non-slip pad, and is machine washable for easy care.",
      [("feature", "machine washable", "Do not soak or machine wash", "description")]),
    X("zh", "吸水速干，附防滑胶垫。硅藻土速干地垫，60×39厘米，重量仅500克，搬动清洁都方便。",
      [("number_unit", "重量仅500克", "Weight: 2.1 kg", "weight")]),
    O("zh", "硅藻土地垫，60×39厘米，吸水速干，附防滑胶垫。吸水变慢时用附赠砂纸轻磨即可，切勿浸泡或机洗。"),
  ])

P("calmweight-weighted-blanket", "CalmWeight Weighted Blanket", "CalmWeight", "Weighted Blanket",
  BED + " > Blankets", "weighted blanket, sleep", "99.00", {"10 lb": 4536, "15 lb": 6804, "20 lb": 9072},
  body="<p>Seven-layer construction keeps the glass beads in place. Duvet cover sold separately. Spot clean or hand wash; not machine washable.</p>",
  attrs={"material": "Cotton cover; glass bead fill", "dimensions": "48 x 72 in (10 lb); 60 x 80 in (15 lb, 20 lb)"},
  opts=[("Weight", ["10 lb", "15 lb", "20 lb"]), ("Color", ["Gray", "Navy"])],
  prices={"10 lb": "89.00", "15 lb": "99.00", "20 lb": "119.00"},
  copies=[
    O("en", "The 15 lb blanket (about 6.8 kg) measures 60 x 80 in, with fine glass beads quilted into small pockets so the weight stays even.",
      note="conversion 15 lb = 6.80 kg"),
    X("en", "CalmWeight weighted blanket, filled with plastic poly pellets in a breathable cotton cover. Gray or Navy.",
      [("material", "plastic poly pellets", "Material: glass bead fill", "material")]),
    X("zh", "玻璃微珠填充，重量均匀。CalmWeight重力被，全棉外层，七层绗缝，整条可直接机洗，打理省心。",
      [("feature", "整条可直接机洗", "Spot clean or hand wash; not machine washable", "description")]),
    O("zh", "重力被有4.5公斤、6.8公斤、9公斤三种重量，灰色、藏蓝两色可选。全棉外层，玻璃微珠填充，七层结构防止微珠滑动。",
      note="conversions 10/15/20 lb = 4.54/6.80/9.07 kg"),
    X("zh", "CalmWeight重力被，4.5公斤、6.8公斤、9公斤、11公斤四种重量可选，总有一款适合你。",
      [("colour_variant", "11公斤", "Weight options: 10 lb, 15 lb, 20 lb", "variants")]),
  ])

P("lune-22-momme-silk-pillowcase", "Lune 22 Momme Mulberry Silk Pillowcase", "Lune", "Pillowcase",
  BED + " > Pillowcases & Shams", "silk, pillowcase, hair care", "59.00", 140,
  attrs={"material": "100% 6A grade mulberry silk, 22 momme", "certifications": "OEKO-TEX Standard 100",
         "care": "Hand wash, or machine wash cold in a mesh bag", "closure": "Hidden zipper"},
  opts=[("Size", ["Standard", "Queen", "King"]), ("Color", ["Champagne", "Silver", "Black"])],
  prices={"Standard": "59.00", "Queen": "64.00", "King": "69.00"},
  copies=[
    O("en", "22 momme, 6A-grade mulberry silk with a hidden zipper. Champagne, Silver or Black, in Standard, Queen and King."),
    X("en", "Lune pillowcase: silky-smooth polyester satin that's gentle on hair and skin. Hidden zipper closure.",
      [("material", "polyester satin", "Material: 100% 6A grade mulberry silk", "material")]),
    X("zh", "OEKO-TEX认证，香槟、银、黑三色。Lune真丝枕套，19姆米6A级桑蚕丝，隐形拉链，可装网袋冷水机洗。",
      [("number_unit", "19姆米", "Material: 22 momme", "material")]),
    O("zh", "22姆米6A级100%桑蚕丝枕套，OEKO-TEX认证，隐形拉链。香槟色、银色、黑色，三种尺寸可选。"),
  ])

P("sangcansi-summer-duvet", "桑蚕丝夏被（200×230厘米）", "丝语家纺", "蚕丝被",
  BED + " > Quilts & Comforters", "蚕丝被, 夏被", "459.00", 1000,
  body="<p>填充物：100%桑蚕长丝，重1公斤，适合春夏使用。</p><p>面料：全棉（60支）。不可水洗，建议晾晒或干洗。</p>",
  attrs={"dimensions": "200 x 230 cm", "weight": "1 kg"},
  copies=[
    O("zh", "100%桑蚕长丝夏被，1公斤轻薄填充，200×230厘米，60支全棉面料，春夏盖正合适。建议晾晒或干洗。"),
    X("zh", "桑蚕丝夏被，轻薄透气，脏了可以直接放进洗衣机水洗，打理很方便。填充1公斤，尺寸200×230厘米。",
      [("feature", "可以直接放进洗衣机水洗", "不可水洗，建议晾晒或干洗", "description")]),
    O("en", "Summer duvet filled with 1 kg (about 2.2 lb) of pure mulberry long-strand silk, 200 x 230 cm (roughly 79 x 90 in), in a 60s cotton shell. Dry clean or air it in the sun.",
      note="conversions 1 kg = 2.2 lb; 200 x 230 cm = 78.7 x 90.6 in; facts in Chinese only"),
    X("en", "Mulberry long-strand silk in a 60s cotton shell. Packed with 2 kg of mulberry silk, light and breathable for spring and summer nights.",
      [("number_unit", "2 kg", "重1公斤 (Weight: 1 kg)", "weight")]),
  ])

P("mist-waffle-shower-curtain", "Mist Waffle Weave Fabric Shower Curtain", "Harbor Linen", "Shower Curtain",
  BATH + " > Shower Curtains", "shower curtain, waffle", "32.00", 700,
  body="<p>12 reinforced buttonholes; hooks not included.</p>",
  attrs={"material": "100% polyester waffle weave", "dimensions": "72 x 72 in", "waterproof": "No (water-repellent; use with a liner)",
         "machine_washable": "Yes"},
  opts=[("Color", ["White", "Ivory", "Charcoal"])],
  copies=[
    O("en", "Textured waffle-weave polyester curtain, 72 x 72 in, machine washable. It's water-repellent, so pair it with a liner. Hooks sold separately."),
    X("en", "Textured waffle weave, 72 x 72 in. Mist waffle curtain in White, Ivory or Charcoal. Fully waterproof, so no liner needed.",
      [("feature", "Fully waterproof, so no liner needed", "Waterproof: No (water-repellent; use with a liner)", "waterproof")]),
    X("zh", "防泼水设计，建议搭配内衬使用。Mist华夫格浴帘，纯棉面料，183×183厘米，可机洗。12个加固扣眼。",
      [("material", "纯棉面料", "Material: 100% polyester waffle weave", "material")], note="183 cm is a correct conversion of 72 in"),
    O("zh", "华夫格涤纶浴帘，约183×183厘米，防泼水（建议搭配内衬使用），12个加固扣眼，可机洗，挂钩需另购。",
      note="conversion 72 in = 182.9 cm; 防泼水 = water-repellent, not waterproof"),
  ])
