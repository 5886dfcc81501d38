# Party supplies; craft supplies; cycling.
from common import P, O, X, D

PARTY = "Arts & Entertainment > Party & Celebration > Party Supplies"
P("popbright-latex-balloons-100", "PopBright 12 in Latex Balloons, 100 Pack", "PopBright", "Balloons",
  PARTY + " > Balloons", "balloons, birthday, latex", "13.99", 280,
  body="<p>Helium-quality; floats about 8–12 hours with helium. Biodegradable latex.</p><p>WARNING: Children under 8 can choke or suffocate on uninflated or broken balloons. Adult supervision required.</p>",
  attrs={"material": "100% natural latex", "pieces": "100", "dimensions": "12 in inflated", "age_range": "8+ years (choking hazard)"},
  opts=[("Color", ["Assorted", "Pastel", "Gold & White", "Black & Gold"])],
  copies=[
    O("en", "100 helium-quality latex balloons that blow up to 12 inches (about 30 cm). Assorted, Pastel, Gold & White, or Black & Gold.",
      note="conversion 12 in = 30.5 cm"),
    X("en", "Bright, bouncy and safe for toddlers to play with, these latex balloons make any party pop. 100 balloons per pack.",
      [("age", "safe for toddlers to play with", "Age range: 8+ years (choking hazard)", "age_range")]),
    X("en", "PopBright 16-inch latex balloons, 100 per pack, in four color mixes. Biodegradable natural latex.",
      [("number_unit", "16-inch", "Dimensions: 12 in inflated", "dimensions")]),
    O("zh", "12英寸（约30厘米）乳胶气球100个装，天然乳胶，充氦气可飘8至12小时左右。8岁以下儿童需在成人看护下使用。"),
    X("zh", "PopBright乳胶气球100个装，颜色鲜艳，3岁以上宝宝也能拿着玩。12英寸，天然乳胶。",
      [("age", "3岁以上宝宝也能拿着玩", "Age range: 8+ years (choking hazard)", "age_range")]),
  ])

P("leafware-compostable-plates-50", "Leafware 10 in Compostable Plates, 50 Count", "Leafware", "Paper Plates",
  PARTY + " > Disposable Tableware > Disposable Plates", "plates, compostable, eco", "15.99", 1400,
  body="<p>Cut-resistant and soak-proof for up to 2 hours with hot or oily food. Plastic-free.</p>",
  attrs={"material": "Sugarcane bagasse", "pieces": "50", "dimensions": "10 in diameter", "certifications": "BPI certified compostable",
         "dishwasher_safe": "No (single use)", "microwave_safe": "Yes"},
  copies=[
    O("en", "Fifty sturdy 10-inch plates made from sugarcane bagasse. BPI certified compostable, microwave safe, and tough enough for saucy mains."),
    X("en", "Sturdy 10-inch plates made from sugarcane bagasse. Leafware plates are dishwasher safe and reusable, so one pack lasts all summer.",
      [("feature", "dishwasher safe and reusable", "Dishwasher safe: No (single use)", "dishwasher_safe")]),
    X("en", "Plastic-free sugarcane plates, 50 per pack, certified OK compost HOME by TÜV for your backyard bin.",
      [("certification", "certified OK compost HOME by TÜV", "Certifications: BPI certified compostable", "certifications")]),
    O("zh", "甘蔗渣环保餐盘50只装，直径约25厘米，可微波加热，BPI可堆肥认证，不含塑料。一次性使用。",
      note="conversion 10 in = 25.4 cm"),
  ])

