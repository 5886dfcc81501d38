# Jewellery & watches; luggage & bags; health & mobility aids.
from common import P, O, X, D

JW = "Apparel & Accessories > Jewelry"
P("argent-sterling-figaro-chain", "Argent Sterling Silver Figaro Chain Necklace", "Argent", "Necklace",
  JW + " > Necklaces", "necklace, sterling silver, chain", "68.00", 12,
  body="<p>Nickel-free. Stamped 925. Arrives in a gift box.</p>",
  attrs={"material": "925 sterling silver, rhodium-plated", "width": "3.5 mm", "closure": "Lobster clasp"},
  opts=[("Length", ["18 in", "20 in", "22 in"])], prices={"18 in": "68.00", "20 in": "74.00", "22 in": "79.00"},
  copies=[
    O("en", "Solid 925 sterling silver Figaro chain, 3.5 mm wide, with rhodium plating so it stays bright. Choose 18, 20 or 22 inches (about 46, 51 or 56 cm).",
      note="conversions 18/20/22 in = 45.7/50.8/55.9 cm"),
    X("en", "The Argent Figaro chain comes in 16, 18, 20 and 22 inch lengths, so you can layer it with anything.",
      [("colour_variant", "16", "Lengths: 18 in, 20 in, 22 in", "variants")]),
    X("zh", "不含镍，附礼盒。Argent费加罗项链，925银镀18K金，3.5毫米宽，龙虾扣，送礼有面子。",
      [("material", "镀18K金", "Material: 925 sterling silver, rhodium-plated", "material")]),
    O("zh", "925纯银费加罗链，镀铑工艺，宽3.5毫米，龙虾扣，不含镍，附礼盒。长度有18、20、22英寸三种。"),
  ])

P("sola-gold-plated-huggies", "Sola Gold-Plated Huggie Hoop Earrings", "Sola", "Earrings",
  JW + " > Earrings", "earrings, hoops, huggie", "39.00", 4,
  attrs={"material": "18k gold plating over 925 sterling silver", "dimensions": "12 mm diameter, 2.5 mm thick",
         "hypoallergenic": "Yes (nickel-free)"},
  opts=[("Finish", ["Gold", "Rose Gold"])],
  copies=[
    O("en", "Sola huggies: 18k gold plating over sterling silver, 12 mm across and nickel-free, so sensitive ears can wear them all day. Gold or Rose Gold."),
    X("en", "Huggies that sit close to the lobe. Solid 14k gold huggie hoops, 12 mm, hypoallergenic and made to be worn every day.",
      [("material", "Solid 14k gold", "Material: 18k gold plating over 925 sterling silver", "material")]),
    X("zh", "金色、玫瑰金两色可选。Sola小圈耳环，925银镀18K金，直径20毫米，戴上很显脸小。不含镍。",
      [("number_unit", "直径20毫米", "Dimensions: 12 mm diameter", "dimensions")]),
    O("zh", "925银镀18K金小圈耳环，直径约1.2厘米，厚2.5毫米，不含镍，敏感耳也能戴。金色、玫瑰金可选。"),
  ])

P("meridian-200-automatic-diver", "Meridian 200 Automatic Dive Watch", "Meridian Watch Co.", "Watch",
  "Apparel & Accessories > Jewelry > Watches", "watch, automatic, diver", "349.00", 165,
  attrs={"movement": "Automatic (Seiko NH35), 41-hour power reserve", "water_resistance": "200 m (20 ATM)",
         "material": "316L stainless steel case; sapphire crystal", "dimensions": "42 mm case, 12.8 mm thick, 20 mm lugs",
         "warranty": "2 years"},
  opts=[("Dial", ["Black", "Blue", "Green"]), ("Strap", ["Steel bracelet", "Rubber"])],
  copies=[
    O("en", "The Meridian 200 is a 42 mm steel diver with a sapphire crystal and an NH35 automatic movement (about 41 hours of reserve). Water resistant to 200 m, roughly 660 feet.",
      note="conversion 200 m = 656 ft"),
    X("en", "Sapphire crystal and 20 mm lugs. Meridian 200: dependable quartz accuracy in a 42 mm steel case, water resistant to 200 m.",
      [("feature", "dependable quartz accuracy", "Movement: Automatic (Seiko NH35)", "movement")]),
    X("zh", "Meridian 200自动潜水表，42毫米精钢表壳，蓝宝石镜面，全球联保五年。NH35自动机芯，防水200米。",
      [("warranty", "全球联保五年", "Warranty: 2 years", "warranty")]),
    O("zh", "42毫米316L精钢表壳，蓝宝石镜面，NH35自动机芯，动力储存约41小时，防水200米。黑、蓝、绿三色表盘，钢带或橡胶表带可选。"),
  ])

