from common import P, ok, bad

HY = "Copy hygiene: no leaked model refusal"
PH = "Copy hygiene: unfilled template placeholder"
PS = "Price/stock statements do not belong in copy"


def empty(h, t, ty, cat, price, sku, c):
    return P(h, t, "Odds & Ends Co", ty, cat, "", "", {}, None, price, 300, sku, c)


PRODUCTS = [
P("riptide-7ft-spinning-rod", "Riptide 7' Medium Spinning Rod", "Riptide Angling", "Fishing Rods",
  "Sporting Goods > Outdoor Recreation > Fishing > Fishing Rods", "fishing rod, spinning, bass",
  "<p>Fast action, stainless guides with ceramic inserts, split cork grip.</p>",
  {"length": "7 ft (2.13 m)", "power": "Medium", "line_weight": "6–12 lb", "lure_weight": "1/4–5/8 oz",
   "material": "24-ton carbon fiber", "pieces": "2", "warranty": "1 year"},
  None, 79.00, 140, "RPT-SR7", [
  ok("en", "Seven feet of 24-ton graphite, medium power, fast action. Throws 1/4 to 5/8 oz lures on 6–12 lb line and breaks into two pieces for the truck.",
     note="graphite = carbon fiber"),
  bad("en", "Riptide 7' rod — rated for 20–40 lb line, one-piece blank for maximum sensitivity.",
      ("number_unit", "20–40 lb line", "Line weight: 6–12 lb", "line_weight"),
      ("number_unit", "one-piece blank", "Pieces: 2", "pieces")),
  ok("zh", "2.13米中调直柄路亚竿，24T碳素，两节设计，适用线号6-12磅，饵重7-18克。",
     note="1/4 oz = 7.1 g; 5/8 oz = 17.7 g"),
  bad("zh", "Riptide路亚竿，全长7米，碳素材质，中调。",
      ("number_unit", "全长7米", "Length: 7 ft (2.13 m)", "length")),
]),

P("riptide-3000-spinning-reel", "Riptide 3000 Spinning Reel", "Riptide Angling", "Fishing Reels",
  "Sporting Goods > Outdoor Recreation > Fishing > Fishing Reels", "reel, spinning",
  "<p>Aluminium spool, carbon drag washers, 6+1 bearings. Left or right hand retrieve.</p>",
  {"gear_ratio": "5.2:1", "weight": "9.2 oz", "drag": "15 lb", "capacity": "8 lb / 180 yd mono"},
  None, 69.00, 261, "RPT-R30", [
  ok("en", "Smooth 6+1 bearings, a 5.2:1 gear ratio and up to 15 lb of carbon drag in a 261 g reel.", note="9.2 oz = 260.8 g"),
  bad("en", "Riptide 3000: Seven feet of 24-ton graphite, medium power, fast action. Throws 1/4 to 5/8 oz lures on 6–12 lb line and breaks into two pieces for the truck.",
      ("near_duplicate", "Seven feet of 24-ton graphite", "Copy of {src} (Riptide rod) with the name swapped; this is a reel", "copy", "riptide-7ft-spinning-rod#0")),
  bad("zh", "3000型纺车轮，速比6.2:1，最大卸力15磅，重约261克。",
      ("number_unit", "速比6.2:1", "Gear ratio: 5.2:1", "gear_ratio")),
]),

P("marina-one-piece-swimsuit", "Marina Recycled One-Piece Swimsuit", "Marina Swim", "Swimwear",
  "Apparel & Accessories > Clothing > Swimwear", "swimsuit, recycled, upf",
  "<p>Fully lined, chlorine resistant and UPF 50+. Made from recycled nylon.</p>",
  {"material": "80% recycled nylon, 20% elastane", "upf": "UPF 50+", "care": "Hand wash cold"},
  [("Size", ["S", "M", "L", "XL"]), ("Color", ["Navy", "Coral", "Black"])], 68.00, 180, "MRN-OP", [
  ok("en", "Made from recycled nylon with 20% stretch, fully lined, UPF 50+ and chlorine resistant. S to XL in navy, coral or black.", note="elastane = stretch"),
  bad("en", "Marina One-Piece in 100% organic cotton, sizes XS–XL.",
      ("material", "100% organic cotton", "Material: 80% recycled nylon, 20% elastane", "material"),
      ("colour_variant", "XS", "Variants: Size S, M, L, XL", "variants")),
  ok("zh", "再生尼龙连体泳衣，含20%氨纶，全衬里，防晒指数UPF50+，耐氯。海军蓝、珊瑚色、黑色，S至XL码。"),
  bad("zh", "Marina连体泳衣，UPF30防晒，耐氯，全衬里。",
      ("number_unit", "UPF30", "UPF: UPF 50+", "upf")),
]),

P("coastline-polarized-sunglasses", "Coastline Polarized Sunglasses", "Coastline Eyewear", "Sunglasses",
  "Apparel & Accessories > Clothing Accessories > Sunglasses", "sunglasses, polarized",
  "<p>Lightweight TR90 frame with polarized polycarbonate lenses blocking 100% UVA/UVB (UV400). Not available with prescription lenses.</p>",
  {"lens": "Polarized polycarbonate, UV400", "material": "TR90 nylon frame", "dimensions": "Lens width 55 mm"},
  [("Color", ["Tortoise", "Matte Black"])], 45.00, 28, "CST-PS", [
  ok("en", "Polarized, UV400 lenses in a feather-light TR90 frame. Tortoise or matte black.", note=""),
  bad("en", "Coastline sunglasses with scratch-proof glass lenses, can be fitted with your prescription.",
      ("material", "glass lenses", "Lens: Polarized polycarbonate", "lens"),
      ("feature", "can be fitted with your prescription", "Body: Not available with prescription lenses", "description")),
  bad("zh", "Coastline偏光太阳镜，金属镜框，UV400防护。",
      ("material", "金属镜框", "Material: TR90 nylon frame", "material")),
]),

P("peakline-travel-tripod", "Peakline Travel Tripod", "Peakline", "Tripods",
  "Cameras & Optics > Camera & Optic Accessories > Tripods & Monopods", "tripod, travel, camera",
  "<p>Reverse-folding legs and an Arca-Swiss compatible ball head with a quick-release plate.</p>",
  {"max_height": "63 in (160 cm)", "folded_length": "16.5 in (42 cm)", "weight": "3.1 lb (1.4 kg)",
   "max_load": "17.6 lb (8 kg)", "material": "Aluminum alloy", "compatible_with": "Arca-Swiss plates"},
  None, 119.00, 1400, "PKL-TT", [
  ok("en", "Folds to 42 cm, stretches to 1.6 m, weighs 1.4 kg and holds 8 kg of camera. Arca-Swiss plates click straight in.", note=""),
  bad("en", "Peakline carbon fibre travel tripod — just 1.4 kg, extends to 160 cm.",
      ("material", "carbon fibre", "Material: Aluminum alloy", "material")),
  bad("zh", "旅行三脚架，最大高度160厘米，最大承重17.6公斤，收纳长度42厘米。",
      ("number_unit", "最大承重17.6公斤", "Max load: 17.6 lb (8 kg)", "max_load")),
  ok("zh", "铝合金旅行三脚架，反折收纳仅42厘米，最高1.6米，自重约1.4公斤，承重8公斤，兼容Arca-Swiss快装板。"),
]),

P("clearcoat-uv-filter", "ClearCoat MC UV Filter", "ClearCoat Optics", "Lens Filters",
  "Cameras & Optics > Camera & Optic Accessories > Lens Filters", "uv filter, lens",
  "<p>Schott B270 glass with 16-layer multi-coating; slim aluminium ring.</p>",
  {"filter_thread": "58 mm, 67 mm, 77 mm", "material": "Schott B270 optical glass", "coating": "16-layer multi-coating"},
  [("Size", ["58 mm", "67 mm", "77 mm"])], {"58 mm": 24.0, "67 mm": 29.0, "77 mm": 36.0}, 30, "CCO-UV", [
  ok("en", "Schott glass, sixteen coating layers, and a slim ring. Choose 58, 67 or 77 mm.", note=""),
  bad("en", "ClearCoat UV filter, available in 49 mm to 82 mm.",
      ("colour_variant", "49 mm to 82 mm", "Variants: 58, 67, 77 mm", "variants")),
  bad("zh", "ClearCoat多层镀膜UV镜，采用树脂镜片，轻薄铝框。",
      ("material", "树脂镜片", "Material: Schott B270 optical glass", "material")),
]),

P("scribe-gel-pens-24", "Scribe Gel Pens, 24 Colors", "Scribe", "Pens",
  "Office Supplies > Writing Instruments > Pens", "gel pens, school, journaling",
  "<p>Smooth quick-dry gel ink, acid-free and archival safe.</p>",
  {"pieces": "24", "tip_size": "0.7 mm", "material": "Acid-free gel ink"},
  None, 12.99, 280, "SCR-GP24", [
  ok("en", "24 colours of smooth, quick-drying gel ink with medium 0.7 mm tips. Acid-free, so your journal won't yellow.", note=""),
  bad("zh", "24色中性笔套装，笔尖0.5毫米，书写顺滑。",
      ("number_unit", "笔尖0.5毫米", "Tip size: 0.7 mm", "tip_size")),
  bad("en", "Scribe Gel Pens — 36 vibrant colours, 0.7 mm, acid-free.",
      ("number_unit", "36 vibrant colours", "Pieces: 24", "pieces")),
]),

P("campus-25l-backpack", "Campus 25L Everyday Backpack", "Campus Supply", "Backpacks",
  "Luggage & Bags > Backpacks", "backpack, school, laptop",
  "<p>Padded sleeve for laptops up to 15.6 in. Water-resistant coating — not waterproof.</p>",
  {"capacity": "25 L", "laptop_fit": "Up to 15.6 in", "material": "600D recycled polyester"},
  [("Color", ["Navy", "Black", "Heather Grey"])], 59.00, 700, "CMP-BP25", [
  ok("en", "25 litres with a padded sleeve for up to a 15.6\" laptop. Recycled polyester with a water-resistant finish.", note=""),
  bad("en", "Campus 25L: fully waterproof, fits 17-inch laptops.",
      ("feature", "fully waterproof", "Body: Water-resistant — not waterproof", "description"),
      ("compatibility", "fits 17-inch laptops", "Laptop fit: Up to 15.6 in", "laptop_fit")),
  ok("zh", "25升双肩包，可放15.6英寸笔记本，600D再生涤纶，防泼水。海军蓝、黑色、麻灰色。"),
]),

P("sommet-electric-wine-opener", "Sommet Electric Wine Opener Set", "Sommet", "Wine Openers",
  "Home & Garden > Kitchen & Dining > Barware > Wine Accessories", "wine opener, electric, gift",
  "<p>Opens up to 30 bottles per charge. Set includes opener, foil cutter, pourer and vacuum stopper.</p>",
  {"cordless": "Yes (rechargeable)", "charging": "USB-C", "pieces": "4"},
  [("Color", ["Black", "Stainless"])], 39.00, 500, "SMM-EWO", [
  ok("en", "Press a button, pop the cork. Uncork about 30 bottles per charge, then top up over USB-C. With foil cutter, pourer and stopper.", note=""),
  bad("zh", "电动开瓶器四件套，充一次电可开100瓶。",
      ("number_unit", "可开100瓶", "Body: up to 30 bottles per charge", "description")),
  ok("zh", "无线电动红酒开瓶器四件套：开瓶器、割锡纸刀、倒酒器、真空塞，USB-C充电，每次充电可开约30瓶。"),
]),

P("greenthumb-raised-bed", "Greenthumb Galvanized Raised Garden Bed 8x4", "Greenthumb", "Raised Beds",
  "Home & Garden > Lawn & Garden > Gardening > Raised Garden Beds", "raised bed, galvanized",
  "<p>Uncoated galvanized steel panels with rolled safety edges. Open bottom.</p>",
  {"material": "Galvanized steel (uncoated)", "dimensions": "8 x 4 x 1 ft", "pieces": "Bolt-together panels"},
  None, 129.00, 14000, "GTB-RB84", [
  ok("en", "Eight feet by four and a foot deep — roughly 2.4 x 1.2 x 0.3 m of growing space in rust-resistant galvanized steel.", note="8 ft = 2.44 m"),
  bad("en", "Greenthumb bed in powder-coated steel, 8 x 4 ft.",
      ("material", "powder-coated", "Material: Galvanized steel (uncoated)", "material")),
  bad("zh", "镀锌钢种植箱，尺寸8×4×1米，开放式底部。",
      ("number_unit", "8×4×1米", "Dimensions: 8 x 4 x 1 ft", "dimensions")),
]),

P("flexiflow-expandable-hose", "FlexiFlow Expandable Garden Hose 50 ft", "FlexiFlow", "Garden Hoses",
  "Home & Garden > Lawn & Garden > Watering & Irrigation > Garden Hoses", "hose, expandable",
  "<p>Triple-layer latex core expands to 50 ft under water pressure. Includes 10-pattern spray nozzle.</p>",
  {"length": "50 ft (15 m) expanded", "material": "Latex core, polyester fabric", "hose_fittings": "Solid brass"},
  None, 34.99, 900, "FXF-H50", [
  ok("en", "Stretches to 15 m when the water's on, then shrinks back. Solid brass fittings and a 10-pattern nozzle.", note=""),
  bad("en", "FlexiFlow hose with plastic quick-connect fittings, 50 ft.",
      ("material", "plastic quick-connect fittings", "Fittings: Solid brass", "hose_fittings")),
  bad("zh", "伸缩水管，展开长度50米，黄铜接头。",
      ("number_unit", "展开长度50米", "Length: 50 ft (15 m)", "length")),
]),

P("ceramic-succulent-pots-cn", "陶瓷多肉花盆 3件套", "青瓦园艺", "花盆",
  "Home & Garden > Lawn & Garden > Gardening > Pots & Planters", "花盆, 多肉, 陶瓷",
  "<p>哑光釉面陶瓷，每只底部均有排水孔，附竹制托盘。</p>",
  {"material": "陶瓷", "pieces": "3只", "drainage": "有", "dimensions": "直径 8 / 10 / 12 厘米"},
  None, 59.00, 900, "QW-SP3", [
  ok("zh", "哑光陶瓷多肉花盆三只装，直径8、10、12厘米，底部带排水孔，附竹托盘。"),
  bad("zh", "多肉花盆三件套，无孔设计，桌面不漏水。",
      ("feature", "无孔设计", "Drainage hole: 有; body: 每只底部均有排水孔", "drainage")),
  ok("en", "Three matte ceramic planters, about 3, 4 and 4.7 inches across, each with a drainage hole and a bamboo saucer.",
     note="8 cm = 3.1 in; 10 cm = 3.9 in; 12 cm = 4.7 in"),
]),

# products with no facts beyond title and price
empty("rattan-storage-basket", "Rattan Storage Basket", "Baskets", "Home & Garden > Decor > Baskets", 34.00, "ODD-RSB", [
  ok("en", "Hand-woven rattan that tidies blankets, toys or magazines and looks good doing it.", note="no facts; numbers-free"),
  bad("en", "As an AI language model, I don't have information about this specific basket, but here is a general description: a woven storage basket for the home.",
      ("refusal", "As an AI language model, I don't have information about this specific basket", HY, "copy")),
  ok("zh", "手工编织藤编收纳篮，毯子、玩具、杂志都能装，放在客厅也好看。"),
]),
empty("linen-napkin-set", "Stonewashed Linen Napkins", "Table Linens", "Home & Garden > Linens & Bedding > Table Linens > Cloth Napkins", 28.00, "ODD-LNS", [
  ok("en", "Soft, relaxed stonewashed linen napkins for everyday dinners and long weekend lunches."),
  bad("en", "[Product Name] are the perfect addition to any table. INSERT KEY FEATURE HERE.",
      ("placeholder", "[Product Name]", PH, "copy"), ("placeholder", "INSERT KEY FEATURE HERE", PH, "copy")),
  bad("zh", "水洗亚麻餐巾，柔软自然，现在购买仅需28美元！",
      ("price_stock", "现在购买仅需28美元", PS, "copy"), note="price is right but any price statement counts"),
]),
empty("speckled-ceramic-mug", "Speckled Ceramic Mug", "Mugs", "Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs", 18.00, "ODD-SCM", [
  ok("en", "A handmade-look speckled mug for your morning coffee. Every one is a little different."),
  bad("zh", "抱歉，我无法为该产品生成描述，因为缺少相关信息。",
      ("refusal", "抱歉，我无法为该产品生成描述", HY, "copy")),
  bad("en", "{{title}} — {{short_description}}",
      ("placeholder", "{{title}}", PH, "copy"), ("placeholder", "{{short_description}}", PH, "copy")),
  ok("zh", "斑点釉陶瓷马克杯，手作质感，每一只都略有不同，适合早晨的一杯咖啡。"),
]),
empty("fig-cedar-soy-candle", "Fig & Cedar Soy Candle", "Candles", "Home & Garden > Decor > Home Fragrances > Candles", 26.00, "ODD-FCC", [
  ok("en", "Warm fig and cedarwood notes for slow evenings in. A lovely gift."),
  bad("en", "Fig & Cedar Soy Candle. Lorem ipsum dolor sit amet, consectetur adipiscing elit.",
      ("placeholder", "Lorem ipsum dolor sit amet", PH, "copy")),
  bad("en", "Fig & Cedar candle — only 2 left in stock, order today!",
      ("price_stock", "only 2 left in stock", PS, "copy")),
  ok("zh", "无花果与雪松香调的大豆蜡香薰蜡烛，适合安静的夜晚，也是贴心的礼物。"),
]),
empty("mountain-enamel-pin", "Mountain Enamel Pin", "Pins", "Apparel & Accessories > Clothing Accessories > Brooches & Lapel Pins", 12.00, "ODD-MEP", [
  ok("en", "A little mountain for your jacket, backpack or lanyard."),
  bad("zh", "作为一个AI语言模型，我无法看到这件商品的图片，因此无法描述它的外观。",
      ("refusal", "作为一个AI语言模型，我无法看到这件商品的图片", HY, "copy")),
  bad("zh", "【产品名称】精美珐琅徽章，【在此插入卖点】。",
      ("placeholder", "【产品名称】", PH, "copy"), ("placeholder", "【在此插入卖点】", PH, "copy")),
]),
empty("canvas-market-tote", "Canvas Market Tote", "Tote Bags", "Apparel & Accessories > Handbags, Wallets & Cases > Handbags > Tote Bags", 22.00, "ODD-CMT", [
  ok("en", "A sturdy everyday tote for farmers' market runs, library books and beach days."),
  bad("en", "I'm sorry, but I can't help with that request.",
      ("refusal", "I'm sorry, but I can't help with that request.", HY, "copy")),
  ok("zh", "结实耐用的帆布托特包，逛菜市场、借书、去海边都合适。"),
  bad("zh", "帆布托特包，爆款热卖中，今日下单库存仅剩5件！",
      ("price_stock", "库存仅剩5件", PS, "copy")),
]),
empty("brass-desk-bell", "Brass Desk Bell", "Desk Accessories", "Office Supplies > Office Instruments", 19.00, "ODD-BDB", [
  ok("en", "Ding! A classic desk bell for the front counter, the kitchen or the kids' chore chart."),
  bad("en", "Brass Desk Bell: TBD. Description coming soon.",
      ("placeholder", "TBD", PH, "copy")),
  bad("zh", "很抱歉，作为人工智能，我不能撰写这类营销文案。",
      ("refusal", "很抱歉，作为人工智能，我不能撰写这类营销文案", HY, "copy")),
]),
empty("wool-dryer-balls", "Wool Dryer Balls", "Laundry", "Home & Garden > Household Supplies > Laundry Supplies", 16.00, "ODD-WDB", [
  ok("zh", "羊毛烘干球，放进烘干机里和衣服一起转，衣物更蓬松柔软。"),
  bad("en", "Wool Dryer Balls — in stock now and shipping today. Just $16!",
      ("price_stock", "in stock now", PS, "copy"), ("price_stock", "Just $16!", PS, "copy")),
  ok("en", "Tumble them in with your laundry for fluffier towels and softer clothes."),
]),
]