P("partyline-plastic-tablecloths-6", "Partyline Plastic Tablecloths, 54 x 108 in, 6 Pack", "Partyline", "Tablecloth",
  PARTY + " > Disposable Tableware > Disposable Table Covers", "tablecloth, party, disposable", "11.99", 900,
  attrs={"material": "PEVA plastic", "pieces": "6", "dimensions": "54 x 108 in", "compatible_with": "Rectangular tables 6 ft to 8 ft"},
  opts=[("Color", ["White", "Black", "Red", "Royal Blue", "Gold"])],
  copies=[
    O("en", "Partyline Plastic Tablecloths: six 54 x 108 in covers that fit 6 to 8 ft rectangular tables. Wipe, toss, done."),
    X("en", "Six PEVA covers per pack, sized for 6 to 8 ft banquet tables and 60-inch round tables.",
      [("compatibility", "and 60-inch round tables", "Compatible with: Rectangular tables 6 ft to 8 ft", "compatible_with")]),
    X("zh", "适合6到8英尺长桌。PEVA一次性桌布，六张装，每张137×274毫米，派对收拾超省事。",
      [("number_unit", "137×274毫米", "Dimensions: 54 x 108 in (137 x 274 cm)", "dimensions")]),
    O("zh", "PEVA塑料桌布六张装，每张约137×274厘米，适合6到8英尺长桌。白、黑、红、宝蓝、金五色。",
      note="conversion 54 x 108 in = 137.2 x 274.3 cm"),
    X("en", "Only $[PRICE] for six! Partyline tablecloths in five bold colors.",
      [("placeholder", "[PRICE]", "unfilled template placeholder", "copy"), ("price_stock", "Only $[PRICE] for six!", "copy must not state prices", "copy")]),
  ])

P("glimmer-gold-number-candle", "Glimmer Gold Glitter Number Candle", "Glimmer", "Birthday Candle",
  PARTY + " > Birthday Candles", "candle, birthday, number", "4.99", 30,
  body="<p>Not a toy. Never leave burning candles unattended.</p>",
  attrs={"dimensions": "3 in tall", "material": "Paraffin wax with gold glitter", "burn_time": "about 10 minutes"},
  opts=[("Number", [str(i) for i in range(10)])],
  copies=[
    O("en", "Gold glitter number candles, 3 inches tall, in every digit from 0 to 9. Each burns for around 10 minutes: plenty for the song and a photo."),
    X("en", "Every birthday needs a number. Hand-poured pure beeswax number candles with a gold glitter finish, 0 to 9.",
      [("material", "pure beeswax", "Material: Paraffin wax with gold glitter", "material")]),
    X("en", "Make the cake the star: these glitter number candles stand 8 inches tall and come in every digit. Each burns about 10 minutes.",
      [("number_unit", "8 inches tall", "Dimensions: 3 in tall", "dimensions")]),
    O("zh", "金色闪粉数字蜡烛，0到9任选，高约7.6厘米，每支大约能燃10分钟。", note="conversion 3 in = 7.62 cm"),
  ])

P("tangjin-hongbao-30", "烫金红包（30个装）", "福满堂", "红包",
  PARTY + " > Gift Giving > Gift Wrapping > Gift Bags", "红包, 新年, 利是", "19.90", 150,
  body="<p>材质：150克加厚珠光纸，烫金工艺。</p><p>尺寸：9×17厘米，百元人民币可平放。</p>",
  attrs={"pieces": "30", "dimensions": "9 x 17 cm"},
  opts=[("款式", ["福字", "龙年", "万事如意"])],
  copies=[
    O("zh", "烫金红包30个装，150克加厚珠光纸，9×17厘米，百元钞可平放不用折。福字、龙年、万事如意三款可选。"),
    X("zh", "福字、龙年、万事如意三款。福满堂烫金红包，一包50个，过年发红包一次备齐。150克加厚珠光纸，烫金工艺。",
      [("number_unit", "一包50个", "Pieces: 30", "pieces")]),
    O("en", "Thirty gold-foil red envelopes in thick 150 gsm pearl paper, about 3.5 x 6.7 in: wide enough for a 100-yuan note to lie flat.",
      note="conversion 9 x 17 cm = 3.54 x 6.69 in; facts in Chinese only"),
    X("en", "Gold-foil hongbao in Fu, Dragon Year, Good Fortune and Zodiac Rabbit designs, 30 per pack.",
      [("colour_variant", "Zodiac Rabbit", "款式: 福字, 龙年, 万事如意", "variants")]),
  ])