P("petal-28mm-quartz-watch", "Petal 28 mm Quartz Watch", "Petal", "Watch",
  "Apparel & Accessories > Jewelry > Watches", "watch, women, leather", "129.00", 35,
  attrs={"movement": "Japanese quartz", "water_resistance": "3 ATM (splash resistant; not for swimming)",
         "material": "Stainless steel case; mineral crystal; genuine leather strap", "dimensions": "28 mm case",
         "battery_life": "about 3 years (SR626SW)"},
  opts=[("Strap Color", ["Tan", "Black", "Blush"])],
  copies=[
    O("en", "Petite 28 mm case on a genuine leather strap in Tan, Black or Blush. Japanese quartz inside; splash resistant, so take it off before a swim."),
    X("en", "Petal quartz watch: water resistant enough to wear in the pool, with a 28 mm case and genuine leather strap.",
      [("feature", "water resistant enough to wear in the pool", "Water resistance: 3 ATM (splash resistant; not for swimming)", "water_resistance")]),
    X("zh", "Petal女士石英表，28毫米表盘，蓝宝石镜面，真皮表带，通勤百搭。日本石英机芯。",
      [("material", "蓝宝石镜面", "Material: mineral crystal", "material")]),
    O("zh", "28毫米小表盘，日本石英机芯，3ATM生活防水（洗手溅水没问题，不能游泳）。电池大约可用三年。",
      note="3 ATM stated with its limitation; battery 'about 3 years'"),
  ])

P("pearlina-freshwater-pearl-studs", "Pearlina Freshwater Pearl Stud Earrings", "Pearlina", "Earrings",
  JW + " > Earrings", "pearl, studs, bridal", "89.00", 3,
  body="<p>Pearls are natural and vary slightly in shape and luster.</p>",
  attrs={"gemstone": "Freshwater cultured pearl, 7–7.5 mm, AAA", "material": "14k yellow gold posts and backs"},
  copies=[
    O("en", "AAA freshwater cultured pearls, 7–7.5 mm, set on 14k yellow gold posts. Each pearl is natural, so no two are quite alike."),
    X("en", "7–7.5 mm, AAA grade. Classic Akoya saltwater pearls on 14k gold posts: a gift she'll wear for years.",
      [("material", "Akoya saltwater pearls", "Stone: Freshwater cultured pearl", "gemstone")]),
    X("zh", "Pearlina珍珠耳钉，珍珠直径10毫米，14K黄金耳针，饱满有光泽。AAA级淡水养殖珍珠。",
      [("number_unit", "珍珠直径10毫米", "Stone: 7–7.5 mm", "gemstone")]),
    O("zh", "淡水养殖珍珠耳钉，AAA级，直径7至7.5毫米，14K黄金耳针和耳堵。每颗珍珠形状光泽略有差异，这是天然的证明。"),
  ])

