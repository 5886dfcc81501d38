# Stationery & office; automotive.
from common import P, O, X, D

OFF = "Office Supplies > General Office Supplies"
P("fieldnote-a5-dot-grid-notebook", "Fieldnote A5 Hardcover Dot Grid Notebook", "Papermoss", "Notebook",
  "Office Supplies > General Office Supplies > Paper Products > Notebooks & Notepads", "notebook, dot grid, bullet journal",
  "18.50", 380,
  body="<p>Lay-flat binding with two ribbon markers and an expandable back pocket. 5 mm dot grid on acid-free paper.</p>",
  attrs={"dimensions": "14.8 x 21 cm", "page_count": "192 pages", "paper_weight": "100 gsm", "certifications": "FSC"},
  opts=[("Color", ["Black", "Sage Green", "Terracotta"])],
  copies=[
    O("en", "Fieldnote A5 Dot Grid Notebook: 192 pages of 100 gsm paper that lays flat, with two ribbon markers and a back pocket. In Black, Sage Green or Terracotta."),
    O("en", "A5 hardcover (roughly 5.8 x 8.3 in) with a 5 mm dot grid. Thick 100 gsm acid-free pages make it a pleasure to write on. Your next bullet journal, sorted.",
      note="conversion 14.8 x 21 cm = 5.83 x 8.27 in"),
    X("en", "Meet your new planning companion.\n• A5 hardcover, lay-flat binding\n• 256 pages of 100 gsm dot grid paper\n• Two ribbon markers and a back pocket",
      [("number_unit", "256 pages", "Pages: 192 pages", "page_count")]),
    X("zh", "Fieldnote A5点阵硬壳笔记本，192页，100克加厚纸张，平摊书写不费力。现有黑色、藏青色和陶土色三款可选。",
      [("colour_variant", "藏青色", "Color options: Black, Sage Green, Terracotta", "variants")]),
    O("zh", "A5尺寸（14.8×21厘米）点阵本，5毫米点距，双丝带书签，后封袋可以收纳票据。纸张无酸，FSC认证。"),
  ])

P("orrin-classic-fountain-pen", "Orrin Classic Fountain Pen", "Orrin & Co.", "Fountain Pen",
  "Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils", "fountain pen, gift, brass",
  "42.00", 32,
  body="<p>Takes standard international short cartridges. Comes with a piston converter and two blue cartridges.</p><p>Not suitable for India ink.</p>",
  attrs={"material": "Brass barrel, lacquer finish", "nib": "Stainless steel, iridium-tipped", "weight": "32 g", "length": "13.9 cm (capped)"},
  opts=[("Color", ["Matte Black", "Burgundy"]), ("Nib Size", ["Fine", "Medium"])],
  copies=[
    O("en", "A weighty 32 g brass pen with a steel Fine or Medium nib. Fill it from a bottle with the included converter, or pop in a standard international cartridge."),
    X("en", "Orrin Classic Fountain Pen. An 18k gold nib sits on a lacquered brass barrel for a smooth, wet line. Comes with a converter and two blue cartridges.",
      [("material", "An 18k gold nib", "Nib: Stainless steel, iridium-tipped", "nib")]),
    X("zh", "Orrin经典钢笔，黄铜笔杆，重量仅12克，轻巧不累手。附赠吸墨器和两支蓝色墨囊。",
      [("number_unit", "重量仅12克", "Weight: 32 g", "weight")]),
    O("zh", "黄铜笔身，哑光黑与酒红两色，F尖和M尖可选。使用国际标准短墨囊，也可以用随附的吸墨器上瓶装墨水。请勿使用印度墨水（India ink）。"),
  ])

P("inkline-gel-pens-12", "Inkline 0.5 mm Gel Pens, 12 Pack", "Inkline", "Pens",
  "Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils", "gel pen, school, office",
  "9.99", 160,
  body="<ul><li>Quick-drying, smear-resistant ink</li><li>Retractable, with soft rubber grip</li><li>Refillable</li></ul>",
  attrs={"pieces": "12", "tip_size": "0.5 mm", "certifications": "AP Non-toxic (ACMI)"},
  opts=[("Ink Color", ["Black", "Blue", "Assorted"])],
  copies=[
    O("en", "Twelve retractable 0.5 mm gel pens with quick-drying ink and a soft rubber grip. Choose all black, all blue or an assorted mix."),
    X("en", "Inkline gel pens, 12 count. 0.5 mm fine point, smear-resistant ink. CE and FSC certified for peace of mind.",
      [("certification", "CE and FSC certified", "Certifications: AP Non-toxic (ACMI)", "certifications")]),
    X("zh", "Inkline 0.5毫米中性笔12支装，速干不易晕染，按动式设计带软胶握套。限时特价仅需29.9元！",
      [("price_stock", "限时特价仅需29.9元", "copy must not state prices", "copy")]),
    O("zh", "12支装按动中性笔，笔尖0.5毫米，墨水速干抗涂抹。通过美国ACMI AP无毒认证，学生和上班族都适用。",
      note="paraphrase of 'AP Non-toxic (ACMI)'"),
  ])