P("fiesta-donkey-pinata", "Fiesta Donkey Piñata", "Partyline", "Piñata",
  PARTY + " > Piñatas", "pinata, birthday", "24.99", 700,
  body="<p>Pull strings included for a safer party with little ones. Candy not included.</p>",
  attrs={"dimensions": "18 x 14 x 6 in", "material": "Paper and cardboard", "capacity": "Holds about 2 lb of candy"},
  opts=[("Color", ["Rainbow", "Pink"])],
  copies=[
    O("en", "A classic rainbow or pink donkey, 18 in long, that holds about 2 lb of candy (sold separately). Pull strings included."),
    X("en", "Party ready out of the box: the Fiesta Donkey comes pre-filled with candy and pull strings.",
      [("feature", "comes pre-filled with candy", "Candy not included", "description")]),
    O("zh", "彩虹色或粉色小毛驴皮纳塔，长约46厘米，可装约900克糖果（糖果需另购），附拉绳。",
      note="conversions 18 in = 45.7 cm; 2 lb = 907 g"),
    X("en", "I'm sorry, I can't assist with content that involves striking animals. Fiesta Donkey Piñata holds about 2 lb of candy.",
      [("refusal", "I'm sorry, I can't assist with content that involves striking animals.", "leaked model refusal", "copy")]),
  ])

P("crepe-paper-streamers", "Crepe Paper Party Streamers", "Partyline", "Streamers",
  PARTY + " > Decorations", "", "4.50", 0,
  copies=[
    O("en", "Twist them, drape them, hang them: easy color for any celebration.", note="product has no facts"),
    X("en", "In stock and ready to ship today! Crepe Paper Party Streamers add instant color to any room.",
      [("price_stock", "In stock and ready to ship today!", "copy must not state stock", "copy")]),
    O("zh", "皱纹纸彩带，随手一拉一挂，派对气氛马上就有。", note="product has no facts"),
  ])

# ---------------- craft supplies
CRAFT = "Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Materials"
P("studio-acrylic-paint-24", "Studio Acrylic Paint Set, 24 x 22 ml", "Studio Line", "Acrylic Paint",
  CRAFT + " > Art & Craft Paint > Acrylic Paint", "acrylic, paint, art", "24.99", 800,
  body="<p>Heavy-body, satin finish. Water-based; brushes clean with soap and water. Not washable once dry on clothing.</p>",
  attrs={"pieces": "24 colors", "capacity": "22 ml per tube", "certifications": "AP Non-toxic (ACMI), EN 71-3", "age_range": "6+ years"},
  copies=[
    O("en", "24 heavy-body acrylics in 22 ml (0.74 fl oz) tubes. Non-toxic AP seal and EN 71-3, and brushes rinse clean with soap and water.",
      note="conversion 22 ml = 0.744 US fl oz"),
    X("en", "Great for little artists ages 3 and up: 24 bright colors, non-toxic, satin finish.",
      [("age", "ages 3 and up", "Age range: 6+ years", "age_range")]),
    X("en", "Heavy-body acrylics with a satin finish. Oops-proof painting: it washes out of clothes even after it dries. 24 colors in 22 ml tubes.",
      [("feature", "washes out of clothes even after it dries", "Not washable once dry on clothing", "description")]),
    X("zh", "厚涂型，缎面效果。Studio丙烯颜料24色，每支22毫升，通过美国FDA认证，安全放心。6岁以上可用。",
      [("certification", "通过美国FDA认证", "Certifications: AP Non-toxic (ACMI), EN 71-3", "certifications")]),
    O("zh", "24色丙烯颜料套装，每支22毫升，厚涂型，缎面效果，AP无毒认证，6岁以上可用。水性配方，画笔用肥皂水就能洗净。"),
  ])