P("milano-italian-leather-strap", "Milano Italian Leather Watch Strap", "Milano Straps", "Watch Strap",
  "Apparel & Accessories > Jewelry > Watch Accessories > Watch Bands", "watch strap, leather", "45.00", 20,
  attrs={"material": "Full-grain Italian leather; stainless steel buckle",
         "compatible_with": "Standard watches with 18, 20 or 22 mm lug width (spring bars included); not for Apple Watch",
         "quick_release": "Yes"},
  opts=[("Width", ["18 mm", "20 mm", "22 mm"]), ("Color", ["Cognac", "Black"])],
  copies=[
    O("en", "Full-grain Italian leather with quick-release spring bars. Fits any standard watch with 18, 20 or 22 mm lugs, in Cognac or Black."),
    X("en", "Full-grain Italian leather with a stainless buckle. Milano leather strap, quick-release, in Cognac or Black. Also fits Apple Watch 41 mm and 45 mm.",
      [("compatibility", "Also fits Apple Watch 41 mm and 45 mm", "Compatible with: ... not for Apple Watch", "compatible_with")]),
    X("zh", "Milano意大利真皮表带，快拆设计，18、20、22、24毫米四种宽度可选。头层牛皮，快拆生耳。",
      [("colour_variant", "24毫米", "Widths: 18 mm, 20 mm, 22 mm", "variants")]),
    O("zh", "意大利头层牛皮表带，不锈钢针扣，快拆生耳，适用表耳宽18、20、22毫米的普通手表（不适用于Apple Watch）。"),
  ])

P("aurelle-two-tier-jewelry-box", "Aurelle Two-Tier Jewelry Box", "Aurelle", "Jewelry Box",
  "Home & Garden > Decor > Jewelry Boxes", "jewelry box, gift", "42.00", 1100,
  body="<p>Removable top tray, 6 ring rolls, mirror in the lid. Velvet lining.</p>",
  attrs={"material": "MDF with PU leather wrap", "dimensions": "10.2 x 7.1 x 4.7 in", "lock": "No"},
  opts=[("Color", ["White", "Gray", "Black"])],
  copies=[
    O("en", "Two tiers in about 26 x 18 x 12 cm: a removable tray, six ring rolls and a mirror in the lid, all lined in soft velvet.",
      note="conversion 10.2 x 7.1 x 4.7 in = 25.9 x 18.0 x 11.9 cm"),
    X("en", "Aurelle jewelry box, handcrafted from solid wood and lined in velvet, with a removable top tray.",
      [("material", "handcrafted from solid wood", "Material: MDF with PU leather wrap", "material")]),
    X("en", "Two tiers, six ring rolls and a mirror in the lid. Keep valuables safe with the built-in lock and key.",
      [("feature", "the built-in lock and key", "Lock: No", "lock")]),
    O("zh", "双层首饰盒，PU皮面，内衬绒布，上层托盘可取出，配6条戒指槽，盒盖带镜子。白、灰、黑三色。"),
    X("zh", "Aurelle双层首饰盒，白灰黑三色，今日下单立减20元，送礼正当时。",
      [("price_stock", "今日下单立减20元", "copy must not state prices or discounts", "copy")]),
  ])

P("velvet-ring-box", "Velvet Ring Box", "Aurelle", "Ring Box",
  "Home & Garden > Decor > Jewelry Boxes", "", "5.50", 0,
  copies=[
    O("en", "A soft little box to present a ring, or simply keep one safe.", note="product has no facts"),
    X("zh", "抱歉，我无法根据现有信息撰写这款产品的描述。丝绒戒指盒，送礼必备。",
      [("refusal", "抱歉，我无法根据现有信息撰写这款产品的描述", "leaked model refusal", "copy")]),
    O("zh", "丝绒戒指盒，求婚、送礼都体面。", note="product has no facts"),
  ])

# ---------------- luggage & bags
LUG = "Luggage & Bags"
P("transit-carry-on-spinner-22", "Transit Carry-On Spinner, 22 in", "Transit", "Carry-On Luggage",
  LUG + " > Suitcases", "carry-on, spinner, hardside", "229.00", 3310,
  body="<p>Four 360° spinner wheels. Expandable by 1.5 in.</p>",
  attrs={"material": "100% polycarbonate shell", "dimensions": "22 x 14 x 9 in (incl. wheels)", "weight": "7.3 lb",
         "capacity": "40 L", "lock": "TSA-approved combination lock", "warranty": "10 years"},
  opts=[("Color", ["Black", "Navy", "Sage Green", "Silver"])],
  copies=[
    O("en", "Polycarbonate carry-on that meets the common 22 x 14 x 9 in limit with the wheels included, about 56 x 36 x 23 cm. 40 liters inside, 7.3 lb empty, TSA lock built in.",
      note="conversion 22 x 14 x 9 in = 55.9 x 35.6 x 22.9 cm"),
    X("en", "Transit carry-on: an aerospace-grade aluminum shell, a TSA lock and four smooth spinner wheels.",
      [("material", "an aerospace-grade aluminum shell", "Material: 100% polycarbonate shell", "material")]),
    X("en", "Glides through the airport on four spinner wheels and weighs just 4.5 lb empty. Black, Navy, Sage Green or Silver.",
      [("number_unit", "weighs just 4.5 lb", "Weight: 7.3 lb", "weight")]),
    X("zh", "四个万向轮，推行顺滑。Transit 22寸登机箱，聚碳酸酯箱壳，TSA海关锁，终身保修，放心出行。容量40升。",
      [("warranty", "终身保修", "Warranty: 10 years", "warranty")]),
    O("zh", "100%聚碳酸酯箱壳，容量40升，空箱约3.3公斤，自带TSA海关密码锁，十年保修。黑、藏蓝、鼠尾草绿、银色四色。",
      note="conversion 7.3 lb = 3.31 kg"),
  ])