P("kanso-bamboo-desk-organizer", "Kanso Bamboo Desk Organizer", "Kanso Home", "Desk Organizer",
  "Office Supplies > Desk Organizers", "desk, organizer, bamboo",
  "29.00", 860,
  body="<p>Made from solid moso bamboo with a natural oil finish. Five compartments plus a small drawer.</p><p>Wipe clean with a damp cloth; not water-resistant.</p>",
  attrs={"dimensions": "12.6 x 6.3 x 4.3 in", "weight": "1.9 lb"},
  copies=[
    O("en", "Keep pens, sticky notes and cables sorted: five compartments and a drawer in a footprint of about 32 x 16 cm. Natural oil-finished bamboo that looks good on any desk.",
      note="conversion 12.6 x 6.3 in = 32.0 x 16.0 cm; material only in description"),
    X("en", "Kanso desk organizer, crafted from walnut hardwood with a lacquered finish. Five compartments plus a handy drawer.",
      [("material", "walnut hardwood with a lacquered finish", "Made from solid moso bamboo with a natural oil finish", "description")]),
    X("zh", "楠竹桌面收纳盒，五格加一个小抽屉，尺寸32×16×11厘米，重约3.5公斤，放在桌上很稳。",
      [("number_unit", "重约3.5公斤", "Weight: 1.9 lb (0.86 kg)", "weight")],
      note="dimensions are a correct conversion; only the weight is wrong"),
    O("zh", "天然楠竹材质，植物油涂饰，五个分格加一个抽屉，笔、便利贴、数据线都能放得整整齐齐。平时用湿布擦拭即可。"),
  ])

P("boltline-heavy-duty-stapler", "Boltline Heavy-Duty Stapler, 100-Sheet", "Boltline", "Stapler",
  "Office Supplies > Office Instruments > Staplers", "stapler, heavy duty",
  "34.95", 1100,
  body="<p>Throat depth 65 mm. Staples reload from the front.</p>",
  attrs={"capacity": "100 sheets (80 gsm)", "material": "Die-cast metal body", "warranty": "5 years", "weight": "1.1 kg",
         "compatible_with": "Boltline 23/6 to 23/13 staples"},
  copies=[
    O("en", "Staples through a 100-sheet stack without a fight. Die-cast metal body, front loading, and a 5-year warranty behind it."),
    X("en", "Boltline Heavy-Duty Stapler: a die-cast body that binds up to 100 sheets. Lifetime warranty included.",
      [("warranty", "Lifetime warranty", "Warranty: 5 years", "warranty")]),
    X("en", "Takes the standard 26/6 staples you already have in the drawer. Binds up to 100 sheets in a single press, and reloads from the front.",
      [("compatibility", "Takes the standard 26/6 staples", "Compatible with: Boltline 23/6 to 23/13 staples", "compatible_with")]),
    O("zh", "重型订书机，一次可订100张（80克纸），压铸金属机身，重1.1公斤，前置装钉。保修五年。"),
  ])