P("meadow-superwash-merino-dk", "Meadow Superwash Merino DK Yarn", "Meadow Fibers", "Yarn",
  CRAFT + " > Textile Craft Materials > Yarn", "yarn, merino, knitting", "12.50", 100,
  attrs={"material": "100% superwash merino wool", "weight": "100 g (3.5 oz)", "length": "225 m (246 yd)", "yarn_weight": "DK (8 ply)",
         "needle_size": "4 mm (US 6)", "care": "Machine wash cool, wool cycle; dry flat", "country_of_origin": "Peru"},
  opts=[("Color", ["Oatmeal", "Rust", "Forest", "Charcoal", "Blush"])],
  copies=[
    O("en", "Soft superwash merino in DK weight, 225 m (246 yd) per 100 g skein. Machine wash it on the wool cycle and dry flat, so no hand-washing hassle."),
    X("en", "DK weight in 100 g skeins. Meadow DK: a cozy merino-acrylic blend that's easy on the budget and easy to wash.",
      [("material", "merino-acrylic blend", "Material: 100% superwash merino wool", "material")]),
    X("en", "Knit a hat from a single skein: 150 yards of DK merino per ball, in five earthy colors.",
      [("number_unit", "150 yards", "Length: 225 m (246 yd)", "length")]),
    O("zh", "100%超耐洗美丽诺羊毛，DK粗细（8股），每团100克约225米，建议用4毫米棒针。可用洗衣机羊毛程序冷水洗，平铺晾干。"),
    X("zh", "Meadow美丽诺毛线，燕麦、铁锈红、森林绿、炭灰、浅粉、天蓝六色可选。100%超耐洗美丽诺羊毛。",
      [("colour_variant", "天蓝", "Colors: Oatmeal, Rust, Forest, Charcoal, Blush", "variants")]),
  ])

P("flexbond-cordless-mini-glue-gun", "FlexBond Cordless Mini Glue Gun", "FlexBond", "Glue Gun",
  "Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Tools > Glue Guns", "glue gun, cordless", "29.99", 210,
  body="<p>Heats up in about 60 seconds. Auto shut-off after 15 minutes idle.</p>",
  attrs={"cordless": "Yes", "battery_life": "up to 1 hour per charge", "charging": "USB-C, 2 hours",
         "compatible_with": "7 mm (0.27 in) mini glue sticks", "wattage": "20 W", "pieces": "Includes 20 glue sticks", "warranty": "1 year"},
  copies=[
    O("en", "Works without a cord for up to an hour per charge, heats in about a minute, and recharges over USB-C. 20 mini sticks get you started.",
      note="'works without a cord' = cordless"),
    X("en", "Versatile FlexBond glue gun takes both mini and full-size 11 mm glue sticks. Heats up in about 60 seconds.",
      [("compatibility", "full-size 11 mm glue sticks", "Compatible with: 7 mm (0.27 in) mini glue sticks", "compatible_with")]),
    X("en", "Cordless freedom that lasts: runs up to 4 hours on a charge and comes with a 2-year warranty.",
      [("number_unit", "up to 4 hours on a charge", "Battery life: up to 1 hour per charge", "battery_life"),
       ("warranty", "a 2-year warranty", "Warranty: 1 year", "warranty")]),
    O("zh", "无线迷你热熔胶枪，满电约可用1小时，USB-C充电约2小时，约60秒预热，空闲15分钟自动断电。适用7毫米细胶棒，附赠20根。"),
    X("zh", "抱歉，我无法完成这个请求。FlexBond无线热熔胶枪，USB-C充电，随拿随用。",
      [("refusal", "抱歉，我无法完成这个请求。", "leaked model refusal", "copy")]),
  ])