P("nomad-25l-laptop-backpack", "Nomad 25L Commuter Laptop Backpack", "Nomad Supply", "Backpack",
  LUG + " > Backpacks", "backpack, laptop, commuter", "98.00", 860,
  attrs={"capacity": "25 L", "compatible_with": "Laptops up to 16 in (e.g. MacBook Pro 16)", "material": "600D recycled polyester",
         "waterproof": "No (water-resistant coating)", "weight": "1.9 lb", "dimensions": "18 x 12 x 7 in"},
  opts=[("Color", ["Black", "Charcoal", "Olive"])],
  copies=[
    O("en", "25 L commuter pack in recycled 600D polyester with a water-resistant coating. The laptop sleeve takes laptops up to 16 inches."),
    X("en", "Nomad backpack: 100% waterproof, so your laptop stays dry in any downpour. 25 liters, three colors.",
      [("feature", "100% waterproof", "Waterproof: No (water-resistant coating)", "waterproof")]),
    X("en", "Room for the whole workday: the padded sleeve fits up to 17-inch laptops, with 25 L for everything else.",
      [("compatibility", "fits up to 17-inch laptops", "Compatible with: Laptops up to 16 in", "compatible_with")]),
    O("zh", "25升通勤背包，约46×30×18厘米，重约860克，电脑仓可放16英寸以内笔记本（如MacBook Pro 16）。表面有防泼水涂层。",
      note="conversions 18x12x7 in = 45.7x30.5x17.8 cm; 1.9 lb = 862 g"),
    X("zh", "电脑仓可放16英寸笔记本。Nomad通勤双肩包，黑色、炭灰、军绿和卡其四色，25升大容量。表面有防泼水涂层。",
      [("colour_variant", "卡其", "Colors: Black, Charcoal, Olive", "variants")]),
  ])

P("voyager-packing-cubes-6", "Voyager Compression Packing Cubes, Set of 6", "Voyager", "Packing Cubes",
  LUG + " > Luggage Accessories > Packing Organizers", "packing cubes, travel", "34.00", 397,
  attrs={"pieces": "6 (1 XL, 2 L, 2 M, 1 laundry bag)", "material": "Ripstop nylon with mesh top panels", "weight": "14 oz"},
  opts=[("Color", ["Gray", "Teal"])],
  copies=[
    O("en", "Six pieces: one XL, two L and two M cubes plus a laundry bag, in ripstop nylon with mesh tops. About 14 oz for the whole set."),
    X("en", "Voyager compression cubes, set of 8, so every outfit gets its own place. Ripstop nylon, Gray or Teal.",
      [("number_unit", "set of 8", "Pieces: 6", "pieces")]),
    X("zh", "Voyager压缩收纳袋六件套，加厚帆布材质，网面顶盖，透气耐用。特大号、大号、中号都有，外加一个洗衣袋。",
      [("material", "加厚帆布材质", "Material: Ripstop nylon with mesh top panels", "material")]),
    O("zh", "六件套压缩收纳袋：特大号一个、大号两个、中号两个，外加一个洗衣袋。防撕裂尼龙，整套约400克。",
      note="conversion 14 oz = 397 g"),
  ])