P("shredsafe-10-sheet-micro-cut", "ShredSafe 10-Sheet Micro-Cut Paper Shredder", "ShredSafe", "Paper Shredder",
  "Office Supplies > Office Equipment > Paper Shredders", "shredder, security, home office",
  "119.00", 7800,
  body="<p>P-4 security micro-cut (4 x 12 mm particles). Also shreds staples and credit cards. Continuous run time 5 minutes, then 30 minutes cool-down.</p>",
  attrs={"capacity": "10 sheets; 18 L bin", "wattage": "200 W", "certifications": "UL", "warranty": "2 years (cutters 5 years)",
         "dimensions": "36 x 22 x 45 cm", "noise_level": "65 dB"},
  copies=[
    O("en", "Micro-cut shredder that turns 10 sheets at a time into 4 x 12 mm confetti. The 18-liter bin holds close to 5 gallons of paper, and it handles staples and credit cards too.",
      note="conversion 18 L = 4.76 US gal, 'close to 5 gallons'"),
    X("en", "ShredSafe 10-sheet micro-cut. Runs continuously for up to 30 minutes, so big clean-outs go fast. UL listed.",
      [("number_unit", "Runs continuously for up to 30 minutes", "Continuous run time 5 minutes, then 30 minutes cool-down", "description")]),
    X("zh", "ShredSafe十张微粒碎纸机，P-4保密等级，可碎订书钉和信用卡，通过CE和GS认证。",
      [("certification", "通过CE和GS认证", "Certifications: UL", "certifications")]),
    O("zh", "一次可碎10张纸，18升大容量纸篓，碎纸颗粒4×12毫米。连续工作5分钟后需冷却30分钟。整机保修两年，刀具保修五年。"),
    X("en", "I'm sorry, but I can't write marketing copy that makes security claims. ShredSafe 10-Sheet Micro-Cut Paper Shredder: shreds 10 sheets at a time into an 18 L bin.",
      [("refusal", "I'm sorry, but I can't write marketing copy that makes security claims", "leaked model refusal", "copy")]),
  ])

P("clearmark-magnetic-whiteboard", "Clearmark Magnetic Dry-Erase Whiteboard", "Clearmark", "Whiteboard",
  "Office Supplies > Presentation Supplies > Dry-Erase Boards", "whiteboard, magnetic, office",
  "39.00", 4200,
  body="<p>Includes marker tray, one black marker and wall-mount hardware. Can be hung landscape or portrait.</p>",
  attrs={"material": "Lacquered steel surface, aluminum frame", "warranty": "10 years (surface)"},
  opts=[("Size", ["24 x 18 in", "36 x 24 in", "48 x 36 in"])], prices={"24 x 18 in": "39.00", "36 x 24 in": "59.00", "48 x 36 in": "89.00"},
  copies=[
    O("en", "The 36 x 24 in size gives you a roughly 91 x 61 cm magnetic writing space, enough for a whole week's plan. Lacquered steel surface, aluminum frame, marker tray included.",
      note="conversion 36 x 24 in = 91.4 x 61.0 cm"),
    X("en", "Clearmark whiteboards hang landscape or portrait. Available in 24 x 18, 36 x 24, 48 x 36 and 72 x 48 inches, so there's one for every wall.",
      [("colour_variant", "72 x 48 inches", "Sizes: 24 x 18 in, 36 x 24 in, 48 x 36 in", "variants")]),
    X("zh", "Clearmark磁性白板，烤漆钢板书写面，实木边框，附赠笔槽和一支黑色白板笔。",
      [("material", "实木边框", "Material: aluminum frame", "material")]),
    O("zh", "磁性白板，烤漆钢板面，铝合金边框，横挂竖挂都可以。书写面保修十年，附赠笔槽、黑色白板笔和安装配件。"),
  ])

P("classic-ballpoint-pen", "Classic Ballpoint Pen", "Papermoss", "Pens",
  "Office Supplies > Office Instruments > Writing & Drawing Instruments > Pens & Pencils", "",
  "2.50", 0,
  copies=[
    O("en", "A simple, dependable pen for everyday notes, lists and signatures. Toss one in every bag.", note="product has no facts; numbers-free copy"),
    X("en", "Classic Ballpoint Pen - [INSERT KEY FEATURE HERE]. The pen you'll reach for every day.",
      [("placeholder", "[INSERT KEY FEATURE HERE]", "unfilled template placeholder", "copy")]),
    O("zh", "经典圆珠笔，日常记笔记、签字都顺手，包里随手放一支。", note="product has no facts"),
  ])