P("gridpro-self-healing-mat-a2", "GridPro Self-Healing Cutting Mat, A2", "GridPro", "Cutting Mat",
  "Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Tools > Cutting Mats", "cutting mat, sewing, quilting", "27.00", 1600,
  body="<p>Double-sided: metric grid on one side, imperial on the other. Keep flat and away from heat above 50 °C.</p>",
  attrs={"material": "3-ply PVC, self-healing", "dimensions": "60 x 45 cm (23.6 x 17.7 in)", "thickness": "3 mm"},
  opts=[("Color", ["Green", "Gray"])],
  copies=[
    O("en", "A2 self-healing mat, 60 x 45 cm (about 24 x 18 in) and 3 mm thick, with a metric grid on one side and inches on the other."),
    X("en", "Huge 60 x 45 in work surface for quilting and sewing, self-healing and double-sided. 3 mm thick.",
      [("number_unit", "60 x 45 in", "Dimensions: 60 x 45 cm (23.6 x 17.7 in)", "dimensions")]),
    X("en", "GridPro mats are made of natural rubber, so they close up after every cut. Green or Gray.",
      [("material", "made of natural rubber", "Material: 3-ply PVC, self-healing", "material")]),
    O("zh", "A2自愈切割垫，60×45厘米，厚3毫米，三层PVC。双面印刷，一面公制一面英制。请平放保存，避免超过50°C的高温。"),
    X("en", "GridPro Cutting Mat - TBD: add dimensions. Self-healing 3-ply PVC for every craft.",
      [("placeholder", "TBD: add dimensions", "unfilled template placeholder", "copy")]),
  ])

P("bloom-embroidery-starter-kit", "Bloom Floral Embroidery Starter Kit", "Bloom Stitchery", "Embroidery Kit",
  "Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Craft Kits > Embroidery Kits", "embroidery, kit, beginner", "22.00", 180,
  body="<p>Pattern is pre-printed on the fabric, so no transfer needed.</p>",
  attrs={"pieces": "Printed 100% cotton fabric, 6 in bamboo hoop, 12 skeins of floss, 3 needles, instructions", "age_range": "8+ years"},
  copies=[
    O("en", "Everything to stitch your first wildflower hoop: pre-printed cotton fabric, a 6 in bamboo hoop, 12 skeins of floss and 3 needles."),
    X("en", "A fun first project for kids ages 5 and up, with the pattern already printed on the fabric.",
      [("age", "kids ages 5 and up", "Age range: 8+ years", "age_range")]),
    X("en", "Bloom kit: 24 colors of floss, a 6 in bamboo hoop and a pre-printed pattern. Just thread and go.",
      [("number_unit", "24 colors of floss", "Pieces: 12 skeins of floss", "pieces")]),
    O("zh", "刺绣入门套装：图案直接印在全棉布上，配15厘米竹绷、12束绣线、3根绣针和说明书，适合8岁以上。",
      note="conversion 6 in = 15.2 cm"),
    X("zh", "含竹绷、12束绣线和3根绣针。Bloom花卉刺绣套装，图案已印好，3岁以上小朋友也能轻松完成。",
      [("age", "3岁以上小朋友也能轻松完成", "Age range: 8+ years", "age_range")]),
  ])

P("clayfun-polymer-clay-36", "ClayFun Polymer Clay Set, 36 Colors", "ClayFun", "Polymer Clay",
  CRAFT + " > Craft Clay & Dough", "polymer clay, oven bake", "19.99", 850,
  body="<p>Oven-bake at 130 °C (265 °F) for 15 minutes per 6 mm of thickness. Do not microwave. Not for use with food.</p>",
  attrs={"pieces": "36 colors x 20 g + 5 sculpting tools", "age_range": "8+ years", "certifications": "AP Non-toxic (ACMI), CE"},
  copies=[
    O("en", "36 colors of polymer clay (20 g each) plus five sculpting tools. Bake at 265 °F for 15 minutes per 6 mm of thickness. AP non-toxic and CE marked."),
    X("en", "36 colors of clay and five sculpting tools. No oven needed: ClayFun air-dries overnight into hard, durable pieces.",
      [("feature", "No oven needed: ClayFun air-dries overnight", "Oven-bake at 130 °C (265 °F)", "description")]),
    X("zh", "烤箱130°C烘烤定型。ClayFun软陶36色，颜色鲜亮，3岁宝宝也能玩。36色，每色20克。",
      [("age", "3岁宝宝也能玩", "Age range: 8+ years", "age_range")]),
    X("en", "Shape it, then bake at 265 °C for 15 minutes per 6 mm. 36 colors, 5 tools included.",
      [("number_unit", "265 °C", "Oven-bake at 130 °C (265 °F)", "description")]),
    O("zh", "36色软陶泥套装，每色20克，附5件雕塑工具。烤箱130°C烘烤，每6毫米厚烤15分钟，请勿用微波炉。AP无毒认证、CE认证。"),
  ])