P("harbor-waxed-canvas-tote", "Harbor Waxed Canvas Tote", "Harbor Goods", "Tote Bag",
  "Apparel & Accessories > Handbags, Wallets & Cases > Handbags > Tote Handbags", "tote, canvas, waxed", "85.00", 900,
  attrs={"material": "16 oz waxed cotton canvas; full-grain leather handles", "dimensions": "16 x 14 x 6 in",
         "closure": "Open top with magnetic snap", "care": "Spot clean; do not machine wash"},
  opts=[("Color", ["Olive", "Tan", "Navy"])],
  copies=[
    O("en", "Waxed cotton canvas tote with leather handles and a magnetic snap, 16 x 14 x 6 in. Spot clean only. Olive, Tan or Navy."),
    X("en", "Harbor waxed canvas tote with full-grain leather handles. A zip-top closure keeps everything secure.",
      [("feature", "A zip-top closure", "Closure: Open top with magnetic snap", "closure")]),
    X("zh", "16盎司油蜡帆布，只需局部擦洗。Harbor油蜡帆布托特包，PU皮提手，磁吸扣开合，橄榄绿、棕褐、藏蓝三色。",
      [("material", "PU皮提手", "Material: full-grain leather handles", "material")]),
    O("zh", "16盎司油蜡帆布托特包，头层牛皮提手，磁吸扣开口，约41×36×15厘米。只能局部擦洗，请勿机洗。",
      note="conversion 16 x 14 x 6 in = 40.6 x 35.6 x 15.2 cm; '16盎司' is canvas weight"),
  ])

P("ridgeline-rfid-bifold-wallet", "Ridgeline RFID Bifold Wallet", "Ridgeline Leather", "Wallet",
  "Apparel & Accessories > Handbags, Wallets & Cases > Wallets & Money Clips", "wallet, leather, rfid", "49.00", 90,
  attrs={"material": "Full-grain cowhide leather", "rfid": "Yes", "capacity": "8 cards + bill compartment", "dimensions": "4.5 x 3.5 in"},
  opts=[("Color", ["Brown", "Black"])],
  copies=[
    O("en", "Full-grain cowhide bifold with RFID blocking. Holds eight cards and cash, and folds to roughly 11.5 x 9 cm.",
      note="conversion 4.5 x 3.5 in = 11.4 x 8.9 cm"),
    X("en", "Slim but roomy: the Ridgeline bifold holds 12 cards plus cash, with RFID blocking built in.",
      [("number_unit", "holds 12 cards", "Capacity: 8 cards + bill compartment", "capacity")]),
    X("zh", "Ridgeline钱包【此处插入卖点】，头层牛皮，防RFID盗刷。",
      [("placeholder", "【此处插入卖点】", "unfilled template placeholder", "copy")]),
    O("zh", "头层牛皮对折钱包，防RFID盗刷，8个卡位加一个钞票层，棕、黑两色。"),
  ])

P("summit-100l-rolling-duffel", "Summit 100L Rolling Duffel", "Summit Gear", "Duffel Bag",
  LUG + " > Duffel Bags", "duffel, wheeled, travel", "189.00", 4310,
  attrs={"capacity": "100 L", "material": "1000D nylon with TPU coating", "dimensions": "32 x 15 x 14 in", "weight": "9.5 lb",
         "waterproof": "Water-resistant (not submersible)", "warranty": "Lifetime"},
  opts=[("Color", ["Black", "Orange"])],
  copies=[
    O("en", "A 100-liter rolling duffel (about 26 gallons) in TPU-coated 1000D nylon, backed by a lifetime warranty.",
      note="conversion 100 L = 26.4 US gal"),
    X("en", "Pack for the whole family: the Summit duffel swallows a massive 100 gallons of gear on two sturdy wheels.",
      [("number_unit", "100 gallons", "Capacity: 100 L (26 gal)", "capacity")]),
    X("zh", "TPU涂层，终身保修。Summit拉杆旅行袋，1000D尼龙，完全防水，掉进水里也不怕。容量100升。",
      [("feature", "完全防水，掉进水里也不怕", "Waterproof: Water-resistant (not submersible)", "waterproof")]),
    O("zh", "容量100升，1000D尼龙加TPU涂层，防泼水，约81×38×36厘米，重约4.3公斤，终身保修。",
      note="conversions 32x15x14 in = 81.3x38.1x35.6 cm; 9.5 lb = 4.31 kg"),
  ])