P("jianhao-calligraphy-brush-set", "兼毫毛笔套装（5支装）", "墨香斋", "毛笔",
  "Arts & Entertainment > Hobbies & Creative Arts > Arts & Crafts > Art & Crafting Tools > Brushes", "毛笔, 书法, 文房",
  "26.00", 210,
  body="<p>笔杆为天然竹制，笔头为狼毫与羊毫混合（兼毫）。</p><ul><li>大楷、中楷、小楷各一支，另含两支勾线笔</li><li>附赠毛毡垫与笔帘</li></ul>",
  attrs={"pieces": "5"},
  copies=[
    O("zh", "兼毫毛笔五支装：大、中、小楷各一支，外加两支勾线笔，竹制笔杆，附送毛毡和笔帘，适合书法入门练习。"),
    X("zh", "大、中、小楷各一支，另有两支勾线笔。五支纯羊毫毛笔，笔锋柔软，竹杆手感温润，另送毛毡和笔帘。",
      [("material", "纯羊毫", "笔头为狼毫与羊毫混合（兼毫）", "description")]),
    O("en", "Five-brush Chinese calligraphy set with mixed wolf and goat hair tips on bamboo handles: large, medium and small script brushes plus two fine liners. A felt mat and a brush roll are included.",
      note="facts are in Chinese only"),
    X("en", "Start your calligraphy practice with mixed wolf and goat hair brushes. A 7-piece calligraphy brush set for beginners, with bamboo handles, a felt mat and a brush roll.",
      [("number_unit", "A 7-piece", "Pieces: 5", "pieces")]),
  ])

# ---------------- automotive
P("trackguard-floor-mats-rav4", "TrackGuard All-Weather Floor Mats (Front & Rear)", "TrackGuard", "Floor Mats",
  "Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Decor > Vehicle Floor Mats",
  "floor mats, toyota, rav4", "119.95", 5400,
  body="<p>Laser-measured fit. Odorless and latex-free.</p>",
  attrs={"material": "TPE (thermoplastic elastomer)", "compatible_with": "Toyota RAV4 2019–2024, Toyota RAV4 Hybrid 2019–2024",
         "pieces": "3 (2 front, 1 rear)", "warranty": "Limited lifetime"},
  opts=[("Color", ["Black", "Gray"])],
  copies=[
    O("en", "Laser-fit TPE mats for the 2019–2024 RAV4 and RAV4 Hybrid. Three pieces cover both front footwells and the rear row. Black or Gray."),
    X("en", "Stop mud at the door. Custom-fit for the Toyota RAV4, RAV4 Hybrid and Honda CR-V (2019–2024), in odorless TPE.",
      [("compatibility", "Honda CR-V", "Compatible with: Toyota RAV4 2019–2024, Toyota RAV4 Hybrid 2019–2024", "compatible_with")]),
    X("zh", "TrackGuard全天候脚垫，天然橡胶材质，前后三片式，专为2019–2024款丰田RAV4设计。",
      [("material", "天然橡胶材质", "Material: TPE (thermoplastic elastomer); latex-free", "material")]),
    O("zh", "TPE环保材质，无异味、不含乳胶。适配2019–2024款RAV4及RAV4双擎，前排两片加后排一片，共三片。终身有限保修。",
      note="RAV4双擎 is the Chinese-market name of the RAV4 Hybrid"),
  ])

P("airpeak-12v-tire-inflator", "AirPeak 12V Portable Tire Inflator", "AirPeak", "Tire Inflator",
  "Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Repair & Specialty Tools > Tire Inflators",
  "inflator, air compressor, roadside", "49.99", 640,
  body="<p>Preset the target pressure and it stops automatically. Built-in flashlight. Includes Presta adapter, ball needle and cone nozzle.</p>",
  attrs={"cordless": "No", "voltage": "12 V DC (car socket)", "length": "Power cord 3 m; air hose 60 cm",
         "max_pressure": "150 PSI", "weight": "1.4 lb", "warranty": "1 year"},
  copies=[
    O("en", "Plugs into your car's 12 V socket and stops automatically at the pressure you set, up to 150 PSI (just over 10 bar). Presta adapter and ball needle in the box.",
      note="conversion 150 psi = 10.34 bar"),
    X("en", "AirPeak Portable Tire Inflator. Cordless and rechargeable, so you can top up tires anywhere. Built-in flashlight for night stops.",
      [("feature", "Cordless and rechargeable", "Cordless: No; powered from 12 V DC car socket", "cordless")]),
    X("zh", "AirPeak车载充气泵，最高压力150 PSI，电源线长达10米，前后轮都够得着。",
      [("number_unit", "电源线长达10米", "Length: Power cord 3 m", "length")]),
    O("zh", "12伏车载电源供电，预设胎压后自动停止，自带照明灯，附赠法嘴转换头、球针和锥形嘴。机身约0.64公斤，保修一年。",
      note="conversion 1.4 lb = 0.635 kg"),
  ])