P("aquarelle-cotton-watercolor-pad", "Aquarelle 100% Cotton Watercolor Pad, 9 x 12 in", "Aquarelle", "Watercolor Paper",
  CRAFT + " > Art & Craft Paper > Watercolor Paper", "watercolor, paper, cotton", "21.00", 600,
  body="<p>Glued on one side. Mould-made.</p>",
  attrs={"material": "100% cotton, acid-free", "paper_weight": "300 gsm (140 lb)", "page_count": "20 sheets", "dimensions": "9 x 12 in",
         "surface": "Cold press", "country_of_origin": "France"},
  copies=[
    O("en", "Aquarelle watercolor pad: 20 sheets of 300 gsm (140 lb) cold-press cotton paper, 9 x 12 in, acid-free and mould-made in France."),
    X("en", "Economical wood-pulp paper in a 20-sheet pad. Cold press, 9 x 12 in. Glued on one side.",
      [("material", "Economical wood-pulp paper", "Material: 100% cotton, acid-free", "material")]),
    X("zh", "100%全棉水彩纸，无酸。Aquarelle水彩本，640克厚纸，冷压纹理，20张。法国制造。",
      [("number_unit", "640克", "Paper weight: 300 gsm (140 lb)", "paper_weight")]),
    O("zh", "9×12英寸（约23×30厘米）水彩本，20张300克全棉冷压水彩纸，无酸，法国制造，单边胶装。",
      note="conversion 9 x 12 in = 22.9 x 30.5 cm"),
    X("en", "Now 30% off: just $14.99 while supplies last. Aquarelle 100% cotton watercolor pad. 20 sheets of 300 gsm cold press.",
      [("price_stock", "just $14.99 while supplies last", "copy must not state price or stock", "copy")]),
  ])

# ---------------- cycling
CYC = "Sporting Goods > Outdoor Recreation > Cycling"
P("aerolite-road-helmet", "AeroLite Road Bike Helmet", "AeroLite", "Bike Helmet",
  CYC + " > Bicycle Helmets", "helmet, road bike", "89.00", 260,
  attrs={"certifications": "CPSC 1203, CE EN 1078", "weight": "260 g", "vents": "22", "material": "In-mold EPS foam, polycarbonate shell",
         "fit_range": "M: 54–58 cm; L: 58–62 cm", "warranty": "1 year; 50% crash replacement"},
  opts=[("Size", ["M", "L"]), ("Color", ["Matte Black", "White", "Red"])],
  copies=[
    O("en", "The AeroLite Road Bike Helmet weighs just 260 g with 22 vents, and it's CPSC and CE EN 1078 certified. Sizes M and L; Matte Black, White or Red."),
    X("en", "22 vents, 260 g. Race-day protection: the AeroLite is Snell B95 certified, with 22 vents to keep you cool.",
      [("certification", "Snell B95 certified", "Certifications: CPSC 1203, CE EN 1078", "certifications")]),
    X("en", "Barely there at just 180 g, this in-mold road helmet keeps your head cool on long climbs. CPSC and CE EN 1078 certified.",
      [("number_unit", "just 180 g", "Weight: 260 g", "weight")]),
    O("zh", "重约260克（约9盎司），22个通风孔，M码头围54–58厘米，L码58–62厘米。通过CPSC和CE EN 1078认证。",
      note="conversion 260 g = 9.2 oz"),
  ])