P("classic-luggage-tag", "Classic Luggage Tag", "Voyager", "Luggage Tag",
  LUG + " > Luggage Accessories > Luggage Tags", "", "9.00", 0,
  copies=[
    O("en", "Make your bag easy to spot at the carousel with the Classic Luggage Tag.", note="product has no facts"),
    X("en", "Lorem ipsum dolor sit amet. Classic Luggage Tag keeps your bags identifiable.",
      [("placeholder", "Lorem ipsum dolor sit amet", "unfilled template filler", "copy")]),
    O("zh", "经典行李牌，行李转盘上一眼认出自己的箱子。", note="product has no facts"),
  ])

# ---------------- health & mobility
HM = "Health & Beauty > Health Care > Mobility & Accessibility"
P("steadystep-folding-walker", "SteadyStep Folding Walker with 5 in Wheels", "SteadyStep", "Walker",
  HM + " > Walkers", "walker, mobility, folding", "69.00", 2950,
  body="<p>Folds flat with one push button. Front wheels 5 in; rear glide caps included. No seat.</p>",
  attrs={"material": "Aluminum frame", "max_load": "300 lb", "weight": "6.5 lb", "height_range": "32–39 in", "width": "24.5 in"},
  copies=[
    O("en", "Lightweight aluminum walker, only 6.5 lb, that supports up to 300 lb (about 136 kg). Height adjusts from 32 to 39 in.",
      note="conversion 300 lb = 136.1 kg"),
    X("en", "SteadyStep folds flat at the push of a button, and the built-in padded seat lets you rest whenever you need to.",
      [("feature", "the built-in padded seat", "No seat", "description")]),
    X("zh", "SteadyStep铝合金折叠助行器，自重仅约3公斤，承重300公斤，结实可靠。",
      [("number_unit", "承重300公斤", "Max load: 300 lb (136 kg)", "max_load")], note="自重约3公斤 is a correct conversion of 6.5 lb"),
    O("zh", "铝合金折叠助行器，一键折叠，前轮5英寸，高度81至99厘米可调，承重约136公斤。",
      note="conversions 32–39 in = 81–99 cm; 300 lb = 136 kg"),
  ])

P("glide-rollator-seat-basket", "Glide Rollator with Seat and Basket", "Glide Mobility", "Rollator",
  HM + " > Walkers", "rollator, walker, seat", "149.00", 6990,
  body="<p>Loop-lock hand brakes. Folds with the seat on. Backrest and under-seat basket included.</p>",
  attrs={"max_load": "250 lb", "seat_height": "21 in", "weight": "15.4 lb", "wheel_size": "8 in", "material": "Aluminum",
         "warranty": "Lifetime frame; 1 year other parts"},
  opts=[("Color", ["Red", "Blue", "Black"])],
  copies=[
    O("en", "8-inch wheels, loop-lock brakes, a seat 21 inches up and a basket underneath. Red, Blue or Black."),
    X("en", "Loop-lock brakes, and it folds with the seat on. Glide rollator: 8-inch wheels, a comfortable seat and backrest, and it supports up to 350 lb.",
      [("number_unit", "supports up to 350 lb", "Max load: 250 lb", "max_load")]),
    X("zh", "环形手刹，带座也能折叠。Glide带座四轮助行车，红、蓝、黑、绿四色，座高21英寸，附储物篮。",
      [("colour_variant", "绿", "Colors: Red, Blue, Black", "variants")]),
    O("zh", "铝合金四轮助行车，自重约7公斤，8英寸大轮，座高约53厘米，承重约113公斤，带靠背和储物篮。",
      note="conversions 15.4 lb = 6.99 kg; 21 in = 53.3 cm; 250 lb = 113.4 kg"),
  ])