P("sheen-microfiber-towels-6", "Sheen Microfiber Detailing Towels, 6 Pack", "Sheen Auto Care", "Detailing Towels",
  "Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Cleaning", "microfiber, detailing, car wash",
  "16.99", 520,
  body="<p>Edgeless, scratch-free design for paint, glass and interiors.</p>",
  attrs={"pieces": "6", "dimensions": "16 x 16 in", "material": "80% polyester / 20% polyamide, 400 GSM",
         "care": "Machine wash warm; no fabric softener"},
  opts=[("Color", ["Blue", "Gray"])],
  copies=[
    O("en", "Six plush 400 GSM towels, each about 40 cm square. The 80/20 polyester-polyamide blend picks up dust and wax residue without scratching.",
      note="conversion 16 in = 40.6 cm"),
    X("en", "Sheen detailing towels in 100% cotton terry, six per pack. Edgeless design, safe on paint and glass.",
      [("material", "100% cotton terry", "Material: 80% polyester / 20% polyamide", "material")]),
    X("zh", "超细纤维洗车毛巾6条装，每条60×60厘米，400克加厚，吸水力强。蓝灰两色可选。",
      [("number_unit", "60×60厘米", "Dimensions: 16 x 16 in (40.6 cm)", "dimensions")]),
    O("zh", "6条装超细纤维毛巾，40厘米见方，聚酯80%、锦纶20%。可温水机洗，请勿使用柔顺剂。蓝色、灰色可选。"),
    X("zh", "Sheen超细纤维洗车巾，400克加厚，蓝灰两色。现货秒发，库存仅剩5套！",
      [("price_stock", "现货秒发，库存仅剩5套", "copy must not state stock", "copy")]),
  ])

P("voltrescue-2000a-jump-starter", "VoltRescue 2000A Jump Starter", "VoltRescue", "Jump Starter",
  "Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Repair & Specialty Tools > Vehicle Jump Starters",
  "jump starter, battery, emergency", "89.99", 1000,
  body="<p>Doubles as a USB-C power bank (18 W). Reverse-polarity and short-circuit protection. Not waterproof.</p>",
  attrs={"capacity": "18,000 mAh", "peak_current": "2000 A",
         "compatible_with": "12 V vehicles; gas engines up to 8.0 L, diesel up to 6.5 L", "weight": "2.2 lb",
         "certifications": "FCC, CE, RoHS", "warranty": "18 months"},
  copies=[
    O("en", "2000 A peak jump starter for 12 V cars and trucks: gas engines up to 8.0 L and diesels up to 6.5 L. The 18,000 mAh pack also charges your phone over USB-C."),
    X("en", "Dead battery at the trailhead? VoltRescue has you covered. It's IP67 waterproof, so a rainy roadside is no problem.",
      [("feature", "IP67 waterproof", "Not waterproof", "description")]),
    X("en", "VoltRescue 2000A Jump Starter - 30,000 mAh of backup power and a 3-year warranty. Starts gas engines up to 8.0 L.",
      [("number_unit", "30,000 mAh", "Capacity: 18,000 mAh", "capacity"), ("warranty", "a 3-year warranty", "Warranty: 18 months", "warranty")]),
    O("zh", "2000安峰值电流，适用12伏车辆，汽油车排量8.0升以内、柴油车6.5升以内均可启动。机身约1公斤，还能当USB-C充电宝用。",
      note="conversion 2.2 lb = 0.998 kg"),
    X("zh", "VoltRescue应急启动电源，18000毫安时大容量，带反接和短路保护，通过UL认证，出行更安心。",
      [("certification", "通过UL认证", "Certifications: FCC, CE, RoHS", "certifications")]),
  ])

P("coolscreen-windshield-sunshade", "CoolScreen Foldable Windshield Sunshade", "CoolScreen", "Sunshade",
  "Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Decor > Vehicle Sun Shades",
  "sunshade, summer, windshield", "21.99", 310,
  body="<p>Twists and folds into a 10 in pouch. Size M fits most sedans; size L fits most SUVs and trucks.</p>",
  attrs={"dimensions": "M: 55 x 28 in; L: 59 x 31 in", "material": "Reflective 240T nylon with steel wire frame"},
  opts=[("Size", ["M", "L"])], prices={"M": "21.99", "L": "24.99"},
  copies=[
    O("en", "Size L (59 x 31 in) for SUVs and trucks, size M for most sedans. Reflective nylon on a steel wire frame that folds down into a 10-inch pouch."),
    X("en", "Reflective nylon on a steel wire frame. Comes in M, L and XL, so pick XL for full-size vans. Twist, fold, and stash it in the pouch.",
      [("colour_variant", "XL", "Sizes: M, L", "variants")]),
    X("zh", "折叠后能收进随附的收纳袋。汽车前挡遮阳板，M码尺寸55×28厘米，适合大多数轿车；L码适合SUV和皮卡。",
      [("number_unit", "55×28厘米", "Dimensions: M: 55 x 28 in (140 x 71 cm)", "dimensions")], note="inch value written as cm"),
    O("zh", "M码约140×71厘米，适合大部分轿车；L码约150×79厘米，适合SUV和皮卡。折叠后能收进约25厘米的收纳袋。",
      note="conversions 55x28 in = 139.7x71.1 cm, 59x31 in = 149.9x78.7 cm, 10 in = 25.4 cm"),
  ])