P("sprout-kids-bike-helmet", "Sprout Kids' Bike Helmet", "Sprout", "Bike Helmet",
  CYC + " > Bicycle Helmets", "helmet, kids", "39.00", 310,
  body="<p>Dial fit system. Reflective rear decal.</p>",
  attrs={"age_range": "5–8 years", "certifications": "CPSC 1203", "fit_range": "50–54 cm", "weight": "310 g", "material": "EPS foam, PC shell"},
  opts=[("Color", ["Mint", "Coral", "Navy Dino"])],
  copies=[
    O("en", "Fits heads 50–54 cm, ages 5 to 8, with a dial to fine-tune the fit and a reflective decal on the back. CPSC certified."),
    X("en", "Sized for toddlers from age 2, with a comfy dial fit and fun colors. CPSC certified.",
      [("age", "toddlers from age 2", "Age range: 5–8 years", "age_range")]),
    D("en", "aerolite-road-helmet#0", "The AeroLite Road Bike Helmet", "The Sprout Kids' Bike Helmet",
      note="also carries the adult helmet's weight, certifications, sizes and colours"),
    O("zh", "儿童骑行头盔，适合5至8岁、头围50到54厘米，旋钮调节松紧，后部反光贴，CPSC认证。薄荷绿、珊瑚色、藏蓝恐龙三款。"),
    X("zh", "CPSC认证，后部有反光贴。Sprout儿童头盔，1岁以上宝宝即可佩戴，旋钮调节，安全又舒适。",
      [("age", "1岁以上宝宝即可佩戴", "Age range: 5–8 years", "age_range")]),
  ])

P("ironclad-16mm-u-lock", "Ironclad 16 mm U-Lock with Cable", "Ironclad", "Bike Lock",
  CYC + " > Bicycle Accessories > Bicycle Locks", "lock, u-lock, security", "54.00", 1500,
  attrs={"material": "16 mm hardened steel shackle", "dimensions": "Inside: 100 x 200 mm (3.9 x 7.9 in)", "weight": "3.3 lb",
         "pieces": "Lock, 4 ft cable, frame mount, 3 keys", "certifications": "Sold Secure Bicycle Silver"},
  copies=[
    O("en", "The Ironclad U-Lock pairs a 16 mm hardened steel shackle with a 4 ft cable for your front wheel. Three keys and a frame mount included."),
    X("en", "A 16 mm hardened steel shackle plus a 4 ft cable. Rated Sold Secure Gold, the Ironclad U-lock gives thieves nothing to work with.",
      [("certification", "Sold Secure Gold", "Certifications: Sold Secure Bicycle Silver", "certifications")]),
    X("en", "An 18 mm hardened shackle, a 4 ft cable and three keys, all mounted on your frame.",
      [("number_unit", "An 18 mm hardened shackle", "Material: 16 mm hardened steel shackle", "material")]),
    O("zh", "16毫米淬火钢锁梁，内径100×200毫米，配1.2米钢缆、车架支架和3把钥匙，Sold Secure银级认证。",
      note="conversion 4 ft = 1.22 m"),
  ])

P("trailpump-floor-pump", "TrailPump Floor Pump with Gauge", "TrailPump", "Bike Pump",
  CYC + " > Bicycle Accessories > Bicycle Pumps", "pump, floor pump", "44.00", 1700,
  attrs={"max_pressure": "160 psi (11 bar)", "compatible_with": "Presta and Schrader valves", "dimensions": "Height 26 in",
         "material": "Steel barrel, aluminum base", "warranty": "2 years"},
  copies=[
    O("en", "Pumps to 160 psi with a big top-mounted gauge and a head that fits both Presta and Schrader valves."),
    X("en", "One head for every bike in the garage: fits Presta, Schrader and Dunlop valves. Pumps up to 160 psi.",
      [("compatibility", "and Dunlop valves", "Compatible with: Presta and Schrader valves", "compatible_with")]),
    X("zh", "TrailPump落地打气筒，最高气压16 bar，公路车山地车都能打。法嘴美嘴通用。",
      [("number_unit", "最高气压16 bar", "Max pressure: 160 psi (11 bar)", "max_pressure")]),
    O("zh", "落地打气筒，最高160 psi（约11 bar），带压力表，法嘴美嘴通用，钢制气筒配铝合金底座，保修两年。"),
    X("en", "A big top-mounted gauge and a head for Presta and Schrader. Steel barrel, aluminum base, 160 psi, and backed by a 5-year warranty.",
      [("warranty", "a 5-year warranty", "Warranty: 2 years", "warranty")]),
  ])