P("comfort-grip-offset-cane", "Comfort Grip Adjustable Offset Cane", "SteadyStep", "Cane",
  HM + " > Canes & Walking Sticks", "cane, walking stick", "24.00", 363,
  attrs={"material": "Anodized aluminum shaft, foam grip", "max_load": "250 lb", "height_range": "30–39 in", "weight": "0.8 lb"},
  opts=[("Color", ["Black", "Bronze", "Floral"])],
  copies=[
    O("en", "Offset-handle cane that adjusts from 30 to 39 inches, weighs under a pound, and has a soft foam grip. Black, Bronze or Floral.",
      note="0.8 lb = 'under a pound'"),
    X("en", "Comfort Grip cane with a featherweight carbon fiber shaft and a soft foam handle. Adjusts from 30 to 39 in.",
      [("material", "carbon fiber shaft", "Material: Anodized aluminum shaft", "material")]),
    X("zh", "自重约360克，轻便好拿。偏心手杖，泡棉握把，高度可调。现在下单仅需59元，数量有限！",
      [("price_stock", "现在下单仅需59元，数量有限", "copy must not state price or stock", "copy")]),
    O("zh", "铝合金偏心手杖，泡棉握把，高度76至99厘米可调，自重约360克，承重约113公斤。",
      note="conversions 30–39 in = 76–99 cm; 0.8 lb = 363 g; 250 lb = 113 kg"),
  ])

P("safeseat-shower-chair-backrest", "SafeSeat Shower Chair with Backrest", "SafeSeat", "Shower Chair",
  "Health & Beauty > Health Care > Mobility & Accessibility > Accessibility Furniture & Fixtures > Shower Benches & Seats",
  "shower chair, bath safety", "45.00", 2300,
  body="<p>Drainage holes in the seat. Non-slip rubber tips.</p>",
  attrs={"max_load": "300 lb", "material": "Blow-molded HDPE seat; aluminum legs", "height_range": "16–21 in", "assembly": "Tool-free"},
  copies=[
    O("en", "Tool-free assembly, drainage holes in the seat, non-slip rubber tips and a 300 lb weight capacity. Seat height adjusts from 16 to 21 inches."),
    X("en", "SafeSeat shower chair: sturdy stainless steel legs, a backrest and a seat with drainage holes. Holds up to 300 lb.",
      [("material", "stainless steel legs", "Material: aluminum legs", "material")]),
    X("zh", "免工具安装，座面带排水孔。SafeSeat洗澡椅，带靠背，座高可在40–70厘米之间调节，高矮都合适。",
      [("number_unit", "40–70厘米", "Height range: 16–21 in (41–53 cm)", "height_range")]),
    O("zh", "洗澡椅座面高度约41至53厘米可调，免工具安装，座面带排水孔，脚垫防滑，承重约136公斤。",
      note="conversions 16–21 in = 40.6–53.3 cm; 300 lb = 136 kg"),
  ])

P("daymark-7-day-pill-organizer", "DayMark 7-Day AM/PM Pill Organizer", "DayMark", "Pill Organizer",
  "Health & Beauty > Health Care > Pill Cases", "pill box, weekly", "12.99", 140,
  body="<p>Push-button lids that open easily for arthritic hands. Braille letters on each lid.</p>",
  attrs={"material": "BPA-free polypropylene", "pieces": "14 compartments", "dishwasher_safe": "No (hand wash)"},
  opts=[("Color", ["Rainbow", "Clear"])],
  copies=[
    O("en", "Fourteen compartments for morning and evening, with easy push-button lids and Braille letters. BPA-free plastic; hand wash.",
      note="'BPA-free plastic' for BPA-free polypropylene"),
    X("en", "DayMark weekly organizer, AM and PM, with push-button lids. Dishwasher safe, so cleaning takes no time.",
      [("feature", "Dishwasher safe", "Dishwasher safe: No (hand wash)", "dishwasher_safe")]),
    X("zh", "关节不便也好打开。DayMark一周药盒，早中晚21格，按压开盖，盲文标识。不含BPA。",
      [("number_unit", "早中晚21格", "Pieces: 14 compartments (AM/PM)", "pieces")]),
    O("zh", "一周七天早晚分装药盒，共14格，按压式开盖，关节不便也好打开，盖子带盲文。不含BPA的聚丙烯材质，请手洗。"),
  ])