P("cleararc-beam-wiper-blade", "ClearArc Beam Wiper Blade", "ClearArc", "Wiper Blade",
  "Vehicles & Parts > Vehicle Parts & Accessories > Motor Vehicle Parts > Motor Vehicle Windshield Wipers",
  "wiper, blade, rain", "14.99", 180,
  body="<p>Sold individually. Check your vehicle's blade sizes before ordering.</p>",
  attrs={"material": "Natural rubber with graphite coating", "compatible_with": "J-hook arms only", "warranty": "1 year"},
  opts=[("Size", ["16 in", "18 in", "20 in", "22 in", "24 in", "26 in"])],
  copies=[
    O("en", "Beam blade with graphite-coated natural rubber for a quiet, streak-free wipe. Sizes from 16 to 26 inches for J-hook arms; one blade per box."),
    X("en", "Universal fit: J-hook, pinch-tab and bayonet arms. Graphite-coated rubber glides quietly across the glass.",
      [("compatibility", "pinch-tab and bayonet arms", "Compatible with: J-hook arms only", "compatible_with")]),
    X("zh", "16至26英寸多种尺寸。ClearArc无骨雨刮，全硅胶胶条，刮得干净还静音，适用U型（J钩）雨刮臂。",
      [("material", "全硅胶胶条", "Material: Natural rubber with graphite coating", "material")]),
    O("zh", "无骨雨刮片，天然橡胶胶条带石墨涂层，16至26英寸多种尺寸，适配J钩（U型）摇臂。单支装，保修一年。"),
  ])

P("vanilla-car-air-freshener", "Vanilla Car Air Freshener", "Sheen Auto Care", "Air Freshener",
  "Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Decor > Vehicle Air Fresheners", "",
  "3.99", 0,
  copies=[
    O("en", "A little vanilla for the daily commute. Hang it from the mirror and go.", note="product has no facts"),
    X("en", "As an AI language model, I can't smell products, but here's a description: Vanilla Car Air Freshener keeps your car smelling sweet.",
      [("refusal", "As an AI language model, I can't smell products", "leaked model refusal", "copy")]),
    O("zh", "香草味车载香片，挂在后视镜上，通勤路上淡淡甜香。", note="product has no facts"),
  ])

P("roadnest-leatherette-seat-covers", "Roadnest Leatherette Seat Cover Set", "Roadnest", "Seat Covers",
  "Vehicles & Parts > Vehicle Parts & Accessories > Vehicle Maintenance, Care & Decor > Vehicle Decor > Vehicle Seat Covers",
  "seat covers, leatherette", "69.99", 2600,
  body="<p>Side-airbag compatible (tear-away stitching on the seat backs). Fits seats with removable headrests; not suitable for integrated headrests. Wipe clean.</p>",
  attrs={"material": "PU leatherette", "pieces": "9", "machine_washable": "No"},
  opts=[("Color", ["Black", "Black/Red", "Beige"])],
  copies=[
    O("en", "9-piece PU leatherette set in Black, Black/Red or Beige. Tear-away stitching keeps side airbags working. Wipe clean with a damp cloth."),
    X("en", "Roadnest 9-piece seat covers in soft PU leatherette. Just toss them in the washing machine when they get dirty.",
      [("feature", "toss them in the washing machine", "Machine washable: No", "machine_washable")]),
    X("zh", "PU皮革面料，湿布一擦就干净。Roadnest九件套座套，有黑色、黑红、米色和灰蓝色四种颜色，兼容侧气囊。",
      [("colour_variant", "灰蓝色", "Colors: Black, Black/Red, Beige", "variants")]),
    O("zh", "9件套PU皮革座套，兼容侧气囊（座椅背部为可撕裂缝线），适合头枕可拆的座椅。表面用湿布擦一擦就干净。"),
  ])