P("roadtube-700c-inner-tube", "RoadTube 700 x 25–32c Inner Tube", "RoadTube", "Inner Tube",
  CYC + " > Bicycle Parts > Bicycle Tires & Tubes", "inner tube, presta, road", "8.99", {"1 tube": 105, "2 tubes": 210},
  attrs={"compatible_with": "700 x 25c to 700 x 32c tires", "valve": "Presta, 48 mm", "material": "Butyl rubber", "weight": "105 g"},
  opts=[("Pack", ["1 tube", "2 tubes"])], prices={"1 tube": "8.99", "2 tubes": "15.99"},
  copies=[
    O("en", "Butyl tube for 700 x 25c to 32c tires with a 48 mm Presta valve. About 105 g, or under 4 oz.", note="conversion 105 g = 3.7 oz"),
    X("en", "Keep one in the saddle bag: fits 700c road wheels and 26-inch mountain bike wheels. 48 mm Presta valve.",
      [("compatibility", "26-inch mountain bike wheels", "Compatible with: 700 x 25c to 700 x 32c tires", "compatible_with")]),
    X("zh", "RoadTube 700C乳胶内胎，法嘴48毫米，轻量低滚阻。适用700×25–32C外胎。",
      [("material", "乳胶内胎", "Material: Butyl rubber", "material")]),
    O("zh", "700×25–32C公路车内胎，丁基橡胶，48毫米法嘴，重约105克，有单条和两条装。"),
  ])

P("cadence-short-sleeve-jersey", "Cadence Short Sleeve Cycling Jersey", "Cadence", "Cycling Jersey",
  CYC + " > Cycling Apparel & Accessories > Cycling Jerseys", "jersey, cycling apparel", "75.00", 140,
  body="<p>Three rear pockets plus a zip pocket. Full-length YKK zipper. Machine wash cold; do not tumble dry.</p>",
  attrs={"material": "85% recycled polyester, 15% elastane", "upf": "UPF 50+"},
  opts=[("Size", ["S", "M", "L", "XL"]), ("Color", ["Black", "Navy", "Orange"])],
  copies=[
    O("en", "Recycled-polyester jersey with UPF 50+, three rear pockets and a zip pocket for keys. Sizes S to XL in Black, Navy or Orange."),
    X("en", "UPF 50+ sun protection. Cadence jersey in soft merino wool, with three rear pockets and a full-length zip.",
      [("material", "soft merino wool", "Material: 85% recycled polyester, 15% elastane", "material")]),
    X("en", "Three rear pockets and a zip pocket. Easy care: machine wash and toss it in the dryer. UPF 50+ sun protection.",
      [("feature", "toss it in the dryer", "Machine wash cold; do not tumble dry", "description")]),
    O("zh", "骑行短袖，再生涤纶85%加氨纶15%，UPF 50+防晒，背后三个口袋加一个拉链袋，全长YKK拉链。冷水机洗，不可烘干。"),
  ])

P("classic-bike-bell", "Classic Bike Bell", "Cadence", "Bike Bell",
  CYC + " > Bicycle Accessories > Bicycle Bells & Horns", "", "7.00", 0,
  copies=[
    O("en", "A cheerful ring to let people know you're coming.", note="product has no facts"),
    X("en", "As an AI, I don't have personal experience with bike bells, but the Classic Bike Bell is a great choice for any ride.",
      [("refusal", "As an AI, I don't have personal experience with bike bells", "leaked model refusal", "copy")]),
    O("zh", "经典车铃，清脆一响，行人自然让路。", note="product has no facts"),
  ])