P("pulsecheck-upper-arm-bp-monitor", "PulseCheck Upper Arm Blood Pressure Monitor", "PulseCheck", "Blood Pressure Monitor",
  "Health & Beauty > Health Care > Biometric Monitors > Blood Pressure Monitors", "blood pressure, monitor", "59.00", 480,
  attrs={"certifications": "FDA cleared, CE", "cuff_size": "22–42 cm (8.7–16.5 in)",
         "battery_life": "about 300 readings on 4 AA batteries", "memory": "2 users x 120 readings", "warranty": "5 years"},
  copies=[
    O("en", "FDA-cleared upper arm monitor with a cuff that fits 22–42 cm (8.7–16.5 in) arms. Stores 120 readings each for two users."),
    X("en", "PulseCheck upper arm monitor. Wide-range cuff, two users, and it stores 500 readings per user.",
      [("number_unit", "stores 500 readings per user", "Memory: 2 users x 120 readings", "memory")]),
    X("zh", "PulseCheck上臂式血压计，双用户记忆，袖带适合22–42厘米臂围，保修一年。",
      [("warranty", "保修一年", "Warranty: 5 years", "warranty")]),
    X("zh", "PulseCheck电子血压计，通过中国NMPA注册认证，家用测量更放心。袖带适合22至42厘米臂围。",
      [("certification", "通过中国NMPA注册认证", "Certifications: FDA cleared, CE", "certifications")]),
    O("zh", "上臂式电子血压计，袖带适合臂围22至42厘米，双用户各存120组数据，四节5号电池约可测300次。美国FDA认证、CE认证，保修五年。",
      note="5号 = AA; 'FDA认证' is the usual Chinese rendering of FDA cleared"),
  ])

P("stablestride-hinged-knee-brace", "StableStride Hinged Knee Brace", "StableStride", "Knee Brace",
  "Health & Beauty > Health Care > Supports & Braces", "knee brace, support", "39.00", 320,
  body="<p>Measure 6 in above the kneecap: S 13–15 in, M 15–17 in, L 17–20 in, XL 20–23 in.</p>",
  attrs={"material": "Breathable nylon/spandex (neoprene-free); aluminum side hinges", "latex_free": "Yes", "care": "Hand wash, air dry"},
  opts=[("Size", ["S", "M", "L", "XL"])],
  copies=[
    O("en", "Breathable nylon-spandex brace with aluminum side hinges, latex-free. Sizes S to XL, chosen by thigh circumference 6 in above the kneecap."),
    X("en", "Sizes S to XL. StableStride brace in warm, supportive neoprene with aluminum side hinges. Hand wash, air dry.",
      [("material", "warm, supportive neoprene", "Material: nylon/spandex (neoprene-free)", "material")]),
    X("zh", "StableStride铰链护膝，透气尼龙氨纶面料，S到XXL五个尺码，胖瘦都能穿。",
      [("colour_variant", "S到XXL五个尺码", "Sizes: S, M, L, XL", "variants")]),
    O("zh", "测量髌骨上方15厘米处的腿围：M码约38至43厘米，L码约43至51厘米。铝制侧铰链，不含乳胶。",
      note="conversions 6 in = 15.2 cm; 15–17 in = 38–43 cm; 17–20 in = 43–51 cm"),
  ])

P("reusable-hot-cold-gel-pack", "Reusable Hot & Cold Gel Pack", "DayMark", "Hot & Cold Pack",
  "Health & Beauty > Health Care > First Aid > Hot & Cold Therapies", "", "12.00", 0,
  copies=[
    O("en", "Reusable Hot & Cold Gel Pack: chill it or warm it for soothing relief after a long day.", note="product has no facts beyond the title"),
    X("en", "I cannot provide medical advice. Please consult a healthcare professional. Reusable Hot & Cold Gel Pack.",
      [("refusal", "I cannot provide medical advice. Please consult a healthcare professional.", "leaked model refusal", "copy")]),
    O("zh", "可重复使用的冷热敷凝胶袋，冷敷热敷都可以。", note="product has no facts beyond the title"),
  ])