# Extra copies for products defined in the other data files (hygiene kinds and near-duplicates).
EXTRA = {
  "glint-a19-smart-bulb": [
    bad("en", "Two mini smart plugs that work with Alexa, Google Assistant and SmartThings. UL-listed, up to 1800 W each, no hub required.",
        ("near_duplicate", "Two mini smart plugs", "Copy of {src} (Plugly smart plugs) on the Glint bulb; the bulb is one 9 W bulb, not two plugs", "copy", "plugly-smart-plug-2pk#0")),
  ],
  "golden-hour-hoops": [
    bad("zh", "925纯银回形针项链，龙虾扣，不含镍，长度可选16、18、20英寸。",
        ("near_duplicate", "925纯银回形针项链", "Copy of {src} (sterling necklace) placed on the gold-plated hoops", "copy", "sterling-paperclip-necklace#2"),
        ("material", "925纯银", "Metal: 14K gold plated brass", "metal")),
  ],
  "xinjiang-cotton-bedding-cn": [
    bad("en", "Cool, crisp and breathable: 300-thread-count cotton percale with deep pockets for mattresses up to 16 inches. OEKO-TEX certified. White, sage green or dusty blue.",
        ("near_duplicate", "300-thread-count cotton percale", "Copy of {src} (Cloudline sheets) on the Xinjiang sateen set; this set is 60支 sateen in 浅灰/奶白", "copy", "cloudline-percale-sheets#0"),
        ("colour_variant", "White, sage green or dusty blue", "Variants: 浅灰, 奶白", "variants")),
  ],
  "cloudline-percale-sheets": [
    bad("zh", "新疆长绒棉60支贡缎四件套，被套、床单加两只枕套，1.5米和1.8米床都有，浅灰、奶白两色。",
        ("near_duplicate", "新疆长绒棉60支贡缎四件套", "Copy of {src} (Xinjiang bedding) on the Cloudline percale set", "copy", "xinjiang-cotton-bedding-cn#0"),
        ("material", "贡缎", "Material: cotton percale", "material")),
    bad("en", "As an AI language model, I cannot verify the thread count, but these Cloudline percale sheets are crisp and cool.",
        ("refusal", "As an AI language model, I cannot verify the thread count", HY, "copy")),
  ],
  "electric-screwdriver-cn": [
    bad("zh", "20V锂电手电钻，扭矩530英寸磅（约60牛·米），1/2英寸夹头，双速调节，整机约1.5公斤。",
        ("near_duplicate", "20V锂电手电钻，扭矩530英寸磅", "Copy of {src} (Forge drill) on the 3.6V screwdriver", "copy", "forge-20v-drill#2"),
        ("number_unit", "20V", "Voltage: 3.6V", "voltage")),
  ],
  "wooden-rainbow-stacker": [
    bad("zh", "60片透光磁力片，ABS材质，磁铁完全密封，适合3岁及以上儿童，含小零件。",
        ("near_duplicate", "60片透光磁力片，ABS材质", "Copy of {src} (magnetic tiles) on the wooden stacker", "copy", "bricklite-magnetic-tiles-60#3"),
        ("material", "ABS材质", "Material: Solid beech wood", "material")),
  ],
  "porchcam-video-doorbell": [
    bad("zh", "5英寸屏婴儿监护器，FHSS加密连接无需Wi-Fi，夜视，双向对讲，空旷环境传输距离约300米。",
        ("near_duplicate", "5英寸屏婴儿监护器", "Copy of {src} (baby monitor) on the video doorbell", "copy", "lullaby-video-monitor#3")),
    ok("en", "2K head-to-toe video with two-way talk and package alerts. IP65 weatherproof, battery or wired. Pairs with Alexa.", note="IP65 = weatherproof"),
  ],
  "lunchly-bento-box": [
    bad("zh", "防胀气奶瓶四只装，每只270毫升，不含BPA的PP材质，硅胶奶嘴，新生儿适用，可放入洗碗机上层。",
        ("near_duplicate", "防胀气奶瓶四只装", "Copy of {src} (Tendr bottles) on the bento box", "copy", "tendr-anti-colic-bottles#2")),
  ],
  "guardian-360-car-seat": [
    bad("en", "From first purées at six months to toddler meals at three, the Guardian 360 adjusts as they grow. Solid beech, 5-point harness, holds up to 15 kg.",
        ("near_duplicate", "From first purées at six months to toddler meals at three", "Copy of {src} (Perch high chair) on the car seat", "copy", "perch-wooden-high-chair#0")),
    ok("zh", "可360度旋转的双向儿童安全座椅，反向安装适合5至40磅（约2.3至18公斤），正向最高65磅（约29公斤），符合FMVSS 213标准。",
       note="5 lb = 2.27 kg; 40 lb = 18.1 kg; 65 lb = 29.5 kg"),
  ],
  "drift-parachute-hammock": [
    bad("en", "Rated to 20°F (about -7°C) with 650-fill duck down, the Drift weighs 2 lb 9 oz in Regular. A Long size fits sleepers up to 6'6\".",
        ("near_duplicate", "Rated to 20°F (about -7°C) with 650-fill duck down", "Copy of {src} (Summit sleeping bag) on the hammock", "copy", "summit-20f-down-bag#0"),
        ("number_unit", "weighs 2 lb 9 oz", "Weight: 16 oz", "weight")),
  ],
  "vela-road-helmet": [
    bad("zh", "公路头盔，CPSC认证，18孔透气。\n[在此处填写产品卖点]",
        ("placeholder", "[在此处填写产品卖点]", PH, "copy")),
  ],
  "kaffee-french-press-34oz": [
    bad("en", "I'm sorry, I can't write marketing copy for this product without more details. Could you provide the capacity and materials?",
        ("refusal", "I'm sorry, I can't write marketing copy for this product without more details", HY, "copy")),
  ],
  "dryair-35-pint-dehumidifier": [
    bad("zh", "抱歉，我无法提供关于这款除湿机的具体信息。DryAir除湿机每天可除湿35品脱。",
        ("refusal", "抱歉，我无法提供关于这款除湿机的具体信息", HY, "copy")),
    bad("en", "DryAir 35-Pint Dehumidifier — was $279, now only $219 while supplies last.",
        ("price_stock", "was $279, now only $219 while supplies last", PS, "copy")),
  ],
  "robot": [],
  "nimbus-r5-robot-vacuum": [
    bad("en", "Nimbus R5 Robot Vacuum: <FEATURE 1>, <FEATURE 2>. Works with Alexa and Google Assistant.",
        ("placeholder", "<FEATURE 1>, <FEATURE 2>", PH, "copy")),
  ],
  "solstice-mineral-spf50": [
    bad("en", "Mineral SPF 50 with 20% zinc oxide. As an AI, I can't make medical claims about sun protection, so please consult a dermatologist.",
        ("refusal", "As an AI, I can't make medical claims", HY, "copy")),
    bad("zh", "矿物防晒霜SPF50，100毫升，【此处插入成分说明】",
        ("placeholder", "【此处插入成分说明】", PH, "copy")),
  ],
  "forge-40pc-socket-set": [
    bad("en", "Forge 40-Piece Socket Set | Chrome vanadium | Lifetime warranty | Only $39.99 — free shipping!",
        ("price_stock", "Only $39.99", PS, "copy")),
  ],
  "bricklite-magnetic-tiles-60": [
    bad("zh", "作为AI助手，我无法确认该玩具是否适合您的孩子。Bricklite磁力片60片装，适合3岁以上。",
        ("refusal", "作为AI助手，我无法确认该玩具是否适合您的孩子", HY, "copy")),
  ],
  "harlow-velvet-accent-chair": [
    bad("en", "Harlow Velvet Accent Chair — Lorem ipsum velvet chair, seat height XX in.",
        ("placeholder", "Lorem ipsum", PH, "copy"), ("placeholder", "seat height XX in", PH, "copy")),
  ],
  "trailmate-insulated-bottle-32": [
    bad("zh", "32盎司保温杯，18/8不锈钢，限时特价仅售129元，库存紧张！",
        ("price_stock", "限时特价仅售129元", PS, "copy"), ("price_stock", "库存紧张", PS, "copy")),
    ok("en", "32 fl oz of double-wall stainless steel: cold drinks stay cold for a full day, hot ones for half a day.",
       note="24 h = a full day; 12 h = half a day"),
  ],
  "ridgeback-2p-tent": [
    bad("zh", "Ridgeback双人帐篷，{{重量}}，{{防水指数}}，三季适用。",
        ("placeholder", "{{重量}}", PH, "copy"), ("placeholder", "{{防水指数}}", PH, "copy")),
  ],
  "verdant-shampoo-bar": [
    bad("en", "I cannot fulfil this request as it may promote unverified health claims. Verdant Shampoo Bar, 80 g.",
        ("refusal", "I cannot fulfil this request as it may promote unverified health claims", HY, "copy")),
  ],
  "pet-water-fountain-cn": [
    bad("zh", "宠物饮水机2.5升，今日下单立享8折，仅剩最后10台！",
        ("price_stock", "今日下单立享8折", PS, "copy"), ("price_stock", "仅剩最后10台", PS, "copy")),
  ],
  "yixing-zisha-xishi-teapot": [
    bad("zh", "对不起，我不能协助生成这条商品文案。",
        ("refusal", "对不起，我不能协助生成这条商品文案", HY, "copy")),
  ],
  "marina-one-piece-swimsuit": [
    bad("en", "Marina One-Piece Swimsuit. PRODUCT DESCRIPTION GOES HERE. Sizes S–XL.",
        ("placeholder", "PRODUCT DESCRIPTION GOES HERE", PH, "copy")),
  ],
  "forge-circular-saw": [
    bad("zh", "Forge 7-1/4英寸电圆锯，15安培有线电机，双11到手价仅需499元。",
        ("price_stock", "双11到手价仅需499元", PS, "copy")),
  ],
  "lumiere-vitamin-c-serum": [
    bad("zh", "15%维C精华30毫升。\n作为一个语言模型，我无法保证护肤品的功效。",
        ("refusal", "作为一个语言模型，我无法保证护肤品的功效", HY, "copy"), note="refusal in last sentence"),
  ],
  "campus-25l-backpack": [
    bad("zh", "[品牌名] 25升双肩包，适合[目标人群]。",
        ("placeholder", "[品牌名]", PH, "copy"), ("placeholder", "[目标人群]", PH, "copy")),
  ],
  "steelhook-25ft-tape": [
    bad("en", "Steelhook 25 ft Tape Measure — back in stock! Grab one before they're gone.",
        ("price_stock", "back in stock!", PS, "copy")),
  ],
}
EXTRA.pop("robot")
